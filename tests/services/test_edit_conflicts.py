"""Two machines, one record: every edit service refuses a stale save and names who saved first."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from lessonstudy.domain.errors import ConflictError
from lessonstudy.services import lessons, notes
from lessonstudy.storage.library import Library
from tests.services.edit_conflicts_support import (
    CASES,
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
