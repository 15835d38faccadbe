"""Read a lesson plan (one version of a lesson, with its team and cycle) as plain data.

This is the read model every document and screen about a lesson plan starts
from: the plan print, the segment editor, observation forms, reports. It
opens one short transaction, derives segment start and end times from the
durations (they are never stored), and returns a frozen
:class:`~lessonstudy.services.plan_records.LessonPlan`.

Usage::

    plan = load_plan(library, "Discovering Pythagoras' theorem 發現畢氏定理")  # latest version
    plan = load_plan(library, 3, version_number=1)
    for segment in plan.segments:
        print(segment.number, segment.time_range, segment.title)
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import NotFoundError
from lessonstudy.domain.timing import schedule
from lessonstudy.i18n import N_
from lessonstudy.services.lookup import find_lesson, find_version
from lessonstudy.services.plan_records import (
    LessonPlan,
    MemberInfo,
    PlanSegment,
    VersionInfo,
)
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, LessonVersion, Segment, Teaching

__all__ = [
    "LessonPlan",
    "MemberInfo",
    "PlanSegment",
    "VersionInfo",
    "load_plan",
    "load_version_plan",
    "plan_from",
    "version_infos",
]


def load_plan(library: Library, lesson_ref: str | int,
              version_number: int | None = None) -> LessonPlan:
    """The plan of a lesson (by id or unique title), at a version number or the latest.

    Raises NotFoundError (unknown lesson or version) or AmbiguousNameError.
    """
    with library.reading() as session:
        lesson = find_lesson(session, lesson_ref)
        return plan_from(session, lesson, find_version(session, lesson, version_number))


def load_version_plan(library: Library, version_id: int) -> LessonPlan:
    """The plan of the version with this id (what the segment editor opens)."""
    with library.reading() as session:
        version = get_version(session, version_id)
        return plan_from(session, version.lesson, version)


def get_version(session: Session, version_id: int) -> LessonVersion:
    """The version row, or a NotFoundError a teacher understands."""
    version = session.get(LessonVersion, version_id)
    if version is None:
        raise NotFoundError(N_("Lesson version {version_id} no longer exists. Refresh the "
                               "library."),
                            version_id=version_id)
    return version


def plan_from(session: Session, lesson: Lesson, version: LessonVersion) -> LessonPlan:
    """Build the plain plan of ``version`` inside an open session."""
    cycle = lesson.cycle
    team = cycle.team
    versions = version_infos(session, lesson.id)
    info = next(v for v in versions if v.id == version.id)
    return LessonPlan(
        lesson_id=lesson.id, title=lesson.title, subject=lesson.subject, grade=lesson.grade,
        unit=lesson.unit, goals=lesson.goals, rationale=lesson.rationale,
        duration_seconds=lesson.duration_seconds, team_name=team.name, school=team.school,
        members=tuple(MemberInfo(m.name, m.role) for m in team.members),
        research_theme=cycle.research_theme, cycle_goals=cycle.goals, version=info,
        segments=plan_segments(version.segments), versions=versions,
    )


def plan_segments(rows: list[Segment]) -> tuple[PlanSegment, ...]:
    """Segments in order with derived start and end times."""
    ordered = sorted(rows, key=lambda s: (s.position, s.id))
    slots = schedule([s.planned_seconds for s in ordered])
    return tuple(
        PlanSegment(
            id=s.id, lineage=s.lineage, number=i, title=s.title, kind=_kind(s.kind),
            planned_seconds=s.planned_seconds, start=slot.start, end=slot.end,
            activity=s.activity, anticipated_responses=s.anticipated_responses,
            teacher_support=s.teacher_support, evaluation=s.evaluation, materials=s.materials,
        )
        for i, (s, slot) in enumerate(zip(ordered, slots, strict=True), start=1)
    )


def _kind(value: str) -> SegmentKind:
    try:
        return SegmentKind(value)
    except ValueError:
        return SegmentKind.OTHER


def version_infos(session: Session, lesson_id: int) -> tuple[VersionInfo, ...]:
    """Every version of a lesson, oldest first, with teaching and segment counts."""
    taught = (
        select(Teaching.version_id, func.count(Teaching.id).label("n"))
        .group_by(Teaching.version_id).subquery()
    )
    segs = (
        select(Segment.version_id, func.count(Segment.id).label("n"),
               func.coalesce(func.sum(Segment.planned_seconds), 0).label("total"))
        .group_by(Segment.version_id).subquery()
    )
    rows = session.execute(
        select(LessonVersion, taught.c.n, segs.c.n, segs.c.total)
        .outerjoin(taught, taught.c.version_id == LessonVersion.id)
        .outerjoin(segs, segs.c.version_id == LessonVersion.id)
        .where(LessonVersion.lesson_id == lesson_id)
        .order_by(LessonVersion.number)
    )
    return tuple(
        VersionInfo(
            id=v.id, lesson_id=v.lesson_id, number=v.number, status=v.status,
            change_summary=v.change_summary, author=v.author, created_at=v.created_at,
            teaching_count=taught_n or 0, segment_count=seg_n or 0, planned_seconds=total or 0,
            row_version=v.row_version,
        )
        for v, taught_n, seg_n, total in rows
    )
