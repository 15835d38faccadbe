"""The live lesson clock service: every press is stored at once, timings land in the table."""

from __future__ import annotations

import pytest

from lessonstudy.domain.errors import ClockError, NotFoundError
from lessonstudy.domain.lesson_clock import ClockPhase, ManualClock
from lessonstudy.services import live
from lessonstudy.storage.library import Library
from tests.live_support import add_fresh_teaching, stored_timings


@pytest.fixture
def teaching(demo_library: Library) -> int:
    return add_fresh_teaching(demo_library)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_start_records_the_first_segment_at_zero(demo_library: Library, teaching: int,
                                                 clock: ManualClock) -> None:
    lesson = live.start_lesson(demo_library, teaching, clock.now())
    assert lesson.clock.phase is ClockPhase.RUNNING
    assert len(lesson.segments) == 10
    assert stored_timings(demo_library, teaching) == [(0, 0, None)]


def test_next_segment_ends_the_running_one_and_starts_the_next(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    clock.advance(190)
    live.next_segment(demo_library, teaching, clock.now())
    clock.advance(250)
    lesson = live.next_segment(demo_library, teaching, clock.now())
    assert stored_timings(demo_library, teaching) == [(0, 0, 190), (1, 190, 440), (2, 440, None)]
    reading = lesson.reading(clock.now())
    assert (reading.current, reading.seconds_left, reading.next) == (2, 20, 3)


def test_pause_and_resume_keep_lesson_time_honest(demo_library: Library, teaching: int,
                                                  clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    clock.advance(60)
    live.pause_lesson(demo_library, teaching, clock.now())
    clock.advance(600)
    lesson = live.resume_lesson(demo_library, teaching, clock.now())
    clock.advance(30)
    live.next_segment(demo_library, teaching, clock.now())
    assert lesson.clock.paused_seconds == 600
    assert stored_timings(demo_library, teaching)[1] == (1, 90, None)


def test_end_lesson_ends_the_running_segment_and_stops_the_clock(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    clock.advance(120)
    lesson = live.end_lesson(demo_library, teaching, clock.now())
    clock.advance(999)
    assert lesson.clock.phase is ClockPhase.ENDED
    assert live.load_live(demo_library, teaching).reading(clock.now()).elapsed == 120
    assert stored_timings(demo_library, teaching) == [(0, 0, 120)]


def test_recovery_pauses_a_clock_left_running(demo_library: Library, teaching: int,
                                              clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    clock.advance(300)
    lesson, recovered = live.recover_after_restart(demo_library, teaching, clock.now())
    assert recovered and lesson.clock.phase is ClockPhase.PAUSED
    clock.advance(100)
    assert lesson.reading(clock.now()).elapsed == 300
    _again, recovered_twice = live.recover_after_restart(demo_library, teaching, clock.now())
    assert not recovered_twice


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ([], "next_segment", "Start the lesson clock before moving to the next segment."),
        ([], "pause_lesson", "Cannot pause the lesson clock: the lesson has not started yet."),
        (["start_lesson", "end_lesson"], "next_segment",
         "The lesson has ended; there is no next segment."),
        (["start_lesson"], "start_lesson", "The lesson clock has already been started."),
    ],
)
def test_refused_presses_change_nothing(demo_library: Library, teaching: int,
                                        clock: ManualClock, setup: list[str], action: str,
                                        message: str) -> None:
    for step in setup:
        getattr(live, step)(demo_library, teaching, clock.now())
    before = (live.load_live(demo_library, teaching), stored_timings(demo_library, teaching))
    clock.advance(5)
    with pytest.raises(ClockError, match=message):
        getattr(live, action)(demo_library, teaching, clock.now())
    after = (live.load_live(demo_library, teaching), stored_timings(demo_library, teaching))
    assert after == before


def test_next_after_the_last_segment_points_to_end_lesson(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    for _ in range(9):
        clock.advance(60)
        live.next_segment(demo_library, teaching, clock.now())
    with pytest.raises(ClockError, match="This is the last segment"):
        live.next_segment(demo_library, teaching, clock.now())
    assert len(stored_timings(demo_library, teaching)) == 10


def test_a_teaching_with_typed_in_timings_must_be_started_again(
        demo_library: Library, clock: ManualClock) -> None:
    with pytest.raises(ClockError, match="already has recorded segment timings"):
        live.start_lesson(demo_library, 2, clock.now())
    assert len(stored_timings(demo_library, 2)) == 10
    live.start_again(demo_library, 2)
    assert stored_timings(demo_library, 2) == []
    live.start_lesson(demo_library, 2, clock.now())
    assert stored_timings(demo_library, 2) == [(0, 0, None)]


def test_unknown_teaching_is_reported_plainly(demo_library: Library) -> None:
    with pytest.raises(NotFoundError, match="There is no teaching 999"):
        live.load_live(demo_library, 999)


def test_back_one_segment_takes_back_a_mistaken_press(demo_library: Library, teaching: int,
                                                      clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    with pytest.raises(ClockError, match="still in its first segment"):
        live.back_one_segment(demo_library, teaching)
    clock.advance(100)
    live.next_segment(demo_library, teaching, clock.now())
    clock.advance(3)
    lesson = live.back_one_segment(demo_library, teaching)
    assert stored_timings(demo_library, teaching) == [(0, 0, None)]
    assert lesson.reading(clock.now()).current == 0
