"""Typed times, printed times, derived start times and the lesson-length rules."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.timing import (
    MAX_LESSON_SECONDS,
    Slot,
    format_clock,
    format_delta,
    format_duration,
    parse_clock,
    parse_duration,
    parse_lesson_length,
    schedule,
    segment_at,
    summarise,
    validate_lesson_duration,
    validate_segment_duration,
)

durations = st.lists(st.integers(min_value=0, max_value=4 * 3600), max_size=30)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0:20", 20),
        ("12:30", 750),
        ("75:00", 4500),
        ("1:05:00", 3900),
        ("20", 20),
        ("90", 90),
        ("20s", 20),
        ("5m", 300),
        ("5 min", 300),
        ("5 Minutes", 300),
        ("2m30s", 150),
        ("2 min 30 sec", 150),
        ("1h 5m", 3900),
        ("1.5m", 90),
        ("5'30\"", 330),
        ("  12 : 30  ", 750),
        ("１２：３０", 750),
        ("０:２０", 20),
        ("5分钟", 300),
        ("5分鐘", 300),  # Traditional Chinese (Hong Kong)
        ("2分鐘30秒", 150),
        ("1小時", 3600),
        ("20秒鐘", 20),
        ("5分間", 300),  # Japanese
        ("1時間5分", 3900),
        ("30秒間", 30),
        ("1時5分", 3900),
        ("2分30秒", 150),
        ("\u300020s\u3000", 20),
    ],
)
def test_parse_duration_reads_what_teachers_type(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1:75", "'1:75' is not a time: seconds must be 0-59"),
        ("1:60:00", "'1:60:00' is not a time: minutes must be 0-59"),
        ("1:5", "'1:5' is not a time: write seconds with two digits, e.g. 1:05"),
        ("-5", "'-5' is not a time: it cannot be negative"),
        ("-1:00", "'-1:00' is not a time: it cannot be negative"),
        ("0", "'0' is not a time: a duration must be longer than zero"),
        ("0:00", "'0:00' is not a time: a duration must be longer than zero"),
        ("5x", "'5x' is not a time: 'x' is not a unit of time"),
        ("5m 2m", "'5m 2m' is not a time: 'm' is given twice"),
        ("0.01m", "'0.01m' is not a time: it must come to whole seconds"),
        ("1.5", "'1.5' is not a time: use whole seconds or add a unit, e.g. 1.5m"),
    ],
)
def test_parse_duration_explains_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_duration(text)
    assert str(caught.value) == message


@pytest.mark.parametrize("text", ["abc", "1:2:3:4", "::", "5 minutes please", "1:00x", "9" * 60])
def test_parse_duration_refuses_garbage_quoting_it(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_duration(text)
    assert f"'{text}' is not a time" in str(caught.value)


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_parse_duration_asks_for_a_time_when_empty(text: str) -> None:
    with pytest.raises(ValidationError, match="Please enter a time"):
        parse_duration(text)


def test_zero_is_the_callers_choice() -> None:
    assert parse_duration("0:00", allow_zero=True) == 0
    assert parse_clock("0:00") == 0
    assert parse_clock("45:00") == 2700


@given(st.integers(min_value=1, max_value=100 * 3600))
def test_parse_reads_back_format(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds
    assert parse_clock(format_clock(seconds)) == seconds


@given(st.text(max_size=20))
def test_parse_either_answers_or_raises_validation_error(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except ValidationError as error:
        assert error.message
    else:
        assert seconds > 0


@pytest.mark.parametrize(
    ("seconds", "duration", "clock"),
    [
        (0, "0:00", "00:00"),
        (20, "0:20", "00:20"),
        (750, "12:30", "12:30"),
        (3900, "1:05:00", "1:05:00"),
    ],
)
def test_formats(seconds: int, duration: str, clock: str) -> None:
    assert format_duration(seconds) == duration
    assert format_clock(seconds) == clock


def test_format_refuses_negative_and_delta_is_signed() -> None:
    with pytest.raises(ValueError):
        format_duration(-1)
    assert [format_delta(s) for s in (120, -30, 0)] == ["+2:00", "-0:30", "0:00"]


def test_schedule_derives_start_times() -> None:
    assert schedule([300, 20, 600]) == [Slot(0, 300), Slot(300, 320), Slot(320, 920)]
    assert schedule([]) == []
    assert schedule([60], start=30) == [Slot(30, 90)]
    with pytest.raises(ValueError):
        schedule([60, -1])


@given(durations)
def test_schedule_is_back_to_back(values: list[int]) -> None:
    slots = schedule(values)
    assert [slot.seconds for slot in slots] == values
    assert [slot.start for slot in slots] == [sum(values[:i]) for i in range(len(values))]
    assert all(a.end == b.start for a, b in itertools.pairwise(slots))
    assert (slots[-1].end if slots else 0) == sum(values)


def test_segment_at_finds_the_running_segment() -> None:
    plan = [300, 0, 20, 600]
    assert [segment_at(plan, t) for t in (0, 299, 300, 319, 320, 919)] == [0, 0, 2, 2, 3, 3]
    assert segment_at(plan, 920) is None
    assert segment_at(plan, -1) is None


def test_summary_warns_but_never_refuses() -> None:
    over = summarise([2700, 600], 3000)
    assert (over.planned_seconds, over.over_by, over.under_by, over.fits) == (3300, 300, 0, False)
    assert over.warning == "The plan runs 5:00 over the 50:00 lesson"
    under = summarise([1200])
    assert (under.lesson_seconds, under.under_by, under.fits, under.warning) == (
        3000,
        1800,
        True,
        None,
    )
    assert summarise([3000], 3000).fits


def test_segment_duration_rules() -> None:
    validate_segment_duration(3000, 3000)
    with pytest.raises(ValidationError, match="A segment of 55:00 is longer than the 50:00 lesson"):
        validate_segment_duration(3300, 3000)
    with pytest.raises(ValidationError, match="longer than 0:00"):
        validate_segment_duration(0)


def test_lesson_duration_rules() -> None:
    validate_lesson_duration(MAX_LESSON_SECONDS)
    with pytest.raises(ValidationError, match="longer than 0:00"):
        validate_lesson_duration(0)
    with pytest.raises(ValidationError) as caught:
        validate_lesson_duration(7 * 3600)
    assert caught.value.problems == ["A lesson of 7:00:00 is longer than the 6:00:00 limit"]


@pytest.mark.parametrize(("typed", "seconds"), [("40", 2400), ("４５", 2700), ("40:00", 2400),
                                                 ("40 min", 2400), ("2400s", 2400),
                                                 ("1:10:00", 4200)])
def test_a_lesson_length_reads_a_bare_number_as_minutes(typed: str, seconds: int) -> None:
    assert parse_lesson_length(typed) == seconds
    assert parse_duration("90") == 90  # segment times keep whole seconds


def test_a_lesson_length_of_zero_is_refused() -> None:
    with pytest.raises(ValidationError, match="longer than zero"):
        parse_lesson_length("0")
