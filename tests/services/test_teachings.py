"""Recording teachings and their actual timings, and planned versus actual."""

from __future__ import annotations

from datetime import date

import pytest

from lessonstudy.domain.actuals import ActualStatus
from lessonstudy.domain.enums import TeachingKind
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services.plans import load_plan
from lessonstudy.services.teachings import (
    TeachingInput,
    load_timings,
    record_teaching,
    set_timing,
    update_teaching,
)
from lessonstudy.storage.library import Library


def test_demo_rehearsal_timings_against_plan(demo_library: Library) -> None:
    timings = load_timings(demo_library, 1)
    assert timings.details.kind is TeachingKind.REHEARSAL and timings.details.class_name == "2C"
    assert timings.plan.version.number == 1
    first = timings.rows[0]
    assert (first.segment.start, first.segment.end, first.actual_start, first.actual_end) == (
        0, 180, 0, 210)
    assert timings.comparison.segments[0].delta_seconds == 30
    assert timings.comparison.overrun == 3285 - 3000


def test_record_a_reteach_then_type_its_timings(demo_library: Library) -> None:
    v2 = load_plan(demo_library, 1).version
    teaching_id = record_teaching(demo_library, v2.id, TeachingInput(
        TeachingKind.RETEACH, date(2026, 11, 17), "2B", "Ms Chan", "Room 101"))
    first, second = load_plan(demo_library, 1).segments[:2]
    set_timing(demo_library, teaching_id, first.id, 0, 200)
    set_timing(demo_library, teaching_id, second.id, 200, None)
    timings = load_timings(demo_library, teaching_id)
    assert timings.details.room == "Room 101"
    assert [(r.actual_start, r.actual_end) for r in timings.rows[:3]] == [
        (0, 200), (200, None), (None, None)]
    statuses = [s.status for s in timings.comparison.segments[:3]]
    assert statuses == [ActualStatus.TIMED, ActualStatus.UNFINISHED, ActualStatus.NOT_RECORDED]
    set_timing(demo_library, teaching_id, first.id, None, None)
    assert load_timings(demo_library, teaching_id).rows[0].actual_start is None
    update_teaching(demo_library, teaching_id, TeachingInput(TeachingKind.RETEACH, None, "2D"))
    assert load_timings(demo_library, teaching_id).details.class_name == "2D"


@pytest.mark.parametrize(("start", "end", "message"), [
    (300, 200, r"cannot end \(03:20\) before it starts \(05:00\)"),
    (-5, None, "before the lesson began"),
    (None, 100, "started before when it ended"),
    # typed in the Timings tab as "99999999999999999999:00": was an OverflowError (a crash)
    (10**30, None, r"more than 6:00:00 into the lesson"),
    (0, 10**30, r"more than 6:00:00 into the lesson"),
    (6 * 3600 + 1, None, r"more than 6:00:00 into the lesson"),
])
def test_impossible_timings_are_refused(demo_library: Library, start: int | None,
                                        end: int | None, message: str) -> None:
    before = load_timings(demo_library, 1)
    segment_id = before.rows[0].segment.id
    with pytest.raises(ValidationError, match=message):
        set_timing(demo_library, 1, segment_id, start, end)
    assert load_timings(demo_library, 1) == before


def test_timing_for_a_segment_of_another_version_is_refused(demo_library: Library) -> None:
    other = load_plan(demo_library, 1).segments[0].id  # version 2; teaching 1 used version 1
    with pytest.raises(NotFoundError, match="not part of the version"):
        set_timing(demo_library, 1, other, 0, 10)
