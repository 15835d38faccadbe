"""Segment edits are checked, return new plans, and undo cleanly."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.segments import (
    FIELD_NAMES,
    SegmentDraft,
    clean_field_value,
    duplicate,
    field_label,
    index_of,
    insert,
    move,
    parse_kind,
    plan_schedule,
    remove,
    replace_field,
    validate_plan,
)


def draft(title: str, seconds: int = 60, kind: SegmentKind = SegmentKind.OTHER) -> SegmentDraft:
    return SegmentDraft(f"lin-{title}", title, kind, seconds)


PLAN = (
    draft("Warm-up", 300, SegmentKind.PRESENTATION),
    draft("Pair work: brainstorm", 20, SegmentKind.PAIR_WORK),
    draft("Group writing", 480, SegmentKind.IBOARD_WRITING),
)

plans = st.lists(
    st.builds(
        SegmentDraft,
        lineage=st.uuids().map(str),
        title=st.text(min_size=1, max_size=8),
        kind=st.sampled_from(SegmentKind),
        planned_seconds=st.integers(min_value=1, max_value=3000),
    ),
    max_size=12,
).map(tuple)


def test_new_segments_get_their_own_lineage() -> None:
    first = SegmentDraft.new("Q&A", SegmentKind.WHOLE_CLASS_QA, 120, activity="Why?")
    second = SegmentDraft.new("Q&A")
    assert first.lineage != second.lineage
    assert (first.planned_seconds, first.activity) == (120, "Why?")


def test_fields_have_teacher_labels() -> None:
    assert FIELD_NAMES[:3] == ("title", "kind", "planned_seconds")
    assert field_label("evaluation") == "Points to evaluate"
    assert set(FIELD_NAMES) <= set(SegmentDraft.__dataclass_fields__)


def test_insert_remove_and_indices() -> None:
    extra = draft("Gallery walk")
    plan = insert(PLAN, 1, extra)
    assert [s.title for s in plan] == [
        "Warm-up",
        "Gallery walk",
        "Pair work: brainstorm",
        "Group writing",
    ]
    assert insert(PLAN, 3, extra)[-1] == extra
    assert remove(plan, 1) == PLAN
    assert index_of(plan, "lin-Group writing") == 3
    for bad in (lambda: insert(PLAN, 4, extra), lambda: remove(PLAN, 3), lambda: move(PLAN, 0, -1)):
        with pytest.raises(IndexError):
            bad()


def test_move_puts_the_segment_at_its_new_index() -> None:
    moved = move(PLAN, 0, 2)
    assert [s.title for s in moved] == ["Pair work: brainstorm", "Group writing", "Warm-up"]
    assert move(moved, 2, 0) == PLAN
    assert [slot.start for slot in plan_schedule(moved)] == [0, 20, 500]


def test_duplicate_is_a_new_segment_with_a_distinct_title() -> None:
    once = duplicate(PLAN, 1)
    copy = once[2]
    assert copy.title == "Pair work: brainstorm (copy)"
    assert copy.lineage != PLAN[1].lineage
    assert (copy.kind, copy.planned_seconds) == (PLAN[1].kind, PLAN[1].planned_seconds)
    assert duplicate(once, 1)[2].title == "Pair work: brainstorm (copy 2)"
    assert remove(once, 2) == PLAN


def test_replace_field_checks_and_normalises() -> None:
    plan = replace_field(PLAN, 2, "planned_seconds", "10:00")
    assert plan[2].planned_seconds == 600
    assert replace_field(PLAN, 0, "title", "  Warm   up ")[0].title == "Warm up"
    assert replace_field(PLAN, 0, "kind", "Pair work")[0].kind is SegmentKind.PAIR_WORK
    assert replace_field(PLAN, 0, "kind", "group_work")[0].kind is SegmentKind.GROUP_WORK
    assert replace_field(PLAN, 0, "materials", "iBoards x8")[0].materials == "iBoards x8"
    undone = replace_field(plan, 2, "planned_seconds", PLAN[2].planned_seconds)
    assert undone == PLAN


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "   ", "A segment needs a title"),
        ("kind", "dance", "'dance' is not a kind of segment"),
        ("planned_seconds", "55:00", "A segment of 55:00 is longer than the 50:00 lesson"),
        ("planned_seconds", 0, "A segment must last longer than 0:00"),
        ("planned_seconds", "1:75", "'1:75' is not a time"),
    ],
)
def test_replace_field_refuses_bad_values(field: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        replace_field(PLAN, 0, field, value)


def test_lesson_length_bounds_segment_length() -> None:
    assert clean_field_value("planned_seconds", "55:00", lesson_seconds=3600) == 3300
    with pytest.raises(ValueError):
        clean_field_value("lineage", "x")
    with pytest.raises(ValueError):
        clean_field_value("planned_seconds", True)
    assert parse_kind(SegmentKind.TRANSITION) is SegmentKind.TRANSITION


def test_validate_plan_lists_every_problem() -> None:
    bad = (*PLAN, SegmentDraft("lin-Warm-up", " ", SegmentKind.OTHER, 4000))
    with pytest.raises(ValidationError) as caught:
        validate_plan(bad)
    assert caught.value.problems == [
        "Segment 4 ' ': A segment needs a title",
        "Segment 4 ' ': A segment of 1:06:40 is longer than the 50:00 lesson",
        "Segment 4 ' ': appears twice (same lineage lin-Warm-up)",
    ]
    validate_plan(PLAN)


@given(plans, st.data())
def test_move_keeps_the_segments_and_the_total(
    plan: tuple[SegmentDraft, ...], data: st.DataObject
) -> None:
    if not plan:
        return
    src = data.draw(st.integers(0, len(plan) - 1))
    dst = data.draw(st.integers(0, len(plan) - 1))
    moved = move(plan, src, dst)
    assert Counter(moved) == Counter(plan)
    assert moved[dst] == plan[src]
    assert move(moved, dst, src) == plan
    slots = plan_schedule(moved)
    assert slots[-1].end == sum(s.planned_seconds for s in plan)
    assert [slot.seconds for slot in slots] == [s.planned_seconds for s in moved]


@given(plans, st.data())
def test_insert_then_remove_is_identity(
    plan: tuple[SegmentDraft, ...], data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(plan)))
    added = insert(plan, index, SegmentDraft.new("New", planned_seconds=30))
    assert len(added) == len(plan) + 1
    assert remove(added, index) == plan
