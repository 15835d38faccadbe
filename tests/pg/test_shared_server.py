"""The same library on SQLite and on a PostgreSQL server: migrations, round trip, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lessonstudy.domain.errors import ConflictError
from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.paths import LibraryLocation
from lessonstudy.services.demo import load_demo
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson
from tests.exchange.exchange_helpers import lesson_doc, photo_bytes


@pytest.fixture
def shared(any_location: LibraryLocation) -> Library:
    library = Library.open(any_location)
    yield library
    library.close()


def test_demo_exports_and_imports_on_either_database(shared: Library, demo_library: Library,
                                                     tmp_path: Path) -> None:
    bundle = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path

    first = import_bundle(shared, bundle)
    again = import_bundle(shared, bundle)

    assert first.added > 100 and (again.added, again.updated) == (0, 0)
    assert lesson_doc(shared) == lesson_doc(demo_library)
    assert photo_bytes(shared) == photo_bytes(demo_library)
    back = export_bundle(shared, "1", tmp_path / "back.lsb")  # and out again, from this database
    assert back.records == first.added and back.photos == 3


def test_reopening_an_existing_library_keeps_its_data(any_location: LibraryLocation) -> None:
    library = Library.open(any_location)
    load_demo(library)
    library.close()
    reopened = Library.open(any_location)
    try:
        assert load_demo(reopened).already_loaded
    finally:
        reopened.close()


def _title_and_version(library: Library) -> tuple[Lesson, int]:
    with library.unit_of_work() as session:
        lesson = session.scalars(select(Lesson)).one()
        return lesson, lesson.row_version


def test_two_sessions_editing_one_lesson_conflict_with_who_and_when(shared: Library) -> None:
    load_demo(shared)
    other_machine = Library.open(shared.location)
    try:
        mine, my_version = _title_and_version(shared)  # I open the lesson…
        with other_machine.unit_of_work() as session:  # …a colleague saves a change meanwhile
            theirs = session.scalars(select(Lesson)).one()
            theirs.title, theirs.updated_by = "Pythagoras (revised)", "ms.wong@staffroom-pc"

        mine.title = "My title"
        with pytest.raises(ConflictError) as caught, shared.unit_of_work() as session:
            session.merge(mine)  # saving my stale copy must not overwrite theirs
        assert caught.value.changed_by == "ms.wong@staffroom-pc"
        assert caught.value.changed_at.startswith("20")
        assert "ms.wong@staffroom-pc" in caught.value.message

        with pytest.raises(ConflictError), shared.unit_of_work() as session:
            check_row_version(session.get(Lesson, mine.id), my_version)
        with shared.unit_of_work() as session:
            assert session.get(Lesson, mine.id).title == "Pythagoras (revised)"
    finally:
        other_machine.close()


def test_interleaved_transactions_lose_nothing(shared: Library) -> None:
    if shared.engine.dialect.name == "sqlite":
        pytest.skip("SQLite serialises writers; the server case is the interesting one")
    load_demo(shared)
    other_machine = Library.open(shared.location)
    try:
        with pytest.raises(ConflictError) as caught, shared.unit_of_work() as session:
            mine = session.scalars(select(Lesson)).one()
            with other_machine.unit_of_work() as theirs_session:
                theirs = theirs_session.scalars(select(Lesson)).one()
                theirs.goals, theirs.updated_by = "Their goals", "mr.lee@lab-3"
            mine.goals = "My goals"
        assert caught.value.changed_by == "mr.lee@lab-3"
        with shared.unit_of_work() as session:
            assert session.scalars(select(Lesson.goals)).one() == "Their goals"
    finally:
        other_machine.close()
