"""Version comparison: matching by lineage, minimal moves, aligned rows, report lines."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from lessonstudy.domain.alignment import aligned_order, longest_common_order
from lessonstudy.domain.diff import ChangeKind, diff_versions
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.segments import SegmentDraft, insert, move, remove, replace_field


def draft(title: str, seconds: int = 300, kind: SegmentKind = SegmentKind.OTHER) -> SegmentDraft:
    return SegmentDraft(f"lin-{title}", title, kind, seconds)


V1 = (
    draft("Warm-up", 300, SegmentKind.PRESENTATION),
    draft("Whole-class Q&A", 420, SegmentKind.WHOLE_CLASS_QA),
    draft("Pair work: brainstorm", 20, SegmentKind.PAIR_WORK),
    draft("Group writing", 480, SegmentKind.IBOARD_WRITING),
    draft("Gallery walk", 600, SegmentKind.PEER_FEEDBACK),
    draft("Presentations", 900, SegmentKind.STUDENT_PRESENTATION),
)

plans = st.lists(st.integers(1, 900), min_size=1, max_size=10).map(
    lambda seconds: tuple(draft(f"S{i}", s) for i, s in enumerate(seconds))
)


def titles_by_kind(old: tuple[SegmentDraft, ...], new: tuple[SegmentDraft, ...]) -> dict:
    diff = diff_versions(old, new)
    return {kind: [c.title for c in diff.of_kind(kind)] for kind in ChangeKind}


def test_identical_versions_have_no_changes() -> None:
    diff = diff_versions(
        V1, V1, old_lesson={"title": "Fractions"}, new_lesson={"title": "Fractions"}
    )
    assert not diff.has_changes
    assert diff.describe() == []
    assert len(diff.of_kind(ChangeKind.UNCHANGED)) == len(V1)
    assert [row.new for row in diff.rows()] == list(V1)


def test_a_single_insertion_moves_nothing() -> None:
    new = insert(V1, 1, draft("Think time", 60, SegmentKind.INDIVIDUAL_WORK))
    found = titles_by_kind(V1, new)
    assert found[ChangeKind.ADDED] == ["Think time"]
    assert found[ChangeKind.MOVED] == []
    assert len(found[ChangeKind.UNCHANGED]) == len(V1)
    diff = diff_versions(V1, new)
    shifted = [row for row in diff.rows() if row.timing and row.timing.start_shifted]
    assert [row.title for row in shifted] == [s.title for s in V1[1:]]
    assert diff.describe() == [
        "Total planned time 45:20 → 46:20 (+1:00)",
        "Segment 'Think time' added at 2 (1:00)",
    ]


def test_moving_one_segment_marks_only_that_one() -> None:
    new = move(V1, 2, 4)
    diff = diff_versions(V1, new)
    assert [c.title for c in diff.of_kind(ChangeKind.MOVED)] == ["Pair work: brainstorm"]
    assert diff.describe() == ["Segment 'Pair work: brainstorm' moved from 3 to 5"]
    assert diff.total_delta == 0


def test_removed_segment_stays_beside_its_old_neighbour() -> None:
    new = insert(remove(V1, 2), 2, draft("Individual sketch", 120))
    rows = diff_versions(V1, new).rows()
    assert [
        (r.old.title if r.old else None, r.new.title if r.new else None) for r in rows[1:4]
    ] == [
        ("Whole-class Q&A", "Whole-class Q&A"),
        ("Pair work: brainstorm", None),
        (None, "Individual sketch"),
    ]
    assert rows[2].old_index == 2 and rows[2].new_index is None
    assert rows[2].kinds == {ChangeKind.REMOVED}


def test_field_and_timing_changes_are_matched_by_lineage() -> None:
    new = replace_field(V1, 3, "planned_seconds", "10:00")
    new = replace_field(new, 3, "title", "Group writing on iBoards")
    new = replace_field(new, 3, "evaluation", "Do all four key ideas appear?")
    new = replace_field(new, 1, "kind", SegmentKind.PAIR_WORK)
    diff = diff_versions(V1, new)
    writing = diff.rows()[3]
    assert writing.kinds == {ChangeKind.CHANGED, ChangeKind.RETIMED}
    assert writing.changed_fields == ("title", "evaluation", "planned_seconds")
    assert writing.timing is not None
    assert (writing.timing.old_seconds, writing.timing.new_seconds, writing.timing.delta) == (
        480,
        600,
        120,
    )
    assert diff.describe() == [
        "Total planned time 45:20 → 47:20 (+2:00)",
        "'Whole-class Q&A' kind Whole-class Q&A → Pair work",
        "Segment 'Group writing' renamed to 'Group writing on iBoards'",
        "'Group writing on iBoards' points to evaluate changed",
        "'Group writing on iBoards' planned time 8:00 → 10:00",
    ]


def test_lesson_fields_are_compared_when_both_given() -> None:
    old = {"title": "Fractions", "goals": "Compare fractions " * 5}
    new = {"title": "Fractions of a whole", "goals": "Order fractions " * 5, "unit": "Number"}
    diff = diff_versions(V1, V1, old_lesson=old, new_lesson=new)
    assert [c.field for c in diff.lesson_fields] == ["title", "goals", "unit"]
    assert diff.describe() == [
        "Lesson title 'Fractions' → 'Fractions of a whole'",
        "Lesson goals changed",
        "Lesson unit '' → 'Number'",
    ]
    assert diff_versions(V1, V1, old_lesson=old).lesson_fields == ()


def test_removed_and_everything_new() -> None:
    other = (draft("Only new", 60),)
    diff = diff_versions(V1, other)
    assert {c.title for c in diff.of_kind(ChangeKind.REMOVED)} == {s.title for s in V1}
    assert "Segment 'Warm-up' removed (was 1, 5:00)" in diff.describe()
    assert diff_versions((), ()).rows() == []


def test_duplicated_lineages_do_not_break_the_comparison() -> None:
    twin = dataclasses.replace(V1[0], title="Warm-up again")
    diff = diff_versions(V1, (*V1, twin))
    assert [c.title for c in diff.of_kind(ChangeKind.ADDED)] == ["Warm-up again"]


def test_alignment_on_its_own() -> None:
    assert longest_common_order("abcdef", "abdcef") in (list("abcef"), list("abdef"))
    assert longest_common_order("abc", "xyz") == []
    assert aligned_order("axbc", "abyc", longest_common_order("axbc", "abyc")) == list("axbyc")


@given(plans)
def test_diff_with_itself_has_no_changes(plan: tuple[SegmentDraft, ...]) -> None:
    diff = diff_versions(plan, plan)
    assert not diff.has_changes
    assert all(c.kinds == {ChangeKind.UNCHANGED} for c in diff.rows())


@given(plans, st.data())
def test_a_random_move_marks_only_the_moved_segment(
    plan: tuple[SegmentDraft, ...], data: st.DataObject
) -> None:
    src = data.draw(st.integers(0, len(plan) - 1))
    dst = data.draw(st.integers(0, len(plan) - 1))
    diff = diff_versions(plan, move(plan, src, dst))
    moved = [c.lineage for c in diff.of_kind(ChangeKind.MOVED)]
    if src == dst:
        assert moved == []
    elif abs(src - dst) == 1:  # a swap of neighbours: either one "moved"
        assert len(moved) == 1 and moved[0] in {plan[src].lineage, plan[dst].lineage}
    else:
        assert moved == [plan[src].lineage]
    assert not diff.of_kind(ChangeKind.ADDED) and not diff.of_kind(ChangeKind.REMOVED)
    assert diff.total_delta == 0


@given(plans, st.lists(st.integers(0, 20), min_size=1, max_size=5))
def test_random_insertions_are_added_and_nothing_moves(
    plan: tuple[SegmentDraft, ...], positions: list[int]
) -> None:
    new = plan
    for number, position in enumerate(positions):
        new = insert(new, min(position, len(new)), draft(f"New{number}", 45))
    diff = diff_versions(plan, new)
    assert {c.title for c in diff.of_kind(ChangeKind.ADDED)} == {
        f"New{n}" for n in range(len(positions))
    }
    assert diff.of_kind(ChangeKind.MOVED) == []
    assert [r.new for r in diff.rows()] == list(new)
    assert diff.total_delta == 45 * len(positions)


@given(plans, plans.map(lambda p: p[::-1]))
def test_rows_read_both_versions_in_order(
    old: tuple[SegmentDraft, ...], new: tuple[SegmentDraft, ...]
) -> None:
    rows = diff_versions(old, new).rows()
    assert [r.new for r in rows if r.new] == list(new)
    shared = {s.lineage for s in old} & {s.lineage for s in new}
    assert len(rows) == len(old) + len(new) - len(shared)
    left = [r.old for r in rows if r.old and not r.moved]
    assert left == [s for s in old if s in left]
