"""Planned versus actual timings from a lesson clock, including messy recordings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonstudy.domain.actuals import (
    ActualStatus,
    PlannedSegment,
    RecordedTiming,
    compare_to_plan,
    planned_from_drafts,
)
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.segments import SegmentDraft

PLAN = (
    PlannedSegment("intro", "Warm-up", SegmentKind.PRESENTATION, 300),
    PlannedSegment("pair", "Pair work", SegmentKind.PAIR_WORK, 20),
    PlannedSegment("write", "Group writing", SegmentKind.IBOARD_WRITING, 600),
    PlannedSegment("share", "Presentations", SegmentKind.STUDENT_PRESENTATION, 900),
)


def clock(*starts: int) -> dict[str | int, RecordedTiming]:
    """Timings as "next segment now" presses, one start per planned segment in order."""
    return {seg.key: RecordedTiming(start) for seg, start in zip(PLAN, starts, strict=False)}


def test_durations_come_from_the_next_start_and_the_lesson_end() -> None:
    result = compare_to_plan(PLAN, clock(0, 360, 400, 1100), lesson_ended_at=2100)
    assert [i.actual_seconds for i in result.segments] == [360, 40, 700, 1000]
    assert [i.delta_seconds for i in result.segments] == [60, 20, 100, 100]
    assert [i.start_delta for i in result.segments] == [0, 60, 80, 180]
    assert {i.status for i in result.segments} == {ActualStatus.TIMED}
    assert (result.planned_total, result.actual_total, result.overrun) == (1820, 2100, 280)
    assert result.finished_at == 2100


def test_recorded_end_wins_over_the_next_start() -> None:
    timings = clock(0, 300)
    timings["intro"] = RecordedTiming(0, end=280)
    result = compare_to_plan(PLAN[:2], timings, lesson_ended_at=330)
    intro, pair = result.segments
    assert (intro.end, intro.end_recorded, intro.delta_seconds) == (280, True, -20)
    assert (pair.end, pair.end_recorded, pair.actual_seconds) == (330, False, 30)


def test_last_segment_without_an_end_is_unfinished() -> None:
    result = compare_to_plan(PLAN, clock(0, 300, 320, 920))
    last = result.segments[-1]
    assert last.status is ActualStatus.UNFINISHED
    assert (last.actual_seconds, last.delta_seconds) == (None, None)
    assert (result.finished_at, result.actual_total, result.overrun) == (None, None, None)
    bar = result.timeline().actual[-1]
    assert (bar.start, bar.end, bar.estimated) == (920, 1820, True)


def test_missing_and_skipped_segments() -> None:
    timings = clock(0)
    timings["write"] = RecordedTiming(330)
    timings["share"] = RecordedTiming(900)
    result = compare_to_plan(PLAN, timings, skipped={"pair"}, lesson_ended_at=1800)
    intro, pair, write, share = result.segments
    assert intro.actual_seconds == 330  # ran until the next recorded start
    assert (pair.status, pair.actual_seconds, pair.delta_seconds) == (ActualStatus.SKIPPED, 0, -20)
    assert write.status is ActualStatus.TIMED and share.actual_seconds == 900
    no_pair = compare_to_plan(PLAN, timings, lesson_ended_at=1800).segments[1]
    assert (no_pair.status, no_pair.actual_seconds) == (ActualStatus.NOT_RECORDED, None)


def test_pressing_next_twice_counts_as_skipped() -> None:
    result = compare_to_plan(PLAN, clock(0, 300, 300, 900), lesson_ended_at=1800)
    assert result.segments[1].status is ActualStatus.SKIPPED
    assert result.segments[2].actual_seconds == 600


def test_segments_taught_out_of_order_end_at_the_next_start_in_time() -> None:
    result = compare_to_plan(PLAN, clock(0, 1000, 300, 1100), lesson_ended_at=2000)
    assert [i.actual_seconds for i in result.segments] == [300, 100, 700, 900]
    assert [bar.label for bar in result.timeline().actual] == [
        "Warm-up",
        "Group writing",
        "Pair work",
        "Presentations",
    ]


def test_timeline_rows_share_one_scale() -> None:
    timeline = compare_to_plan(PLAN, clock(0, 360), lesson_seconds=3000).timeline()
    assert [(b.label, b.start, b.end) for b in timeline.planned] == [
        ("Warm-up", 0, 300),
        ("Pair work", 300, 320),
        ("Group writing", 320, 920),
        ("Presentations", 920, 1820),
    ]
    assert [(b.label, b.start, b.end, b.estimated) for b in timeline.actual] == [
        ("Warm-up", 0, 360, False),
        ("Pair work", 360, 380, True),
    ]
    assert timeline.span == 3000
    assert compare_to_plan(PLAN, {}).timeline().actual == ()


def test_nothing_recorded_gives_no_totals() -> None:
    result = compare_to_plan(PLAN, {})
    assert {i.status for i in result.segments} == {ActualStatus.NOT_RECORDED}
    assert (result.actual_total, result.overrun) == (None, None)


def test_impossible_timings_are_all_reported() -> None:
    timings = {
        "ghost": RecordedTiming(0),
        "intro": RecordedTiming(-5),
        "pair": RecordedTiming(50, 40),
    }
    with pytest.raises(ValidationError) as caught:
        compare_to_plan(PLAN, timings, skipped={"pair"}, lesson_ended_at=45)
    assert caught.value.problems == [
        "No segment 'ghost' in this plan",
        "'Warm-up' starts before the lesson began",
        "'Pair work' ends before it starts",
        "'Pair work' is marked skipped but has a start time",
        "'Pair work' starts after the lesson ended",
    ]


def test_drafts_are_keyed_by_lineage() -> None:
    drafts = (SegmentDraft("abc", "Q&A", SegmentKind.WHOLE_CLASS_QA, 120),)
    assert planned_from_drafts(drafts) == (
        PlannedSegment("abc", "Q&A", SegmentKind.WHOLE_CLASS_QA, 120),
    )


@given(st.lists(st.integers(1, 900), min_size=1, max_size=12), st.data())
def test_actual_durations_add_up_to_the_lesson(gaps: list[int], data: st.DataObject) -> None:
    plan = [PlannedSegment(i, f"S{i}", SegmentKind.OTHER, 60) for i in range(len(gaps))]
    starts = [sum(gaps[:i]) for i in range(len(gaps))]
    recorded = data.draw(st.sets(st.sampled_from(range(len(gaps))), min_size=1))
    timings = {i: RecordedTiming(starts[i]) for i in recorded}
    result = compare_to_plan(plan, timings, lesson_ended_at=sum(gaps))
    known = [i.actual_seconds for i in result.segments if i.start is not None]
    assert sum(s for s in known if s is not None) == sum(gaps) - min(starts[i] for i in recorded)
    assert result.actual_total == sum(known)
    assert result.overrun == result.actual_total - 60 * len(gaps)
