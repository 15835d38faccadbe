"""Opening checks the file's header in constant time; reading every page waits for `check`.

``PRAGMA quick_check`` at every open cost 1.8 s on a 4.5 GB library (and before
every CLI command); a cut-short or foreign file must still be refused at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lessonstudy.domain.errors import StorageError
from lessonstudy.paths import resolve_location
from lessonstudy.storage import health
from lessonstudy.storage.library import Library


def _closed_library(data_dir: Path) -> Path:
    library = Library.open(resolve_location(data_dir))
    library.close()
    db = data_dir / "library.db"
    with sqlite3.connect(db) as conn:  # fold the log in, as a clean shutdown leaves it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def test_opening_never_reads_every_page(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _closed_library(data_dir)

    def every_page(_engine: object) -> None:
        raise AssertionError("quick_check ran while opening")

    monkeypatch.setattr(health, "quick_check", every_page)
    Library.open(resolve_location(data_dir)).close()


def test_a_file_cut_short_is_refused_at_open_and_kept(data_dir: Path) -> None:
    db = _closed_library(data_dir)
    whole = db.read_bytes()
    db.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StorageError, match="cut short"):
        Library.open(resolve_location(data_dir))
    assert db.read_bytes() == whole[: len(whole) // 2]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 20,
                                     b"PK\x03\x04" + b"\x00" * 200])
def test_a_file_without_a_database_header_cannot_be_read(data_dir: Path, content: bytes) -> None:
    db = data_dir / "library.db"
    db.write_bytes(content or b"\x00")
    with pytest.raises(StorageError, match="cannot be read"):
        Library.open(resolve_location(data_dir))


def test_damage_inside_the_file_is_found_by_check_not_at_open(data_dir: Path) -> None:
    db = _closed_library(data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
        conn.execute("CREATE INDEX filler_x ON filler (x)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'filler_x'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start + 8: start + 200] = b"\xff" * 192  # scribble over the index's root page
    db.write_bytes(bytes(data))
    library = Library.open(resolve_location(data_dir))
    try:
        report = library.check()
        assert not report.ok and report.problems[0].startswith("damaged")
        with pytest.raises(StorageError, match="damaged"):
            health.quick_check(library.engine)
    finally:
        library.close()
