"""Plain data the library tree and ``list`` hand out (no ORM objects leave services)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class TeachingRef:
    """A teaching of a version, as shown in the library tree."""

    id: int
    kind: str
    date: date | None
    class_name: str
    teacher: str
    version_number: int


@dataclass(frozen=True)
class VersionRef:
    """A lesson version with its status and segment count."""

    id: int
    number: int
    status: str
    change_summary: str
    segment_count: int
    planned_seconds: int
    frozen: bool


@dataclass(frozen=True)
class LessonNode:
    """A lesson with its versions and teachings."""

    id: int
    title: str
    subject: str
    grade: str
    duration_seconds: int
    versions: list[VersionRef] = field(default_factory=list)
    teachings: list[TeachingRef] = field(default_factory=list)


@dataclass(frozen=True)
class CycleNode:
    """A lesson study cycle and its lessons."""

    id: int
    research_theme: str
    phase: str
    lessons: list[LessonNode] = field(default_factory=list)


@dataclass(frozen=True)
class TeamNode:
    """A planning team and its cycles: the root of the library tree."""

    id: int
    name: str
    school: str
    subject: str
    cycles: list[CycleNode] = field(default_factory=list)


def lesson_listing(team: TeamNode, lesson: LessonNode) -> dict[str, object]:
    """The JSON shape of ``lessonstudy list --json`` (DESIGN.md §5)."""
    return {
        "id": lesson.id,
        "title": lesson.title,
        "team": team.name,
        "subject": lesson.subject,
        "grade": lesson.grade,
        "versions": [{"id": v.id, "number": v.number, "status": v.status} for v in lesson.versions],
        "teachings": [
            {
                "id": t.id,
                "kind": t.kind,
                "date": t.date.isoformat() if t.date else None,
                "version": t.version_number,
                "class": t.class_name,
                "teacher": t.teacher,
            }
            for t in lesson.teachings
        ],
    }
