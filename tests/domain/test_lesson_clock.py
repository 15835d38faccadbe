"""The lesson clock state machine and the reading derived from it, with a hand-wound clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lessonstudy.domain.errors import ClockError, LessonStudyError
from lessonstudy.domain.lesson_clock import (
    ClockPhase,
    ClockState,
    ManualClock,
    SystemClock,
    Urgency,
    read_clock,
    running_segment,
    urgency,
)

PLAN = [180, 240, 20, 600]  # warm-up 3:00, Q&A 4:00, pair work 0:20, group work 10:00


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_a_new_clock_shows_zero_and_is_not_started(clock: ManualClock) -> None:
    state = ClockState()
    assert state.phase is ClockPhase.NOT_STARTED
    assert state.elapsed(clock.now()) == 0


def test_running_clock_counts_whole_seconds(clock: ManualClock) -> None:
    state = ClockState().start(clock.now())
    clock.advance(90.9)
    assert state.phase is ClockPhase.RUNNING
    assert state.elapsed(clock.now()) == 90


def test_pauses_do_not_count_as_lesson_time(clock: ManualClock) -> None:
    state = ClockState().start(clock.now())
    clock.advance(60)
    state = state.pause(clock.now())
    clock.advance(300)
    assert state.phase is ClockPhase.PAUSED
    assert state.elapsed(clock.now()) == 60
    state = state.resume(clock.now())
    clock.advance(30)
    assert state.paused_seconds == 300
    assert state.elapsed(clock.now()) == 90


def test_ended_clock_stops_and_folds_a_running_pause(clock: ManualClock) -> None:
    state = ClockState().start(clock.now())
    clock.advance(100)
    state = state.pause(clock.now())
    clock.advance(20)
    state = state.end(clock.now())
    clock.advance(1000)
    assert state.phase is ClockPhase.ENDED
    assert state.elapsed(clock.now()) == 100


def test_naive_stored_timestamps_are_read_as_utc() -> None:
    started = datetime(2026, 11, 3, 1, 0)
    state = ClockState(started_at=started)
    assert state.elapsed(datetime(2026, 11, 3, 1, 2, tzinfo=UTC)) == 120


@pytest.mark.parametrize(
    ("steps", "action", "message"),
    [
        ([], "pause", "Cannot pause the lesson clock: the lesson has not started yet."),
        ([], "resume", "Cannot resume the lesson clock: the lesson has not started yet."),
        ([], "end", "Cannot end the lesson clock: the lesson has not started yet."),
        (["start"], "start", "The lesson clock has already been started."),
        (["start"], "resume", "Cannot resume the lesson clock: the clock is already running."),
        (["start", "pause"], "pause", "Cannot pause the lesson clock: the clock is paused."),
        (["start", "end"], "end", "Cannot end the lesson clock: the lesson has ended."),
        (["start", "end"], "resume", "Cannot resume the lesson clock: the lesson has ended."),
    ],
)
def test_impossible_transitions_say_why(clock: ManualClock, steps: list[str], action: str,
                                        message: str) -> None:
    state = ClockState()
    for step in steps:
        state = getattr(state, step)(clock.now())
    with pytest.raises(ClockError) as caught:
        getattr(state, action)(clock.now())
    assert isinstance(caught.value, LessonStudyError)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("left", "planned", "expected"),
    [
        (600, 600, Urgency.ON_TIME), (61, 600, Urgency.ON_TIME), (60, 600, Urgency.WRAP_UP),
        (36, 180, Urgency.WRAP_UP), (37, 180, Urgency.ON_TIME), (4, 20, Urgency.WRAP_UP),
        (5, 20, Urgency.ON_TIME), (0, 20, Urgency.WRAP_UP), (-1, 20, Urgency.OVER),
    ],
)
def test_countdown_turns_amber_in_the_last_fifth_or_minute_and_red_when_over(
        left: int, planned: int, expected: Urgency) -> None:
    assert urgency(left, planned) is expected


def test_running_segment_follows_recorded_starts_not_the_plan() -> None:
    starts = [(0, 0), (200, 1)]  # Q&A started 20 s late
    assert running_segment(starts, PLAN, 190) == 0
    assert running_segment(starts, PLAN, 200) == 1
    assert running_segment(starts, PLAN, 500) == 1  # still Q&A though the plan says group work


def test_running_segment_falls_back_to_the_plan_then_the_last_segment() -> None:
    assert running_segment([], PLAN, 430) == 2
    assert running_segment([], PLAN, 5000) == 3
    assert running_segment([], [], 10) is None


def test_reading_before_the_start_points_at_the_first_segment(clock: ManualClock) -> None:
    reading = read_clock(ClockState(), PLAN, [], clock.now())
    assert (reading.phase, reading.elapsed, reading.current, reading.next) == (
        ClockPhase.NOT_STARTED, 0, 0, 1)
    assert reading.seconds_left == 180


def test_reading_counts_down_from_the_recorded_start_and_goes_over(clock: ManualClock) -> None:
    state = ClockState().start(clock.now())
    clock.advance(200)
    reading = read_clock(state, PLAN, [(0, 0), (200, 1)], clock.now())
    assert (reading.current, reading.seconds_left, reading.behind_plan) == (1, 240, 20)
    assert reading.next == 2
    clock.advance(250)
    reading = read_clock(state, PLAN, [(0, 0), (200, 1)], clock.now())
    assert reading.seconds_left == -10 and reading.over_by == 10
    assert reading.planned_here == 3  # by the plan the class should be in group work


def test_reading_of_the_last_segment_has_no_next(clock: ManualClock) -> None:
    state = ClockState().start(clock.now())
    clock.advance(500)
    reading = read_clock(state, PLAN, [(0, 0), (180, 1), (420, 2), (440, 3)], clock.now())
    assert (reading.current, reading.next, reading.seconds_left) == (3, None, 540)


def test_system_clock_is_timezone_aware() -> None:
    assert SystemClock().now().tzinfo is not None
