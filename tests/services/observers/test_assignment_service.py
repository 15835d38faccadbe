"""Automatic assignment through the service: groups made, pins kept, balance, seeds, notes."""

from __future__ import annotations

from collections import Counter

import pytest

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services.assignment import (
    assign_automatically,
    redo_assignment,
    suggested_group_count,
    undo_assignment,
)
from lessonstudy.services.focus_areas import list_focus_areas
from lessonstudy.services.observer_groups import add_group
from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.services.observers import add_observer, load_board, move_observers
from lessonstudy.services.roster_import import import_roster
from lessonstudy.storage.library import Library
from tests.services.observers.support import membership, stored

RESEARCH = 2


def _roster(count: int, schools: int = 6, friends: int = 4) -> bytes:
    lines = ["name,school,role"]
    for n in range(count):
        role = "critical friend" if n < friends else "visitor"
        lines.append(f"Visitor {n:02d},School {n % schools},{role}")
    return ("\n".join(lines) + "\n").encode()


def _teaching_without_groups(demo_library: Library, count: int) -> int:
    """The rehearsal teaching (id 1) has no observers or groups in the demo."""
    import_roster(demo_library, 1, _roster(count))
    return 1


def test_groups_are_created_balanced_with_focus_areas(demo_library: Library) -> None:
    teaching = _teaching_without_groups(demo_library, 37)
    assert suggested_group_count(demo_library, teaching) == 4
    result = assign_automatically(demo_library, teaching, seed=3)
    assert result.created_groups == ("Group A", "Group B", "Group C", "Group D")
    assert sorted(size for _, size in result.sizes) == [9, 9, 9, 10]
    board = load_board(demo_library, teaching)
    assert [g.focus for g in board.groups] == [a.name for a in list_focus_areas(demo_library)]
    assert board.groups[0].prompts == list_focus_areas(demo_library)[0].prompts_text
    assert board.members(None) == []
    friends = Counter(p.group_id for p in board.observers if p.is_critical_friend)
    assert sorted(friends.values()) == [1, 1, 1, 1]
    assert result.moved == 37
    assert result.unmet and all("observers for 4 groups, so some groups have two" in note
                                for note in result.unmet)


def test_pinned_observers_stay_and_free_ones_fill_around_them(demo_library: Library) -> None:
    board = load_board(demo_library, RESEARCH)
    group_c = board.groups[2]
    pinned = [p.id for p in board.observers[:5]]
    move_observers(demo_library, pinned, group_c.id)
    result = assign_automatically(demo_library, RESEARCH, seed=1)
    after = load_board(demo_library, RESEARCH)
    assert all(p.group_id == group_c.id and p.pinned for p in after.observers if p.id in pinned)
    assert sorted(len(after.members(g.id)) for g in after.groups) == [8, 8, 8]
    assert result.created_groups == ()
    assert any("critical friend" in note for note in result.unmet)


def test_the_same_seed_gives_the_same_groups(demo_library: Library) -> None:
    teaching = _teaching_without_groups(demo_library, 30)
    first = assign_automatically(demo_library, teaching, groups=3, seed=7)
    split = membership(demo_library, teaching)
    undo_assignment(demo_library, first)
    assign_automatically(demo_library, teaching, groups=3, seed=7)
    assert membership(demo_library, teaching) == split
    undo_assignment(demo_library, first)
    assign_automatically(demo_library, teaching, groups=3, seed=8)
    assert membership(demo_library, teaching) != split


def test_unmet_explanations_are_returned(demo_library: Library) -> None:
    teaching = _teaching_without_groups(demo_library, 12)
    add_group(demo_library, teaching, GroupInput("Corner", capacity=2))
    result = assign_automatically(demo_library, teaching, groups=3, seed=0)
    assert result.created_groups == ("Group A", "Group B")
    assert dict(result.sizes)["Corner"] == 2
    assert result.unmet == ("Group 'Corner' has only 2 observers because that is its "
                            "capacity; the largest group has 5.",)


def test_undo_restores_everyone_and_removes_the_new_groups(demo_library: Library) -> None:
    teaching = _teaching_without_groups(demo_library, 25)
    before = stored(demo_library)
    result = assign_automatically(demo_library, teaching, groups=3, seed=0)
    assert membership(demo_library, teaching) != {}
    undo_assignment(demo_library, result)
    after = stored(demo_library)
    assert after["observer_groups"] == before["observer_groups"]
    assert [row[:3] for row in after["observers"]] == [row[:3] for row in before["observers"]]
    assert all(group is None for group, _ in membership(demo_library, teaching).values())


def test_asking_for_fewer_groups_than_exist_removes_none(demo_library: Library) -> None:
    result = assign_automatically(demo_library, RESEARCH, groups=2)
    assert len(result.sizes) == 3
    assert result.notes == ("The teaching already has 3 groups, more than the 2 asked for; "
                            "no group was removed.",)


@pytest.mark.parametrize(("groups", "message"), [(0, "at least 1"), (25, "more than the 24")])
def test_impossible_group_counts_are_refused(demo_library: Library, groups: int,
                                             message: str) -> None:
    before = stored(demo_library)
    with pytest.raises(ValidationError, match=message):
        assign_automatically(demo_library, RESEARCH, groups=groups)
    assert stored(demo_library) == before


def test_no_observers_is_explained(demo_library: Library) -> None:
    with pytest.raises(ValidationError, match="no observers"):
        assign_automatically(demo_library, 1)
    add_observer(demo_library, 1, ObserverInput("Only one"))
    assert assign_automatically(demo_library, 1).sizes == (("Group A", 1),)


def test_redo_after_undo_stores_the_same_split_with_the_same_ids(demo_library: Library) -> None:
    teaching = _teaching_without_groups(demo_library, 22)
    result = assign_automatically(demo_library, teaching, seed=2)
    split, placed = stored(demo_library), membership(demo_library, teaching)
    removed = undo_assignment(demo_library, result)
    assert [g.id for g in removed] == list(result.created_group_ids)
    redo_assignment(demo_library, result, removed)
    again = stored(demo_library)
    assert [r[:3] for r in again["observer_groups"]] == [r[:3] for r in split["observer_groups"]]
    assert membership(demo_library, teaching) == placed
