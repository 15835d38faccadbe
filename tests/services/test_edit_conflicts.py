"""Two machines, one record: every edit service refuses a stale save and names who saved first."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from lessonstudy.domain.errors import ConflictError
from lessonstudy.services import actions, lessons, notes, photos
from lessonstudy.storage.library import Library
from tests.services.edit_conflicts_support import (
    CASES,
    MACHINE_A,
    MACHINE_B,
    TEACHING,
    EditCase,
    as_machine,
    check_two_machines,
)


@pytest.fixture
def other_machine(demo_library: Library) -> Iterator[Library]:
    """A second connection to the same library, as a colleague's computer would have."""
    other = Library.open(demo_library.location)
    yield other
    other.close()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_stale_save_is_refused_and_keep_mine_wins(demo_library: Library,
                                                   other_machine: Library,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   case: EditCase) -> None:
    check_two_machines(demo_library, other_machine, monkeypatch, case)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_without_an_expected_version_nothing_is_checked(demo_library: Library,
                                                       case: EditCase) -> None:
    case.save(demo_library, "Scripted change", None)
    assert case.load(demo_library)[0] == "Scripted change"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_saving_from_the_current_version_twice_in_a_row_works(demo_library: Library,
                                                              case: EditCase) -> None:
    case.save(demo_library, "First", case.load(demo_library)[1])
    case.save(demo_library, "Second", case.load(demo_library)[1])
    assert case.load(demo_library)[0] == "Second"


def test_a_members_only_change_still_moves_the_lesson_version(
        demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = lessons.load_lesson(demo_library, 1)
    as_machine(monkeypatch, MACHINE_B)
    lessons.update_lesson(demo_library, 1, dataclasses.replace(opened, members=opened.members[:1]),
                          opened.row_version)
    with pytest.raises(ConflictError, match=MACHINE_B):
        lessons.update_lesson(demo_library, 1, opened, opened.row_version)


def test_a_refused_note_edit_stores_nothing(demo_library: Library,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    note = notes.list_notes(demo_library, TEACHING)[0]
    as_machine(monkeypatch, MACHINE_B)
    notes.update_note(demo_library, note.id,
                      dataclasses.replace(note.fields, flagged=not note.flagged), note.row_version)
    stored = notes.list_notes(demo_library, TEACHING)[0]
    with pytest.raises(ConflictError):
        notes.update_note(demo_library, note.id, note.fields, note.row_version)
    assert notes.list_notes(demo_library, TEACHING)[0] == stored


# -- key ideas share the photo's revision ---------------------------------------------


def test_key_ideas_and_caption_share_the_photos_revision(demo_library: Library,
                                                         other_machine: Library,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened = photos.list_photos(demo_library, TEACHING)[0]  # machine A shows the photo
    as_machine(monkeypatch, MACHINE_B)
    theirs = photos.set_key_ideas(other_machine, opened.id, ("Their idea", *opened.key_ideas[1:]),
                                  opened.revision)
    assert theirs.revision != opened.revision
    as_machine(monkeypatch, MACHINE_A)
    with pytest.raises(ConflictError) as caught:  # A's caption edit from the same form
        photos.update_photo(demo_library, opened.id,
                            dataclasses.replace(opened.fields, caption="My caption"),
                            opened.revision)
    assert caught.value.changed_by == MACHINE_B
    assert caught.value.current_version == theirs.revision
    kept = photos.update_photo(demo_library, opened.id,  # "keep mine"
                               dataclasses.replace(opened.fields, caption="My caption"),
                               caught.value.current_version)
    assert (kept.caption, kept.key_ideas[0]) == ("My caption", "Their idea")


def test_storing_the_same_key_ideas_keeps_the_revision(demo_library: Library) -> None:
    photo = photos.list_photos(demo_library, TEACHING)[0]
    again = photos.set_key_ideas(demo_library, photo.id, photo.key_ideas, photo.revision)
    assert again.revision == photo.revision and again.key_ideas == photo.key_ideas
    cleared = photos.set_key_ideas(demo_library, photo.id, (), photo.revision)
    assert cleared.key_ideas == ("", "", "", "") and cleared.revision == photo.revision + 1


def test_a_refused_key_ideas_edit_stores_nothing(demo_library: Library,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    photo = photos.list_photos(demo_library, TEACHING)[0]
    as_machine(monkeypatch, MACHINE_B)
    photos.update_photo(demo_library, photo.id,
                        dataclasses.replace(photo.fields, caption="Their caption"),
                        photo.revision)
    with pytest.raises(ConflictError, match=MACHINE_B):
        photos.set_key_ideas(demo_library, photo.id, ("Mine",), photo.revision)
    assert photos.get_photo(demo_library, photo.id).key_ideas == photo.key_ideas


# -- undoing an action's status --------------------------------------------------------


def test_an_action_status_is_put_back_in_place_with_a_version_check(
        demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    before = actions.list_actions(demo_library, TEACHING)[0]
    dropped = actions.set_action_status(demo_library, before.id, "dropped", before.row_version)
    as_machine(monkeypatch, MACHINE_B)
    theirs = actions.set_action_status(demo_library, before.id, "open", dropped.row_version)
    as_machine(monkeypatch, MACHINE_A)
    with pytest.raises(ConflictError, match=MACHINE_B):  # my undo meets their change
        actions.restore_action_status(demo_library, before.id, before, dropped.row_version)
    undone = actions.restore_action_status(demo_library, before.id, before, theirs.row_version)
    assert (undone.id, undone.status, undone.closed_by_version_number) == (
        before.id, before.status, before.closed_by_version_number)
