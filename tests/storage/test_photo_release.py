"""Deleting a teaching or a lesson takes its photo files with it (not at the next repair).

The photos go through ON DELETE CASCADE, row by row inside the database; the files they
named are released once the delete committed, unless another photo or a kept backup
still names the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lessonstudy.services.photo_import import import_photo
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.storage import photo_check
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, Photo, PhotoData, Teaching
from lessonstudy.storage.photo_store import FileStore
from tests.photo_support import phone_photo

REHEARSAL, RESEARCH = 1, 2


def _files(library: Library) -> set[str]:
    store = library.photo_store
    assert isinstance(store, FileStore)
    return set(store.names())


def _names_of(library: Library, teaching: int) -> set[str]:
    with library.reading() as session:
        return set(session.scalars(select(PhotoData.image_sha256).join(
            Photo, Photo.id == PhotoData.photo_id).where(Photo.teaching_id == teaching)))


def _import(library: Library, path: Path, teaching: int) -> str:
    outcome = import_photo(library, ImportTarget(teaching), path)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    with library.reading() as session:
        return session.get_one(PhotoData, outcome.photo_id).image_sha256


def test_a_deleted_teaching_releases_the_files_only_it_named(
        demo_library: Library, tmp_path: Path) -> None:
    shared = _import(demo_library, phone_photo(tmp_path, "board.jpg"), REHEARSAL)
    assert _import(demo_library, phone_photo(tmp_path, "board.jpg"), RESEARCH) == shared
    own = _names_of(demo_library, RESEARCH) - {shared}
    assert own and own <= _files(demo_library)

    with demo_library.unit_of_work() as session:
        session.delete(session.get_one(Teaching, RESEARCH))

    files = _files(demo_library)
    assert not own & files  # gone with the teaching, not left for `check --repair`
    assert shared in files  # the rehearsal still shows it
    assert files == photo_check.library_names(demo_library.engine)
    assert demo_library.check().ok


def test_a_deleted_lesson_releases_every_file_of_its_teachings(demo_library: Library) -> None:
    assert _files(demo_library)
    with demo_library.unit_of_work() as session:
        session.delete(session.get_one(Lesson, 1))
        assert session.scalar(select(func.count()).select_from(Lesson)) == 0
    with demo_library.reading() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 0
    assert _files(demo_library) == set()
    assert demo_library.check().ok


def test_a_kept_backup_keeps_the_files_of_a_deleted_teaching(demo_library: Library) -> None:
    own = _names_of(demo_library, RESEARCH)
    demo_library.backup("manual")
    with demo_library.unit_of_work() as session:
        session.delete(session.get_one(Teaching, RESEARCH))
    assert own <= _files(demo_library)  # restoring the backup finds its photos
    assert demo_library.check().ok  # not "unused": the backup names them


def test_a_delete_that_rolls_back_releases_nothing(demo_library: Library) -> None:
    before = _files(demo_library)
    with pytest.raises(RuntimeError), demo_library.unit_of_work() as session:
        session.delete(session.get_one(Teaching, RESEARCH))
        session.flush()
        raise RuntimeError("the teacher's delete failed half-way")
    assert _files(demo_library) == before
    assert _names_of(demo_library, RESEARCH) and demo_library.check().ok
