"""Restoring a backup: the current library is kept first; bad backups change nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from lessonstudy.domain.errors import DatabaseTooNewError, StorageError
from lessonstudy.paths import resolve_location
from lessonstudy.storage.backup import list_backups
from lessonstudy.storage.library import Library
from lessonstudy.storage.restore import restore_backup, summarise_backup, summarise_library
from tests.cli.clirun import run_cli


def _lessons(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM lessons").fetchone()[0])


def _digest(folder: Path) -> dict[str, str]:
    """Every file in the library folder with its content hash: 'nothing changed' made exact."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def backup_of_demo(demo_library: Library) -> Path:
    """A backup of the demo library, after which the library is emptied of lessons."""
    path = demo_library.backup("manual")
    with demo_library.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("DELETE FROM lessons")
    return path


def test_restore_puts_the_backup_back_and_keeps_the_current_library(
        demo_library: Library, backup_of_demo: Path) -> None:
    location = demo_library.location
    assert location.db_path is not None and _lessons(location.db_path) == 0

    result = restore_backup(location, backup_of_demo)

    assert _lessons(location.db_path) == 1
    assert result.restored.lessons == 1 and result.kept_backup is not None
    assert "before-restore" in result.kept_backup.name and _lessons(result.kept_backup) == 0
    assert result.kept_backup in {b.path for b in list_backups(location.backup_dir)}
    demo_library.close()
    reopened = Library.open(location)  # the restored file opens, in WAL mode, and is healthy
    assert reopened.check().ok
    with reopened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    reopened.close()


def test_summaries_say_what_is_replaced(demo_library: Library, backup_of_demo: Path) -> None:
    incoming = summarise_backup(backup_of_demo)
    current = summarise_library(demo_library.location)
    assert (incoming.lessons, incoming.teachings) == (1, 2)
    assert current is not None and current.lessons == 0


def test_restore_over_a_damaged_library_keeps_its_bytes(tmp_path: Path,
                                                        demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    demo_library.close()
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "library.db").write_bytes(b"this is not a database at all" * 100)
    location = resolve_location(folder)

    result = restore_backup(location, backup)

    assert _lessons(folder / "library.db") == 1
    assert result.kept_backup is not None
    assert result.kept_backup.read_bytes().startswith(b"this is not a database")


def test_restore_into_an_empty_folder_needs_no_safety_copy(tmp_path: Path,
                                                           demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    location = resolve_location(tmp_path / "new")
    result = restore_backup(location, backup)
    assert result.kept_backup is None and _lessons(tmp_path / "new" / "library.db") == 1


@pytest.mark.parametrize("make_bad, message", [
    (lambda p: p.write_bytes(b"PK\x03\x04 a zip, not a backup"), "not a Lesson Study backup"),
    (lambda p: None, "no backup file"),
])
def test_a_file_that_is_no_backup_is_refused(tmp_path: Path, demo_library: Library,
                                             make_bad, message: str) -> None:
    bad = tmp_path / "bad.db"
    make_bad(bad)
    folder = demo_library.location.data_dir
    before = _digest(folder)
    with pytest.raises(StorageError, match=message):
        restore_backup(demo_library.location, bad)
    assert _digest(folder) == before


def test_a_corrupt_backup_is_refused_and_nothing_changes(
        tmp_path: Path, demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    data = bytearray(backup.read_bytes())
    data[4096 * 3: 4096 * 6] = os.urandom(4096 * 3)  # scramble pages past the header
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(data))
    folder = demo_library.location.data_dir
    before = _digest(folder)
    with pytest.raises(StorageError, match="damaged"):
        restore_backup(demo_library.location, corrupt)
    assert _digest(folder) == before


def test_a_backup_from_a_newer_version_is_refused(tmp_path: Path, demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    folder = demo_library.location.data_dir
    before = _digest(folder)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        restore_backup(demo_library.location, backup)
    assert _digest(folder) == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write to read-only folders")
def test_a_read_only_library_folder_is_refused(tmp_path: Path, demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    folder = demo_library.location.data_dir
    before = _digest(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="read-only"):
            restore_backup(demo_library.location, backup)
    finally:
        folder.chmod(0o755)
    assert _digest(folder) == before


def test_the_library_itself_is_not_a_backup(demo_library: Library) -> None:
    assert demo_library.location.db_path is not None
    with pytest.raises(StorageError, match="library itself"):
        restore_backup(demo_library.location, demo_library.location.db_path)


def test_a_server_database_is_not_restored_here(tmp_path: Path, demo_library: Library) -> None:
    backup = demo_library.backup("manual")
    location = resolve_location(tmp_path, "postgresql+psycopg://teacher@server/lessonstudy")
    with pytest.raises(StorageError, match="server"):
        restore_backup(location, backup)


def test_cli_restore_and_its_refusals(tmp_path: Path, demo_library: Library,
                                      backup_of_demo: Path) -> None:
    folder = demo_library.location.data_dir
    demo_library.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(backup_of_demo.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = _digest(folder)
    refused = run_cli("--data-dir", folder, "restore", newer)
    assert refused.code == 1 and refused.out == ""
    assert len(refused.err.strip().splitlines()) == 1 and "newer version" in refused.err
    assert _digest(folder) == before

    done = run_cli("--data-dir", folder, "restore", backup_of_demo)
    assert done.code == 0, done.err
    assert "Restored" in done.out and "kept as" in done.out
    listing = run_cli("--data-dir", folder, "list")
    assert "發現畢氏定理" in listing.out


def test_an_unwritable_folder_is_refused_even_for_root(
        monkeypatch: pytest.MonkeyPatch, demo_library: Library) -> None:
    """The permission check itself, with os.access answering as for a teacher's account."""
    from lessonstudy.storage import restore

    backup = demo_library.backup("manual")
    folder = demo_library.location.data_dir
    monkeypatch.setattr(restore.os, "access", lambda path, mode: Path(path) != folder)
    before = _digest(folder)
    with pytest.raises(StorageError, match="read-only"):
        restore_backup(demo_library.location, backup)
    assert _digest(folder) == before


@pytest.mark.parametrize(("language", "meaning"), [("zh-HK", "檔案已損壞"), ("zh-CN", "文件已损坏"),
                                                   ("ja", "ファイルが壊れています")])
def test_sqlites_own_words_are_glossed_in_the_readers_language(
        tmp_path: Path, demo_library: Library, language: str, meaning: str) -> None:
    """"(database disk image is malformed)" alone means nothing to a teacher in ja or zh."""
    from lessonstudy.i18n import using_language

    backup = demo_library.backup("manual")
    data = bytearray(backup.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\x00\xff" * (4096 * 3 // 2)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(data))
    with using_language(language), pytest.raises(StorageError) as caught:
        summarise_backup(corrupt)
    with using_language(language):
        text = str(caught.value)
    assert meaning in text, text
    assert "nothing was changed" not in text
