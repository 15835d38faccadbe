"""The lesson clock as a small state machine, and where the lesson stands on it.

During a rehearsal or the open class a timekeeper starts the clock, may pause
it (a fire drill, a projector that will not wake up), presses "next segment
now" as the class moves on, and finally ends the lesson. Only four facts are
stored: when the clock started, when it was paused (if it is paused now), how
many seconds it spent paused before, and when it ended. Everything shown on
screen (elapsed time, the running segment, time left, the next segment, how
far behind the plan the class is) is derived here from those facts, the plan
and the recorded segment starts, given "now" from an injectable :class:`Clock`
so tests never sleep.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from lessonstudy.domain.errors import ClockError
from lessonstudy.domain.timing import schedule, segment_at
from lessonstudy.i18n import N_, _


class Clock(Protocol):
    """Where "now" comes from: the wall clock in the app, a hand-wound one in tests."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real time, in UTC (stored timestamps are UTC)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to: for tests and rehearsing the app itself."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 3, 1, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


class ClockPhase(StrEnum):
    """Where the lesson clock is in its life."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class ClockState:
    """The stored facts of one teaching's clock; transitions return a new state."""

    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_seconds: int = 0
    ended_at: datetime | None = None

    @property
    def phase(self) -> ClockPhase:
        if self.started_at is None:
            return ClockPhase.NOT_STARTED
        if self.ended_at is not None:
            return ClockPhase.ENDED
        return ClockPhase.PAUSED if self.paused_at is not None else ClockPhase.RUNNING

    def elapsed(self, now: datetime) -> int:
        """Whole seconds of lesson time at ``now`` (pauses do not count)."""
        if self.started_at is None:
            return 0
        until = self.ended_at or self.paused_at or now
        seconds = (_aware(until) - _aware(self.started_at)).total_seconds()
        return max(0, math.floor(seconds) - self.paused_seconds)

    def start(self, now: datetime) -> ClockState:
        if self.phase is not ClockPhase.NOT_STARTED:
            raise ClockError(N_("The lesson clock has already been started."))
        return ClockState(started_at=now)

    def pause(self, now: datetime) -> ClockState:
        self._require(ClockPhase.RUNNING, "pause")
        return replace(self, paused_at=now)

    def resume(self, now: datetime) -> ClockState:
        self._require(ClockPhase.PAUSED, "resume")
        assert self.paused_at is not None
        pause = math.floor((_aware(now) - _aware(self.paused_at)).total_seconds())
        return replace(self, paused_at=None, paused_seconds=self.paused_seconds + max(0, pause))

    def end(self, now: datetime) -> ClockState:
        if self.phase not in (ClockPhase.RUNNING, ClockPhase.PAUSED):
            self._require(ClockPhase.RUNNING, "end")
        state = self.resume(now) if self.phase is ClockPhase.PAUSED else self
        return replace(state, ended_at=now)

    def _require(self, phase: ClockPhase, verb: str) -> None:
        if self.phase is phase:
            return
        reasons = {
            ClockPhase.NOT_STARTED: N_("the lesson has not started yet"),
            ClockPhase.RUNNING: N_("the clock is already running"),
            ClockPhase.PAUSED: N_("the clock is paused"),
            ClockPhase.ENDED: N_("the lesson has ended"),
        }
        messages = {
            "pause": N_("Cannot pause the lesson clock: {reason}."),
            "resume": N_("Cannot resume the lesson clock: {reason}."),
            "end": N_("Cannot end the lesson clock: {reason}."),
        }
        raise ClockError(messages[verb], reason=_(reasons[self.phase]))


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they were stored as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Urgency(StrEnum):
    """How the countdown should look: plenty of time, wrap up now, or over time."""

    ON_TIME = "on_time"
    WRAP_UP = "wrap_up"
    OVER = "over"


def urgency(seconds_left: int, planned_seconds: int) -> Urgency:
    """Amber in the last fifth of a segment (at most its last minute), red when over."""
    if seconds_left < 0:
        return Urgency.OVER
    warn_at = min(60, math.ceil(planned_seconds / 5))
    return Urgency.WRAP_UP if seconds_left <= warn_at else Urgency.ON_TIME


def running_segment(starts: Sequence[tuple[int, int]], planned: Sequence[int],
                    elapsed: int) -> int | None:
    """Index of the segment running ``elapsed`` seconds in.

    ``starts`` holds (actual start, segment index) pairs recorded with "next
    segment now"; the latest start at or before ``elapsed`` wins. With nothing
    recorded yet the plan decides (past its end: the last segment).
    """
    ordered = sorted(starts)
    position = bisect.bisect_right([start for start, _ in ordered], elapsed)
    if position:
        return ordered[position - 1][1]
    if not planned:
        return None
    index = segment_at(planned, elapsed)
    return len(planned) - 1 if index is None else index


@dataclass(frozen=True)
class Reading:
    """Everything the clock panel and the projector show at one moment."""

    phase: ClockPhase
    elapsed: int
    current: int | None
    seconds_left: int
    planned_here: int | None
    behind_plan: int
    next: int | None

    @property
    def over_by(self) -> int:
        return max(0, -self.seconds_left)


def read_clock(state: ClockState, planned: Sequence[int], starts: Sequence[tuple[int, int]],
               now: datetime) -> Reading:
    """Where the lesson stands at ``now``: running segment, time left, next one, drift.

    Time left counts from the running segment's recorded start (so it goes
    negative, "over", when the class stays longer than planned); ``behind_plan``
    is how much later than planned that segment started.
    """
    elapsed = state.elapsed(now)
    if state.phase is ClockPhase.NOT_STARTED or not planned:
        first = 0 if planned else None
        return Reading(state.phase, 0, first, planned[0] if planned else 0, first, 0,
                       1 if len(planned) > 1 else None)
    current = running_segment(starts, planned, elapsed)
    assert current is not None
    slots = schedule(planned)
    began = max((start for start, index in starts if index == current and start <= elapsed),
                default=slots[current].start)
    left = planned[current] - (elapsed - began)
    planned_here = segment_at(planned, elapsed)
    following = current + 1 if current + 1 < len(planned) else None
    return Reading(state.phase, elapsed, current, left, planned_here,
                   began - slots[current].start, following)
