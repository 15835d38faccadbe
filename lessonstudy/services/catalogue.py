"""The library tree (team → cycle → lesson → versions and teachings), read in a few queries."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.services.records import CycleNode, LessonNode, TeachingRef, TeamNode, VersionRef
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Cycle, Lesson, LessonVersion, Segment, Teaching, Team


def load_tree(library: Library) -> list[TeamNode]:
    """Everything the library tree shows, without loading segment or note bodies."""
    with library.reading() as session:
        versions = _versions_by_lesson(session)
        teachings = _teachings_by_lesson(session)
        lessons_by_cycle: dict[int, list[LessonNode]] = defaultdict(list)
        for lesson in session.scalars(select(Lesson).order_by(Lesson.id)):
            lessons_by_cycle[lesson.cycle_id].append(
                LessonNode(
                    id=lesson.id,
                    title=lesson.title,
                    subject=lesson.subject,
                    grade=lesson.grade,
                    duration_seconds=lesson.duration_seconds,
                    versions=versions.get(lesson.id, []),
                    teachings=teachings.get(lesson.id, []),
                )
            )
        cycles_by_team: dict[int, list[CycleNode]] = defaultdict(list)
        for cycle in session.scalars(select(Cycle).order_by(Cycle.id)):
            cycles_by_team[cycle.team_id].append(
                CycleNode(cycle.id, cycle.research_theme, cycle.phase, lessons_by_cycle[cycle.id])
            )
        return [
            TeamNode(t.id, t.name, t.school, t.subject, cycles_by_team[t.id])
            for t in session.scalars(select(Team).order_by(Team.name, Team.id))
        ]


def _versions_by_lesson(session: Session) -> dict[int, list[VersionRef]]:
    seg_stats = (
        select(
            Segment.version_id,
            func.count(Segment.id).label("n"),
            func.coalesce(func.sum(Segment.planned_seconds), 0).label("total"),
        )
        .group_by(Segment.version_id)
        .subquery()
    )
    taught = select(Teaching.version_id).distinct().subquery()
    rows = session.execute(
        select(LessonVersion, seg_stats.c.n, seg_stats.c.total, taught.c.version_id)
        .outerjoin(seg_stats, seg_stats.c.version_id == LessonVersion.id)
        .outerjoin(taught, taught.c.version_id == LessonVersion.id)
        .order_by(LessonVersion.lesson_id, LessonVersion.number)
    )
    result: dict[int, list[VersionRef]] = defaultdict(list)
    for version, count, total, taught_id in rows:
        result[version.lesson_id].append(
            VersionRef(
                id=version.id,
                number=version.number,
                status=version.status,
                change_summary=version.change_summary,
                segment_count=count or 0,
                planned_seconds=total or 0,
                frozen=taught_id is not None,
            )
        )
    return result


def _teachings_by_lesson(session: Session) -> dict[int, list[TeachingRef]]:
    rows = session.execute(
        select(Teaching, LessonVersion.lesson_id, LessonVersion.number)
        .join(LessonVersion, Teaching.version_id == LessonVersion.id)
        .order_by(Teaching.date, Teaching.id)
    )
    result: dict[int, list[TeachingRef]] = defaultdict(list)
    for teaching, lesson_id, number in rows:
        result[lesson_id].append(
            TeachingRef(
                teaching.id,
                teaching.kind,
                teaching.date,
                teaching.class_name,
                teaching.teacher,
                number,
            )
        )
    return result


def is_empty(library: Library) -> bool:
    """True when the library holds no lessons (the GUI then offers the demo)."""
    with library.reading() as session:
        return session.scalar(select(func.count(Lesson.id))) == 0
