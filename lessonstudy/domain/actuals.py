"""Planned versus actual time, from what the lesson clock recorded.

During a rehearsal or the open class someone presses "next segment now" on a
lesson clock, which records when each segment started (and, rarely, when one
ended). The conference and the revision want to know where the lesson ran
long: each segment's actual duration against its plan, the overall overrun,
and a two-row timeline to print. Real recordings are messy: a segment may be
missed, skipped, taught out of order, or the last one may have no end; this
module turns whatever was recorded into honest numbers and says which ones
are unknown rather than guessing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS, SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.segments import SegmentDraft
from lessonstudy.domain.timing import Slot, schedule
from lessonstudy.i18n import N_, _

SegmentKey = str | int
"""How a planned segment is named in the recordings: its lineage, id or position."""


@dataclass(frozen=True)
class PlannedSegment:
    """What the plan said about one segment, as far as timing cares."""

    key: SegmentKey
    label: str
    kind: SegmentKind
    planned_seconds: int


def planned_from_drafts(drafts: Sequence[SegmentDraft]) -> tuple[PlannedSegment, ...]:
    """The plan's segments keyed by lineage."""
    return tuple(
        PlannedSegment(draft.lineage, draft.title, draft.kind, draft.planned_seconds)
        for draft in drafts
    )


@dataclass(frozen=True)
class RecordedTiming:
    """Seconds into the lesson when a segment started and, if recorded, ended."""

    start: int
    end: int | None = None


class ActualStatus(StrEnum):
    """How much we know about how one segment actually went."""

    TIMED = "timed"
    UNFINISHED = "unfinished"
    SKIPPED = "skipped"
    NOT_RECORDED = "not_recorded"


@dataclass(frozen=True)
class SegmentActual:
    """One segment's plan and what actually happened, with the difference."""

    segment: PlannedSegment
    planned: Slot
    status: ActualStatus
    start: int | None = None
    end: int | None = None
    end_recorded: bool = False

    @property
    def actual_seconds(self) -> int | None:
        """How long it ran: 0 if skipped, None if unknown."""
        if self.status is ActualStatus.SKIPPED:
            return 0
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    @property
    def delta_seconds(self) -> int | None:
        """Actual minus planned duration: positive ran long, negative ran short."""
        actual = self.actual_seconds
        return None if actual is None else actual - self.segment.planned_seconds

    @property
    def start_delta(self) -> int | None:
        """How late (positive) or early the segment started against the plan."""
        return None if self.start is None else self.start - self.planned.start


@dataclass(frozen=True)
class TimelineBar:
    """One bar of the printed timeline; ``estimated`` bars have a planned, not known, end."""

    label: str
    kind: SegmentKind
    start: int
    end: int
    estimated: bool = False


@dataclass(frozen=True)
class Timeline:
    """A planned row and an actual row on one time scale running to ``span``."""

    planned: tuple[TimelineBar, ...]
    actual: tuple[TimelineBar, ...]
    span: int


@dataclass(frozen=True)
class PlanVersusActual:
    """Every segment's plan and actual timing, and the lesson's overall overrun."""

    segments: tuple[SegmentActual, ...]
    lesson_seconds: int = DEFAULT_LESSON_SECONDS

    @property
    def planned_total(self) -> int:
        return sum(item.segment.planned_seconds for item in self.segments)

    @property
    def finished_at(self) -> int | None:
        """The lesson clock when the last segment taught ended, if known."""
        ends = [item.end for item in self.segments if item.start is not None]
        if not ends or None in ends:
            return None
        return max(end for end in ends if end is not None)

    @property
    def actual_total(self) -> int | None:
        """From the first recorded start to the end of the lesson, if known."""
        starts = [item.start for item in self.segments if item.start is not None]
        finished = self.finished_at
        return None if finished is None else finished - min(starts)

    @property
    def overrun(self) -> int | None:
        """Actual total minus planned total; negative when the lesson finished early."""
        total = self.actual_total
        return None if total is None else total - self.planned_total

    def timeline(self) -> Timeline:
        """Bars for a two-row chart; unrecorded and skipped segments have no actual bar."""
        planned = tuple(
            TimelineBar(item.segment.label, item.segment.kind, item.planned.start, item.planned.end)
            for item in self.segments
        )
        actual = sorted(
            (bar for item in self.segments if (bar := _actual_bar(item))),
            key=lambda bar: bar.start,
        )
        span = max([self.lesson_seconds, *(bar.end for bar in (*planned, *actual))])
        return Timeline(planned, tuple(actual), span)


def _actual_bar(item: SegmentActual) -> TimelineBar | None:
    segment = item.segment
    if item.status is ActualStatus.TIMED and item.start is not None and item.end is not None:
        return TimelineBar(segment.label, segment.kind, item.start, item.end)
    if item.status is ActualStatus.UNFINISHED and item.start is not None:
        end = item.start + segment.planned_seconds
        return TimelineBar(segment.label, segment.kind, item.start, end, estimated=True)
    return None


def compare_to_plan(
    planned: Sequence[PlannedSegment],
    timings: Mapping[SegmentKey, RecordedTiming],
    *,
    skipped: Collection[SegmentKey] = (),
    lesson_ended_at: int | None = None,
    lesson_seconds: int = DEFAULT_LESSON_SECONDS,
) -> PlanVersusActual:
    """Line recorded timings up with the plan.

    A segment without a recorded end ends when the next segment (in clock
    order) started, or at ``lesson_ended_at`` if it was the last; otherwise it
    is UNFINISHED. Segments in ``skipped``, or that lasted no time, are
    SKIPPED; segments with no timing at all are NOT_RECORDED.
    """
    _check_timings(planned, timings, skipped, lesson_ended_at)
    ends = _derived_ends(planned, timings, lesson_ended_at)
    slots = schedule([segment.planned_seconds for segment in planned])
    items = []
    for segment, slot in zip(planned, slots, strict=True):
        timing = timings.get(segment.key)
        if timing is None:
            status = ActualStatus.SKIPPED if segment.key in skipped else ActualStatus.NOT_RECORDED
            items.append(SegmentActual(segment, slot, status))
            continue
        end = ends.get(segment.key)
        status = _status(timing.start, end)
        items.append(
            SegmentActual(segment, slot, status, timing.start, end, timing.end is not None)
        )
    return PlanVersusActual(tuple(items), lesson_seconds)


def _status(start: int, end: int | None) -> ActualStatus:
    if end is None:
        return ActualStatus.UNFINISHED
    return ActualStatus.SKIPPED if end == start else ActualStatus.TIMED


def _derived_ends(
    planned: Sequence[PlannedSegment],
    timings: Mapping[SegmentKey, RecordedTiming],
    lesson_ended_at: int | None,
) -> dict[SegmentKey, int | None]:
    """Each recorded segment's end: recorded, else the next start in clock order."""
    order = [segment.key for segment in planned if segment.key in timings]
    order.sort(key=lambda key: timings[key].start)
    ends: dict[SegmentKey, int | None] = {}
    for position, key in enumerate(order):
        recorded = timings[key].end
        following = order[position + 1] if position + 1 < len(order) else None
        derived = lesson_ended_at if following is None else timings[following].start
        ends[key] = recorded if recorded is not None else derived
    return ends


def _check_timings(
    planned: Sequence[PlannedSegment],
    timings: Mapping[SegmentKey, RecordedTiming],
    skipped: Collection[SegmentKey],
    lesson_ended_at: int | None,
) -> None:
    labels = {segment.key: segment.label for segment in planned}
    problems = [f"No segment {key!r} in this plan" for key in timings if key not in labels]
    problems += [f"No segment {key!r} in this plan" for key in skipped if key not in labels]
    for key, timing in timings.items():
        name = f"'{labels.get(key, key)}'"
        if timing.start < 0:
            problems.append(_("{name} starts before the lesson began").format(name=name))
        if timing.end is not None and timing.end < timing.start:
            problems.append(_("{name} ends before it starts").format(name=name))
        if key in skipped:
            problems.append(_("{name} is marked skipped but has a start time").format(name=name))
        if lesson_ended_at is not None and timing.start > lesson_ended_at:
            problems.append(_("{name} starts after the lesson ended").format(name=name))
    if problems:
        raise ValidationError.from_problems(N_("These lesson timings cannot be used"), problems)
