"""0005_photo_store both ways on a populated library: every byte moved, hash-checked.

The demo (plus a photo named by two teachings) is taken down to the revision before the
photo store, so its images are BLOBs in ``photo_data`` again; the photos folder is then
deleted, so the upgrade can only have taken the bytes from the database. Up again, each
photo's file holds exactly the bytes it had, shared bytes are one file, and the library
file shrinks. A downgrade with a file missing refuses and changes nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from lessonstudy.paths import resolve_location
from lessonstudy.services.photo_import import import_photo
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.storage.library import Library
from lessonstudy.storage.photo_store import FileStore
from lessonstudy.storage.schema import KNOWN_REVISIONS
from tests.photo_support import phone_photo
from tests.storage.test_migrations import _downgrade

REVISION = "0005_photo_store"
PREVIOUS = KNOWN_REVISIONS[KNOWN_REVISIONS.index(REVISION) - 1]


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _counts(db: Path) -> dict[str, int]:
    tables = [r[0] for r in _rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' "
                                      "AND name NOT IN ('alembic_version', 'photo_blobs')")]
    return {t: _rows(db, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


@pytest.fixture
def populated(tmp_path: Path, demo_library: Library) -> Path:
    """The demo plus one photo stored in two teachings, at the revision before the store."""
    picture = phone_photo(tmp_path, "shared.jpg", shade=5)
    for teaching in (1, 2):
        outcome = import_photo(demo_library, ImportTarget(teaching), picture)
        assert outcome.status is ImportStatus.IMPORTED
    demo_library.close()
    assert demo_library.location.db_path is not None
    return demo_library.location.db_path


def test_upgrade_moves_every_blob_out_and_downgrade_puts_it_back(populated: Path) -> None:
    db, photos = populated, populated.parent / "photos"
    at_head = dict(_rows(db, "SELECT photo_id, image_sha256 FROM photo_data"))
    assert len(at_head) == 5 and len(set(at_head.values())) == 4  # shared bytes: one name
    files_at_head = {p.name: p.read_bytes() for p in photos.rglob("*.jpg")}

    _downgrade(db, PREVIOUS)
    blobs = dict(_rows(db, "SELECT photo_id, image FROM photo_data"))
    assert {i: hashlib.sha256(b).hexdigest() for i, b in blobs.items()} == at_head
    assert "image_sha256" not in {r[1] for r in _rows(db, "PRAGMA table_info(photo_data)")}
    before = _counts(db)
    size_with_blobs = db.stat().st_size
    shutil.rmtree(photos)  # the upgrade must take every byte from the database

    library = Library.open(resolve_location(db.parent))  # upgrades (with a backup first)
    try:
        assert library.check().ok
    finally:
        library.close()
    assert dict(_rows(db, "SELECT photo_id, image_sha256 FROM photo_data")) == at_head
    assert {p.name: p.read_bytes() for p in photos.rglob("*.jpg")} == files_at_head
    assert "image" not in {r[1] for r in _rows(db, "PRAGMA table_info(photo_data)")}
    assert _counts(db) == before
    assert db.stat().st_size < size_with_blobs  # compacted: the BLOB pages are gone
    backups = list((db.parent / "backups").glob("library-*-before-upgrade-*.db"))
    assert len(backups) == 1


def test_a_downgrade_with_a_missing_file_refuses_and_changes_nothing(populated: Path) -> None:
    db = populated
    store = FileStore(db.parent / "photos")
    name = _rows(db, "SELECT image_sha256 FROM photo_data LIMIT 1")[0][0]
    store.path(name).unlink()
    schema = _rows(db, "SELECT sql FROM sqlite_master ORDER BY name")
    rows = _rows(db, "SELECT photo_id, image_sha256, thumbnail FROM photo_data")
    with pytest.raises(RuntimeError, match="cannot be moved back"):
        _downgrade(db, PREVIOUS)
    assert _rows(db, "SELECT version_num FROM alembic_version") == [(REVISION,)]
    assert _rows(db, "SELECT sql FROM sqlite_master ORDER BY name") == schema
    assert _rows(db, "SELECT photo_id, image_sha256, thumbnail FROM photo_data") == rows


def test_a_damaged_file_is_never_moved_back(populated: Path) -> None:
    db = populated
    store = FileStore(db.parent / "photos")
    name = _rows(db, "SELECT image_sha256 FROM photo_data LIMIT 1")[0][0]
    store.path(name).write_bytes(b"\xff\xd8 something else")
    with pytest.raises(RuntimeError, match="damaged"):
        _downgrade(db, PREVIOUS)
    assert _rows(db, "SELECT version_num FROM alembic_version") == [(REVISION,)]
