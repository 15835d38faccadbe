"""Lesson details, a note and a segment list edited from two machines, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lessonstudy.paths import LibraryLocation
from lessonstudy.services.demo import load_demo
from lessonstudy.storage.library import Library
from tests.services.edit_conflicts_support import KEY_CASES, EditCase, check_two_machines


@pytest.fixture
def machines(any_location: LibraryLocation) -> Iterator[tuple[Library, Library]]:
    """Two connections to one library holding the demo: mine and a colleague's."""
    mine = Library.open(any_location)
    load_demo(mine)
    theirs = Library.open(any_location)
    yield mine, theirs
    theirs.close()
    mine.close()


@pytest.mark.parametrize("case", KEY_CASES, ids=[case.name for case in KEY_CASES])
def test_second_writer_is_told_who_saved_first(machines: tuple[Library, Library],
                                               monkeypatch: pytest.MonkeyPatch,
                                               case: EditCase) -> None:
    mine, theirs = machines
    check_two_machines(mine, theirs, monkeypatch, case)
