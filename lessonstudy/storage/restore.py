"""Putting a backup back: check it, keep the current library, then copy it in.

Backups are written but were never read back; a teacher whose library was damaged
(or who deleted the wrong lesson) needs the last good copy in place without
copying files by hand. The order matters for "nothing changed" on a refusal:

1. the backup is checked first (a SQLite file, undamaged, a Lesson Study library,
   not from a newer app version) and the folder must be writable;
2. the current library is backed up ("before-restore"), so a restore can be undone;
3. the backup's pages are copied into ``library.db`` with SQLite's online backup API
   (one transaction on the destination, never a file copy under an open WAL).

Photos: a library keeps its photo files in ``photos/`` beside ``library.db``, named by
their content and never rewritten, and ``check --repair`` keeps every file a kept backup
names, so a restored database finds every file it names; nothing in ``photos/`` is
deleted by a restore. The result counts any that are missing all the same (files
removed by hand, a backup brought from another folder).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lessonstudy.domain.errors import DatabaseTooNewError, StorageError
from lessonstudy.i18n import _
from lessonstudy.paths import LibraryLocation
from lessonstudy.storage import backup
from lessonstudy.storage.engine import BUSY_TIMEOUT_MS
from lessonstudy.storage.faults import glossed
from lessonstudy.storage.schema import KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class LibrarySummary:
    """What a library file holds, in the words a confirmation needs."""

    path: Path
    revision: str
    lessons: int
    teachings: int
    changed_at: datetime


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup is now the library, and where the old one went."""

    restored: LibrarySummary
    kept_backup: Path | None
    missing_photos: int = 0  # photo files the restored library names that photos/ lacks


def summarise_backup(path: Path) -> LibrarySummary:
    """Check ``path`` is a backup this version can restore; refuse it with a clear reason."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(_("There is no backup file at {path}.").format(path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise StorageError(_("{name} is not a Lesson Study backup (it is not a library "
                                 "file); nothing was changed.").format(name=path.name))
    try:
        return _read_summary(path)
    except sqlite3.DatabaseError as exc:
        raise StorageError(_("The backup {name} is damaged ({detail}); nothing was changed. "
                             "Choose an older backup.").format(name=path.name,
                                                               detail=glossed(str(exc)))
                           ) from exc


def _read_summary(path: Path) -> LibrarySummary:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise sqlite3.DatabaseError("; ".join(str(row[0]) for row in check[:3]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "lessons" not in tables:
            raise StorageError(_("{name} is not a Lesson Study backup; nothing was changed.")
                               .format(name=path.name))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else ""
        if revision not in KNOWN_REVISIONS:
            raise DatabaseTooNewError(_(
                "The backup {name} was made by a newer version of Lesson Study (schema "
                "{revision}); update Lesson Study to restore it. Nothing was changed."
            ).format(name=path.name, revision=revision))
        lessons = conn.execute("SELECT count(*) FROM lessons").fetchone()[0]
        teachings = conn.execute("SELECT count(*) FROM teachings").fetchone()[0]
    finally:
        conn.close()
    changed = datetime.fromtimestamp(path.stat().st_mtime)
    return LibrarySummary(path, revision, lessons, teachings, changed)


def summarise_library(location: LibraryLocation) -> LibrarySummary | None:
    """The current library as a confirmation describes it (None when there is none yet)."""
    db_path = _sqlite_path(location)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return _read_summary(db_path)
    except (sqlite3.DatabaseError, StorageError):  # damaged: exactly why one restores
        return LibrarySummary(db_path, "", -1, -1, datetime.fromtimestamp(db_path.stat().st_mtime))


def restore_backup(location: LibraryLocation, backup_path: Path) -> RestoreResult:
    """Replace the library at ``location`` with ``backup_path``, keeping the current one first."""
    db_path = _sqlite_path(location)
    summary = summarise_backup(Path(backup_path))
    if db_path.exists() and db_path.resolve() == summary.path.resolve():
        raise StorageError(_("{name} is the library itself, not a backup; nothing was changed.")
                           .format(name=summary.path.name))
    _require_writable(db_path)
    kept = _keep_current(location, db_path)
    try:
        _copy_in(summary.path, db_path)
    except sqlite3.Error as exc:
        raise StorageError(_(
            "The backup could not be put back ({detail}); the library was not changed."
        ).format(detail=exc)) from exc
    return RestoreResult(summary, kept, _missing_photos(db_path))


def _missing_photos(db_path: Path) -> int:
    """Photo files the restored library names that are not in ``photos/`` beside it.

    ``check --repair`` keeps every file a kept backup names, so this is 0 unless files
    were removed by hand or the backup came from another folder.
    """
    from lessonstudy.storage.photo_store import FOLDER_NAME, FileStore

    store = FileStore(db_path.parent / FOLDER_NAME)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(photo_data)")}
        if "image_sha256" not in columns:  # an older library: its photos are inside it
            return 0
        names = {row[0] for row in conn.execute("SELECT DISTINCT image_sha256 FROM photo_data")}
    finally:
        conn.close()
    return sum(1 for name in names if not store.path(name).is_file())


def _sqlite_path(location: LibraryLocation) -> Path:
    if location.db_path is None:
        raise StorageError(_("A server database is restored on the server (ask whoever runs "
                             "it); Lesson Study restores only library folders."))
    return location.db_path


def _require_writable(db_path: Path) -> None:
    folder = db_path.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        raise StorageError(_("The library folder {folder} is read-only, so the backup cannot "
                             "be put back; nothing was changed.").format(folder=folder))
    if db_path.exists() and not os.access(db_path, os.W_OK):
        raise StorageError(_("The library file {path} is read-only, so the backup cannot be "
                             "put back; nothing was changed.").format(path=db_path))


def _keep_current(location: LibraryLocation, db_path: Path) -> Path | None:
    """A backup of what is about to be replaced (a damaged file is kept as a plain copy)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return backup.make_backup(db_path, location.backup_dir, "before-restore")
    except StorageError:  # too damaged for the backup API: keep its bytes instead
        pass
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = location.backup_dir / f"damaged-{stamp}-library.db"
    try:
        location.backup_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_path, target)
    except OSError as exc:
        raise StorageError(_("A copy of the current library could not be kept in {folder} "
                             "({detail}); nothing was changed.").format(
                                 folder=location.backup_dir, detail=exc.strerror)) from exc
    return target


def _copy_in(source: Path, db_path: Path) -> None:
    """Copy every page of ``source`` into the library in one transaction, WAL and all.

    A library too damaged to be written through SQLite is replaced as a file instead
    (its copy was kept first), from a complete temporary file in the same folder.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy_pages(source, db_path)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(_("The library is in use by another program; close it and "
                                 "try again. Nothing was changed.")) from exc
        _replace_file(source, db_path)


def _copy_pages(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()


def _replace_file(source: Path, db_path: Path) -> None:
    partial = db_path.with_name(db_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        _copy_pages(source, partial)
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        partial.replace(db_path)
    finally:
        partial.unlink(missing_ok=True)
