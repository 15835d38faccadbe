"""Groups and observers of a teaching: add, edit, move, pin, remove and bring back."""

from __future__ import annotations

import pytest

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services.observer_groups import (
    add_group,
    next_group_names,
    remove_group,
    restore_group,
    update_group,
)
from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.services.observers import (
    add_observer,
    load_board,
    move_observers,
    remove_observer,
    restore_observer,
    restore_placements,
    set_pinned,
    update_observer,
)
from lessonstudy.storage.library import Library
from tests.services.observers.support import membership, stored

RESEARCH = 2


def test_the_demo_board_by_id_and_by_lesson_title(demo_library: Library) -> None:
    board = load_board(demo_library, "Discovering Pythagoras' theorem 發現畢氏定理")
    assert board.teaching_id == RESEARCH and board.teaching_kind == "research"
    assert [g.name for g in board.groups] == ["Group A", "Group B", "Group C"]
    assert [len(board.members(g.id)) for g in board.groups] == [8, 8, 8]
    assert board.members(None) == []
    anna = board.observers[0]
    assert anna.name == "Dr Anna Leung 梁安娜" and anna.is_critical_friend


def test_add_edit_and_remove_an_observer(demo_library: Library) -> None:
    group = load_board(demo_library, RESEARCH).groups[1]
    new_id = add_observer(demo_library, RESEARCH, ObserverInput(
        " 陳大文 ", "沙田學院", ObserverRole.RECORDER), group.id)
    person = next(p for p in load_board(demo_library, RESEARCH).observers if p.id == new_id)
    assert (person.name, person.school, person.role) == ("陳大文", "沙田學院",
                                                         ObserverRole.RECORDER)
    assert (person.group_id, person.pinned) == (group.id, True)
    edit = update_observer(demo_library, new_id, ObserverInput("Chan Tai Man", "", "timekeeper"))
    assert edit.before.name == "陳大文" and edit.after.name == "Chan Tai Man"
    assert edit.after.row_version == person.row_version + 1
    removed = remove_observer(demo_library, new_id)
    assert new_id not in {p.id for p in load_board(demo_library, RESEARCH).observers}
    restore_observer(demo_library, removed)
    again = next(p for p in load_board(demo_library, RESEARCH).observers if p.id == new_id)
    assert (again.name, again.role, again.group_id, again.pinned) == (
        "Chan Tai Man", ObserverRole.TIMEKEEPER, group.id, True)


def test_moving_by_hand_pins_and_unassigning_unpins(demo_library: Library) -> None:
    board = load_board(demo_library, RESEARCH)
    a, c = board.groups[0], board.groups[2]
    anna = board.observers[0]
    before = move_observers(demo_library, [anna.id], c.id)
    assert membership(demo_library, RESEARCH)[anna.name] == ("Group C", True)
    move_observers(demo_library, [anna.id], None)
    assert membership(demo_library, RESEARCH)[anna.name] == (None, False)
    restore_placements(demo_library, before)
    assert membership(demo_library, RESEARCH)[anna.name] == (a.name, False)
    set_pinned(demo_library, [anna.id], True)
    assert membership(demo_library, RESEARCH)[anna.name] == (a.name, True)


def test_moving_into_another_teachings_group_is_refused(demo_library: Library) -> None:
    other_teaching_group = add_group(demo_library, 1, GroupInput("Rehearsal group"))
    before = stored(demo_library)
    anna = load_board(demo_library, RESEARCH).observers[0]
    with pytest.raises(NotFoundError, match="no observer group"):
        move_observers(demo_library, [anna.id], other_teaching_group)
    assert stored(demo_library) == before


def test_group_rules_list_every_problem_and_store_nothing(demo_library: Library) -> None:
    before = stored(demo_library)
    with pytest.raises(ValidationError) as caught:
        add_group(demo_library, RESEARCH, GroupInput("group a", capacity=0))
    assert caught.value.problems == [
        "the capacity must be between 1 and 500, or empty for no limit",
        "this teaching already has a group called 'Group A'",
    ]
    with pytest.raises(ValidationError, match="needs a name"):
        update_group(demo_library, RESEARCH, load_board(demo_library, RESEARCH).groups[0].id,
                     GroupInput("   "))
    assert stored(demo_library) == before


def test_edit_a_group_and_get_the_old_details_back(demo_library: Library) -> None:
    group = load_board(demo_library, RESEARCH).groups[0]
    edit = update_group(demo_library, RESEARCH, group.id, GroupInput(
        "甲組 Group A", "Case pupils", "Watch pupil A\nWatch pupil B", "Ms Ho", 6))
    old = edit.before
    assert old.name == "Group A" and old.capacity == 10
    assert edit.after.row_version == group.row_version + 1
    changed = load_board(demo_library, RESEARCH).group(group.id)
    assert changed is not None
    assert (changed.name, changed.prompts, changed.convenor, changed.capacity) == (
        "甲組 Group A", "Watch pupil A\nWatch pupil B", "Ms Ho", 6)


def test_a_group_with_open_class_records_cannot_be_removed(demo_library: Library) -> None:
    before = stored(demo_library)
    group = load_board(demo_library, RESEARCH).groups[0]
    with pytest.raises(ValidationError, match=r"Group A already has .*observation notes?.* "
                                              r"cannot be removed"):
        remove_group(demo_library, RESEARCH, group.id)
    assert stored(demo_library) == before


def test_remove_a_new_group_then_bring_it_back_with_its_members(demo_library: Library) -> None:
    group_id = add_group(demo_library, RESEARCH, GroupInput("Group D", capacity=4))
    board = load_board(demo_library, RESEARCH)
    ids = [p.id for p in board.observers[:3]]
    move_observers(demo_library, ids, group_id)
    removed = remove_group(demo_library, RESEARCH, group_id)
    after = load_board(demo_library, RESEARCH)
    assert after.group(group_id) is None
    assert [(p.group_id, p.pinned) for p in after.observers[:3]] == [(None, False)] * 3
    restore_group(demo_library, removed)
    back = load_board(demo_library, RESEARCH)
    assert back.group(group_id) is not None and back.group(group_id).capacity == 4
    assert [(p.group_id, p.pinned) for p in back.observers[:3]] == [(group_id, True)] * 3


def test_new_group_names_skip_the_taken_ones() -> None:
    assert next_group_names(["Group A", "group c"], 3) == ["Group B", "Group D", "Group E"]
    assert next_group_names([f"Group {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"], 2) == [
        "Group 27", "Group 28"]
