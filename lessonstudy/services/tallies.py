"""Tallies during the lesson: counters per observer group, a mark per key press, counts.

A press is one transaction, stamped like a quick note with the lesson clock
and the running segment; pressing a key while the lesson is not running is
refused with a message (a count outside the lesson would land in no segment).
Counts per segment and per two-minute interval are computed in one query.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ClockError, NotFoundError, ValidationError
from lessonstudy.domain.lesson_clock import ClockPhase, running_segment
from lessonstudy.domain.tallies import CounterSpec, counter_problems, interval_of
from lessonstudy.i18n import _
from lessonstudy.services import live
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObserverGroup, TallyCounter, TallyMark


@dataclass(frozen=True)
class Counter:
    """A counter of a group, as the live lesson shows it."""

    id: int
    group_id: int
    group_name: str
    label: str
    key: str
    code: str


@dataclass(frozen=True)
class Mark:
    """One recorded press."""

    id: int
    counter_id: int
    segment_id: int | None
    elapsed_seconds: int


@dataclass(frozen=True)
class TallyCounts:
    """Counts of every counter by segment and by two-minute interval."""

    counters: tuple[Counter, ...]
    by_segment: dict[int, dict[int | None, int]] = field(default_factory=dict)
    by_interval: dict[int, dict[int, int]] = field(default_factory=dict)

    def total(self, counter_id: int) -> int:
        return sum(self.by_segment.get(counter_id, {}).values())


def counters(library: Library, teaching_id: int) -> list[Counter]:
    """Every counter of the teaching's groups, group by group."""
    with library.reading() as session:
        return counters_in(session, teaching_id)


def counters_in(session: Session, teaching_id: int) -> list[Counter]:
    rows = session.execute(
        select(TallyCounter, ObserverGroup.name)
        .join(ObserverGroup, ObserverGroup.id == TallyCounter.group_id)
        .where(ObserverGroup.teaching_id == teaching_id)
        .order_by(ObserverGroup.position, ObserverGroup.id, TallyCounter.position))
    return [Counter(c.id, c.group_id, name, c.label, c.key, c.code) for c, name in rows]


def set_group_counters(library: Library, group_id: int, specs: list[CounterSpec]) -> list[Counter]:
    """Replace a group's counters; counters kept by id keep their marks."""
    problems = counter_problems(specs)
    if problems:
        raise ValidationError.from_problems(_("Nothing was saved: the counters need fixing."),
                                            problems)
    with library.unit_of_work() as session:
        group = session.get(ObserverGroup, group_id)
        if group is None:
            raise NotFoundError(_("That observer group no longer exists."))
        old = {c.id: c for c in session.scalars(select(TallyCounter)
                                                .where(TallyCounter.group_id == group_id))}
        keep = {s.id for s in specs if s.id in old}
        for counter_id in set(old) - keep:
            session.delete(old[counter_id])
        for i, counter_id in enumerate(sorted(keep)):  # park keys so swapping two never clashes
            old[counter_id].key = chr(0x2460 + i)
        session.flush()
        for i, spec in enumerate(specs):
            row = old[spec.id] if spec.id in keep else TallyCounter(group_id=group_id)
            row.position, row.label, row.key, row.code = i, spec.label.strip(), \
                spec.key.lower(), spec.code
            session.add(row)
        session.flush()
        return [c for c in counters_in(session, group.teaching_id) if c.group_id == group_id]


def add_mark(library: Library, teaching_id: int, counter_id: int, now: datetime) -> Mark:
    """Count one event now; refused unless the lesson clock is running."""
    lesson = live.load_live(library, teaching_id)
    if lesson.clock.phase is not ClockPhase.RUNNING:
        raise ClockError(_("Tallies count during the lesson: start (or resume) the lesson clock "
                           "first. Nothing was counted."))
    elapsed = lesson.clock.elapsed(now)
    index = running_segment(lesson.starts(), lesson.planned, elapsed)
    segment_id = lesson.segments[index].id if index is not None else None
    with library.unit_of_work() as session:
        counter = session.get(TallyCounter, counter_id)
        group = session.get(ObserverGroup, counter.group_id) if counter else None
        if counter is None or group is None or group.teaching_id != teaching_id:
            raise NotFoundError(_("That counter is not one of this teaching's counters."))
        row = TallyMark(counter_id=counter_id, segment_id=segment_id, elapsed_seconds=elapsed)
        session.add(row)
        session.flush()
        return Mark(row.id, counter_id, segment_id, elapsed)


def remove_mark(library: Library, mark_id: int) -> None:
    """Take back one press (undo of a key pressed by mistake)."""
    with library.unit_of_work() as session:
        row = session.get(TallyMark, mark_id)
        if row is not None:
            session.delete(row)


def restore_mark(library: Library, mark: Mark) -> Mark:
    """Put a taken-back press back at its moment and segment (redo of an undone press)."""
    with library.unit_of_work() as session:
        if session.get(TallyCounter, mark.counter_id) is None:
            raise NotFoundError(_("That counter no longer exists."))
        row = TallyMark(counter_id=mark.counter_id, segment_id=mark.segment_id,
                        elapsed_seconds=mark.elapsed_seconds)
        session.add(row)
        session.flush()
        return Mark(row.id, mark.counter_id, mark.segment_id, mark.elapsed_seconds)


def tally_counts(library: Library, teaching_id: int) -> TallyCounts:
    """Every counter's counts per segment and per two-minute interval."""
    with library.reading() as session:
        return counts_in(session, teaching_id)


def counts_in(session: Session, teaching_id: int) -> TallyCounts:
    found = counters_in(session, teaching_id)
    by_segment: dict[int, dict[int | None, int]] = defaultdict(dict)
    by_interval: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    if found:
        ids = [c.id for c in found]
        rows = session.execute(
            select(TallyMark.counter_id, TallyMark.segment_id, TallyMark.elapsed_seconds,
                   func.count())
            .where(TallyMark.counter_id.in_(ids))
            .group_by(TallyMark.counter_id, TallyMark.segment_id, TallyMark.elapsed_seconds))
        for counter_id, segment_id, elapsed, n in rows:
            per = by_segment[counter_id]
            per[segment_id] = per.get(segment_id, 0) + n
            by_interval[counter_id][interval_of(elapsed)] += n
    return TallyCounts(tuple(found), dict(by_segment),
                       {k: dict(v) for k, v in by_interval.items()})
