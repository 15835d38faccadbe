"""The focus-area library: seeded once, edited, reused by groups as a copy."""

from __future__ import annotations

import pytest

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services.focus_areas import (
    DEFAULT_FOCUS_AREAS,
    add_focus_area,
    ensure_default_focus_areas,
    list_focus_areas,
    remove_focus_area,
    update_focus_area,
)
from lessonstudy.services.observer_groups import add_group
from lessonstudy.services.observer_records import GroupInput
from lessonstudy.services.observers import load_board
from lessonstudy.storage.library import Library
from tests.services.observers.support import stored


def test_an_empty_library_gets_the_four_defaults_once(library: Library) -> None:
    areas = list_focus_areas(library)
    assert [a.name for a in areas] == [
        "Objectives and learning guides / workbooks",
        "Teaching strategies and student participation",
        "Student thinking and misconceptions",
        "Case pupils",
    ]
    assert all(2 <= len(a.prompts) <= 4 for a in areas)
    assert ensure_default_focus_areas(library) is False
    assert len(list_focus_areas(library)) == len(DEFAULT_FOCUS_AREAS)


def test_add_edit_and_remove_a_focus_area(library: Library) -> None:
    area = add_focus_area(library, "  Use of  iBoards ", "Who writes?\n\n  Who talks? \n")
    assert (area.name, area.prompts) == ("Use of iBoards", ("Who writes?", "Who talks?"))
    assert [a.id for a in list_focus_areas(library)][-1] == area.id
    assert len(list_focus_areas(library)) == len(DEFAULT_FOCUS_AREAS) + 1
    changed = update_focus_area(library, area.id, "iBoards 電子白板", "Who holds the pen?")
    assert (changed.name, changed.prompts) == ("iBoards 電子白板", ("Who holds the pen?",))
    remove_focus_area(library, area.id)
    assert [a.name for a in list_focus_areas(library)] == [n for n, _ in DEFAULT_FOCUS_AREAS]


@pytest.mark.parametrize(("name", "message"), [
    ("", "needs a name"),
    ("case PUPILS", "already a focus area called 'Case pupils'"),
    ("x" * 201, "at most 200"),
])
def test_bad_focus_area_names_are_refused_and_nothing_changes(
        library: Library, name: str, message: str) -> None:
    list_focus_areas(library)
    before = stored(library)
    with pytest.raises(ValidationError, match=message):
        add_focus_area(library, name, "A prompt")
    first = list_focus_areas(library)[0]
    with pytest.raises(ValidationError, match=message):
        update_focus_area(library, first.id, name, "A prompt")
    assert stored(library) == before


def test_editing_or_removing_never_touches_the_copy_a_group_made(demo_library: Library) -> None:
    area = list_focus_areas(demo_library)[1]
    group_id = add_group(demo_library, 2, GroupInput(
        "Group D", area.name, area.prompts_text, focus_area_id=area.id))
    update_focus_area(demo_library, area.id, "Participation", "Only this prompt")
    remove_focus_area(demo_library, area.id)
    group = load_board(demo_library, 2).group(group_id)
    assert group is not None
    assert (group.focus, group.prompts) == (area.name, area.prompts_text)
    assert group.focus_area_id is None
    with pytest.raises(NotFoundError):
        update_focus_area(demo_library, area.id, "Again", "")
