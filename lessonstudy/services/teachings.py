"""Record a teaching of a version and its actual segment timings; compare them to the plan.

A rehearsal tells the team where the plan runs long; the research lesson's
timings go to the conference. Timings usually come from the live lesson
clock (another screen writes ``segment_timings`` while teaching); a teacher
can also type them in afterwards or correct them here. Recording a teaching
freezes its version: what was observed must stay what was planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.actuals import (
    PlannedSegment,
    PlanVersusActual,
    RecordedTiming,
    SegmentKey,
    compare_to_plan,
)
from lessonstudy.domain.enums import TeachingKind
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.domain.timing import MAX_LESSON_SECONDS, format_clock, format_duration
from lessonstudy.i18n import N_
from lessonstudy.services.plan_records import LessonPlan, PlanSegment
from lessonstudy.services.plans import get_version, plan_from
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Segment, SegmentTiming, Teaching

_STATUS_AFTER = {TeachingKind.REHEARSAL: "rehearsed", TeachingKind.RESEARCH: "taught",
                 TeachingKind.RETEACH: "taught"}


@dataclass(frozen=True)
class TeachingInput:
    """What the teaching form asks: why, when, which class, who, where."""

    kind: TeachingKind = TeachingKind.REHEARSAL
    date: date | None = None
    class_name: str = ""
    teacher: str = ""
    room: str = ""


@dataclass(frozen=True)
class TimingRow:
    """One segment's plan and, if recorded, its actual start and end."""

    segment: PlanSegment
    actual_start: int | None
    actual_end: int | None


@dataclass(frozen=True)
class TeachingTimings:
    """A teaching, the plan it used, the recorded timings and their comparison."""

    teaching_id: int
    details: TeachingInput
    plan: LessonPlan
    rows: tuple[TimingRow, ...]
    comparison: PlanVersusActual
    row_version: int = 0  # the teaching's version when read (the details form sends it back)


def record_teaching(library: Library, version_id: int, details: TeachingInput) -> int:
    """Add a teaching of a version (which freezes it); returns the teaching's id."""
    with library.unit_of_work() as session:
        version = get_version(session, version_id)
        teaching = Teaching(version_id=version.id)
        _fill(teaching, details)
        session.add(teaching)
        session.flush()
        _follow_teachings(session, teaching.version_id)
        return teaching.id


def update_teaching(library: Library, teaching_id: int, details: TeachingInput,
                    expected_version: int | None = None) -> int:
    """Correct a teaching's kind, date, class, teacher or room; returns its new row_version.

    With ``expected_version`` (the teaching's ``row_version`` when the form was
    loaded), a teaching someone else changed meanwhile raises ConflictError.
    """
    with library.unit_of_work() as session:
        teaching = _get(session, teaching_id)
        check_row_version(teaching, expected_version)
        _fill(teaching, details)
        session.flush()
        _follow_teachings(session, teaching.version_id)
        return teaching.row_version


def _follow_teachings(session: Session, version_id: int) -> None:
    """A version's status says how it was used: taught (a research lesson or reteach),
    rehearsed (only rehearsals), so changing a teaching's kind changes it too."""
    version = get_version(session, version_id)
    kinds = set(session.scalars(select(Teaching.kind).where(Teaching.version_id == version_id)))
    statuses = {_STATUS_AFTER[TeachingKind(kind)] for kind in kinds}
    status = "taught" if "taught" in statuses else "rehearsed" if statuses else None
    if status is not None and version.status != status:
        version.status = status


def _fill(teaching: Teaching, details: TeachingInput) -> None:
    teaching.kind = TeachingKind(details.kind).value
    teaching.date = details.date
    teaching.class_name = details.class_name.strip()
    teaching.teacher = " ".join(details.teacher.split())
    teaching.room = details.room.strip()


def _get(session: Session, teaching_id: int) -> Teaching:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(N_("Teaching {teaching_id} no longer exists. Refresh the library."),
                            teaching_id=teaching_id)
    return teaching


def load_timings(library: Library, teaching_id: int) -> TeachingTimings:
    """The teaching with its plan, what was recorded per segment, and plan versus actual."""
    with library.reading() as session:
        teaching = _get(session, teaching_id)
        version = teaching.version
        plan = plan_from(session, version.lesson, version)
        recorded = {t.segment_id: (t.actual_start, t.actual_end) for t in teaching.timings}
        details = TeachingInput(TeachingKind(teaching.kind), teaching.date, teaching.class_name,
                                teaching.teacher, teaching.room)
        row_version = teaching.row_version
    rows = tuple(
        TimingRow(s, *recorded.get(s.id, (None, None)))
        for s in plan.segments
    )
    return TeachingTimings(teaching_id, details, plan, rows, _compare(plan, rows), row_version)


def _compare(plan: LessonPlan, rows: tuple[TimingRow, ...]) -> PlanVersusActual:
    planned = [PlannedSegment(s.id, s.title, s.kind, s.planned_seconds) for s in plan.segments]
    timings: dict[SegmentKey, RecordedTiming] = {
        row.segment.id: RecordedTiming(row.actual_start, row.actual_end)
        for row in rows if row.actual_start is not None
    }
    return compare_to_plan(planned, timings, lesson_seconds=plan.duration_seconds)


def set_timing(library: Library, teaching_id: int, segment_id: int, start: int | None,
               end: int | None) -> None:
    """Store (or, with no start, clear) when a segment actually started and ended.

    Times are seconds from the lesson's start; an end before the start is
    refused and nothing is stored.
    """
    _check_times(start, end)
    with library.unit_of_work() as session:
        teaching = _get(session, teaching_id)
        segment = session.get(Segment, segment_id)
        if segment is None or segment.version_id != teaching.version_id:
            raise NotFoundError(N_("That segment is not part of the version this teaching used."))
        row = session.scalar(select(SegmentTiming).where(
            SegmentTiming.teaching_id == teaching_id, SegmentTiming.segment_id == segment_id))
        if start is None:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = SegmentTiming(teaching_id=teaching_id, segment_id=segment_id, actual_start=start)
            session.add(row)
        row.actual_start, row.actual_end = start, end


def _check_times(start: int | None, end: int | None) -> None:
    if start is None and end is not None:
        raise ValidationError(N_("Enter when the segment started before when it ended."))
    if start is not None and start < 0:
        raise ValidationError(N_("A segment cannot start before the lesson began."))
    latest = max(t for t in (start, end) if t is not None) if start is not None else 0
    if latest > MAX_LESSON_SECONDS:
        raise ValidationError(
            N_("A time more than {limit} into the lesson is not possible; check the time typed."),
            limit=format_duration(MAX_LESSON_SECONDS))
    if start is not None and end is not None and end < start:
        raise ValidationError(
            N_("A segment cannot end ({end}) before it starts ({start})."),
            end=format_clock(end), start=format_clock(start))
