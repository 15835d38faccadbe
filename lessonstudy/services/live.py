"""The live lesson clock of a teaching, stored as it runs so a crash loses nothing.

Each press of start, pause, resume, "next segment now" and end is one
transaction: the clock facts go to the teaching row and every segment's
actual start (and the previous segment's actual end) to ``segment_timings``,
so the planned-versus-actual comparison needs no retyping. After a restart
:func:`recover_after_restart` pauses a clock that was left running, at the
moment the app came back: the lesson went on while the app was away, and the
timekeeper resumes when ready.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ClockError, NotFoundError
from lessonstudy.domain.lesson_clock import (
    ClockPhase,
    ClockState,
    Reading,
    read_clock,
    running_segment,
)
from lessonstudy.i18n import N_
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, LessonVersion, Segment, SegmentTiming, Teaching


@dataclass(frozen=True)
class LiveSegment:
    """A planned segment as the clock needs it."""

    id: int
    title: str
    kind: str
    planned_seconds: int


@dataclass(frozen=True)
class ActualTiming:
    """When a segment actually started and ended, in seconds from the lesson start."""

    segment_id: int
    start: int
    end: int | None


@dataclass(frozen=True)
class LiveLesson:
    """A teaching's plan, stored clock and recorded timings: all a clock screen shows."""

    teaching_id: int
    lesson_title: str
    teaching_kind: str
    version_number: int
    lesson_seconds: int
    segments: tuple[LiveSegment, ...]
    clock: ClockState
    timings: tuple[ActualTiming, ...]

    @property
    def planned(self) -> list[int]:
        return [segment.planned_seconds for segment in self.segments]

    def starts(self) -> list[tuple[int, int]]:
        """(actual start, segment index) pairs, for the domain's reading."""
        index = {segment.id: i for i, segment in enumerate(self.segments)}
        return [(t.start, index[t.segment_id]) for t in self.timings if t.segment_id in index]

    def reading(self, now: datetime) -> Reading:
        return read_clock(self.clock, self.planned, self.starts(), now)


def load_live(library: Library, teaching_id: int) -> LiveLesson:
    """The live view of a teaching, read in one transaction."""
    with library.reading() as session:
        return _snapshot(session, _teaching(session, teaching_id))


def note_stamp(session: Session, teaching: Teaching, now: datetime) -> tuple[int | None,
                                                                            int | None]:
    """(seconds into the lesson, running segment id) for a note saved ``now``.

    Read inside the caller's transaction with two small queries: a note saved
    during a lesson used to reload the whole live view in a transaction of its
    own first (half of its saving time).
    """
    clock = _clock_state(teaching)
    if clock.phase not in (ClockPhase.RUNNING, ClockPhase.PAUSED):
        return None, None
    segments = session.execute(select(Segment.id, Segment.planned_seconds)
                               .where(Segment.version_id == teaching.version_id)
                               .order_by(Segment.position)).all()
    index = {segment_id: i for i, (segment_id, _planned) in enumerate(segments)}
    timings = session.execute(select(SegmentTiming.segment_id, SegmentTiming.actual_start)
                              .where(SegmentTiming.teaching_id == teaching.id)).all()
    starts = [(start, index[sid]) for sid, start in timings if sid in index]
    elapsed = clock.elapsed(now)
    running = running_segment(starts, [planned for _id, planned in segments], elapsed)
    return elapsed, segments[running][0] if running is not None else None


def start_lesson(library: Library, teaching_id: int, now: datetime) -> LiveLesson:
    """Start the clock; the first segment starts with it."""

    def act(session: Session, teaching: Teaching, live: LiveLesson) -> None:
        started = live.clock.start(now)
        if live.timings:
            raise ClockError(
                N_("This teaching already has recorded segment timings. Use 'Start again' to "
                   "clear them before starting the clock."))
        _store_clock(teaching, started)
        if live.segments:
            session.add(SegmentTiming(teaching_id=teaching.id, segment_id=live.segments[0].id,
                                      actual_start=0))

    return _change(library, teaching_id, act)


def pause_lesson(library: Library, teaching_id: int, now: datetime) -> LiveLesson:
    return _change(library, teaching_id,
                   lambda _s, teaching, live: _store_clock(teaching, live.clock.pause(now)))


def resume_lesson(library: Library, teaching_id: int, now: datetime) -> LiveLesson:
    return _change(library, teaching_id,
                   lambda _s, teaching, live: _store_clock(teaching, live.clock.resume(now)))


def next_segment(library: Library, teaching_id: int, now: datetime) -> LiveLesson:
    """Record that the next segment starts now and the running one ended."""

    def act(session: Session, teaching: Teaching, live: LiveLesson) -> None:
        if live.clock.phase in (ClockPhase.NOT_STARTED, ClockPhase.ENDED):
            raise ClockError(N_("Start the lesson clock before moving to the next segment.")
                             if live.clock.phase is ClockPhase.NOT_STARTED
                             else N_("The lesson has ended; there is no next segment."))
        reading = live.reading(now)
        if reading.next is None:
            raise ClockError(N_("This is the last segment. Use 'End lesson' when the lesson "
                                "ends."))
        _close_running(session, teaching.id, live, reading.elapsed)
        _start_segment(session, teaching.id, live.segments[reading.next].id, reading.elapsed)

    return _change(library, teaching_id, act)


def back_one_segment(library: Library, teaching_id: int) -> LiveLesson:
    """Take back the last "next segment now" (pressed by mistake): the previous one runs on."""

    def act(session: Session, teaching: Teaching, live: LiveLesson) -> None:
        if live.clock.phase not in (ClockPhase.RUNNING, ClockPhase.PAUSED):
            raise ClockError(N_("Only a running or paused lesson can go back a segment."))
        rows = list(session.scalars(select(SegmentTiming)
                                    .where(SegmentTiming.teaching_id == teaching.id)
                                    .order_by(SegmentTiming.actual_start, SegmentTiming.id)))
        if len(rows) < 2:
            raise ClockError(N_("The lesson is still in its first segment."))
        session.delete(rows[-1])
        rows[-2].actual_end = None

    return _change(library, teaching_id, act)


def end_lesson(library: Library, teaching_id: int, now: datetime) -> LiveLesson:
    """Stop the clock for good; the running segment ends now."""

    def act(session: Session, teaching: Teaching, live: LiveLesson) -> None:
        ended = live.clock.end(now)
        _close_running(session, teaching.id, live, live.clock.elapsed(now))
        _store_clock(teaching, ended)

    return _change(library, teaching_id, act)


def start_again(library: Library, teaching_id: int) -> LiveLesson:
    """Forget the clock and every recorded timing (notes stay), e.g. after a trial run."""

    def act(session: Session, teaching: Teaching, _live: LiveLesson) -> None:
        session.execute(delete(SegmentTiming).where(SegmentTiming.teaching_id == teaching.id))
        _store_clock(teaching, ClockState())

    return _change(library, teaching_id, act)


def restore_clock(library: Library, teaching_id: int, before: LiveLesson) -> LiveLesson:
    """Put a clock and its recorded timings back as ``before`` had them (undo of Start again)."""

    def act(session: Session, teaching: Teaching, _live: LiveLesson) -> None:
        session.execute(delete(SegmentTiming).where(SegmentTiming.teaching_id == teaching.id))
        session.add_all(SegmentTiming(teaching_id=teaching.id, segment_id=t.segment_id,
                                      actual_start=t.start, actual_end=t.end)
                        for t in before.timings)
        _store_clock(teaching, before.clock)

    return _change(library, teaching_id, act)


def recover_after_restart(library: Library, teaching_id: int,
                          now: datetime) -> tuple[LiveLesson, bool]:
    """Pause a clock this app left running (it crashed or was closed); True if it did.

    Read first without the write lock: opening the Live lesson tab while another
    program writes to the library must not fail when there is nothing to pause.
    """
    with library.reading() as session:
        live = _snapshot(session, _teaching(session, teaching_id))
    if live.clock.phase is not ClockPhase.RUNNING:
        return live, False
    with library.unit_of_work() as session:
        teaching = _teaching(session, teaching_id)
        live = _snapshot(session, teaching)
        if live.clock.phase is not ClockPhase.RUNNING:
            return live, False
        _store_clock(teaching, live.clock.pause(now))
        session.flush()
        return _snapshot(session, teaching), True


def _change(library: Library, teaching_id: int,
            act: Callable[[Session, Teaching, LiveLesson], None]) -> LiveLesson:
    """Run one clock action in one transaction and return the new live view."""
    with library.unit_of_work() as session:
        teaching = _teaching(session, teaching_id)
        act(session, teaching, _snapshot(session, teaching))
        session.flush()
        return _snapshot(session, teaching)


def _close_running(session: Session, teaching_id: int, live: LiveLesson, elapsed: int) -> None:
    """Set the running segment's actual end, unless one was already recorded."""
    index = running_segment(live.starts(), live.planned, elapsed)
    if index is None:
        return
    row = session.scalar(select(SegmentTiming).where(
        SegmentTiming.teaching_id == teaching_id,
        SegmentTiming.segment_id == live.segments[index].id))
    if row is not None and row.actual_end is None:
        row.actual_end = max(row.actual_start, elapsed)


def _start_segment(session: Session, teaching_id: int, segment_id: int, elapsed: int) -> None:
    row = session.scalar(select(SegmentTiming).where(
        SegmentTiming.teaching_id == teaching_id, SegmentTiming.segment_id == segment_id))
    if row is None:
        session.add(SegmentTiming(teaching_id=teaching_id, segment_id=segment_id,
                                  actual_start=elapsed))
    else:
        row.actual_start, row.actual_end = elapsed, None


def _store_clock(teaching: Teaching, state: ClockState) -> None:
    teaching.clock_started_at = state.started_at
    teaching.clock_paused_at = state.paused_at
    teaching.clock_paused_seconds = state.paused_seconds
    teaching.clock_ended_at = state.ended_at


def _teaching(session: Session, teaching_id: int) -> Teaching:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(N_("There is no teaching {teaching_id} in this library."),
                            teaching_id=teaching_id)
    return teaching


def _snapshot(session: Session, teaching: Teaching) -> LiveLesson:
    version = session.get_one(LessonVersion, teaching.version_id)
    lesson = session.get_one(Lesson, version.lesson_id)
    segments = session.scalars(select(Segment).where(Segment.version_id == version.id)
                               .order_by(Segment.position))
    timings = session.scalars(select(SegmentTiming).where(SegmentTiming.teaching_id == teaching.id)
                              .order_by(SegmentTiming.actual_start, SegmentTiming.id))
    return LiveLesson(
        teaching_id=teaching.id, lesson_title=lesson.title, teaching_kind=teaching.kind,
        version_number=version.number, lesson_seconds=lesson.duration_seconds,
        segments=tuple(LiveSegment(s.id, s.title, s.kind, s.planned_seconds) for s in segments),
        clock=_clock_state(teaching),
        timings=tuple(ActualTiming(t.segment_id, t.actual_start, t.actual_end) for t in timings),
    )


def _clock_state(teaching: Teaching) -> ClockState:
    return ClockState(teaching.clock_started_at, teaching.clock_paused_at,
                      teaching.clock_paused_seconds or 0, teaching.clock_ended_at)
