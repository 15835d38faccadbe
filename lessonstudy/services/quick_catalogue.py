"""The library tree read with plain SQL, for ``lessonstudy list`` (no SQLAlchemy import).

It returns exactly what :func:`lessonstudy.services.catalogue.load_tree`
returns (a test compares the two); the command falls back to that when the
library cannot be read this way (see ``storage/quick_read.py``).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date

from lessonstudy.services.records import CycleNode, LessonNode, TeachingRef, TeamNode, VersionRef

_VERSIONS = """
SELECT v.id, v.lesson_id, v.number, v.status, v.change_summary,
       coalesce(s.n, 0), coalesce(s.total, 0),
       EXISTS (SELECT 1 FROM teachings t WHERE t.version_id = v.id)
FROM lesson_versions v
LEFT JOIN (SELECT version_id, count(id) AS n, sum(planned_seconds) AS total
           FROM segments GROUP BY version_id) s ON s.version_id = v.id
ORDER BY v.lesson_id, v.number
"""
_TEACHINGS = """
SELECT t.id, v.lesson_id, t.kind, t.date, t.class_name, t.teacher, v.number
FROM teachings t JOIN lesson_versions v ON v.id = t.version_id
ORDER BY t.date, t.id
"""


def tree_from_sqlite(connection: sqlite3.Connection) -> list[TeamNode]:
    """Teams → cycles → lessons with their versions and teachings, in the tree's order."""
    versions: dict[int, list[VersionRef]] = defaultdict(list)
    for vid, lesson_id, number, status, summary, count, total, taught in connection.execute(
            _VERSIONS):
        versions[lesson_id].append(VersionRef(id=vid, number=number, status=status,
                                              change_summary=summary, segment_count=count,
                                              planned_seconds=total, frozen=bool(taught)))
    teachings: dict[int, list[TeachingRef]] = defaultdict(list)
    for tid, lesson_id, kind, day, class_name, teacher, number in connection.execute(
            _TEACHINGS):
        teachings[lesson_id].append(TeachingRef(tid, kind, _day(day), class_name, teacher,
                                                number))
    lessons: dict[int, list[LessonNode]] = defaultdict(list)
    for lid, cycle_id, title, subject, grade, seconds in connection.execute(
            "SELECT id, cycle_id, title, subject, grade, duration_seconds FROM lessons "
            "ORDER BY id"):
        lessons[cycle_id].append(LessonNode(id=lid, title=title, subject=subject, grade=grade,
                                            duration_seconds=seconds,
                                            versions=versions.get(lid, []),
                                            teachings=teachings.get(lid, [])))
    cycles: dict[int, list[CycleNode]] = defaultdict(list)
    for cid, team_id, theme, phase in connection.execute(
            "SELECT id, team_id, research_theme, phase FROM cycles ORDER BY id"):
        cycles[team_id].append(CycleNode(cid, theme, phase, lessons[cid]))
    return [TeamNode(tid, name, school, subject, cycles[tid])
            for tid, name, school, subject in connection.execute(
                "SELECT id, name, school, subject FROM teams ORDER BY name, id")]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None
