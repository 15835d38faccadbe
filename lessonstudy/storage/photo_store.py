"""Where photo bytes live: files named by their SHA-256 beside a SQLite library, rows on a server.

A school's library holds tens of thousands of photos. Kept as BLOBs inside
``library.db`` they made every backup, every pre-import copy and every integrity check
walk gigabytes. So a SQLite library keeps only metadata and thumbnails in the database
and the stored JPEGs in ``photos/ab/<sha256>.jpg`` beside it, the way the media folders
of Anki, calibre and Lightroom work:

- a file is named by the SHA-256 of its bytes, so the same bytes are stored once however
  many photos name them (one picture in 200 teachings is one file);
- a file is written to a temporary name, flushed to disk, renamed and its folder flushed
  *before* the row naming it commits, so a crash can leave an unused file (``check``
  reports it, ``check --repair`` removes it) but never a row without its file;
- files are never changed, so backups can share them (see ``photo_check``).

A server database (PostgreSQL) keeps the same bytes in its ``photo_blobs`` table behind the
same interface, so backups there stay the server's job. An in-memory SQLite database
(tests, tools) does the same.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import N_, _
from lessonstudy.storage.faults import DISK_FULL, is_disk_full

FOLDER_NAME = "photos"
SUFFIX = ".jpg"
_TEMP_PREFIX = ".partial-"

PHOTO_MISSING = N_("The photo file {name} is missing from the photos folder {folder}. "
                   "Run 'lessonstudy check' to see every missing photo; import the photo "
                   "again or restore the folder from a copy.")
PHOTO_DAMAGED = N_("The photo file {name} in {folder} is damaged (its contents changed). "
                   "Run 'lessonstudy check'; import the photo again or restore the file from "
                   "a copy.")
PHOTO_NOT_IN_DATABASE = N_("The stored photo {name} is missing from the database. Run "
                           "'lessonstudy check' and import the photo again.")


class PhotoUnavailableError(StorageError):
    """A photo's stored bytes are missing or damaged: reported, never a crash."""


def digest(data: bytes) -> str:
    """The name a photo's bytes are stored under: their SHA-256 in hex."""
    return hashlib.sha256(data).hexdigest()


def is_digest(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


class PhotoStore(Protocol):
    """Stored photo bytes by SHA-256: put before the row commits, get by name."""

    def put(self, session: Session | Connection, data: bytes) -> str:
        """Store ``data`` (a no-op when the same bytes are there) and return its name."""
        ...

    def get(self, session: Session | Connection, name: str) -> bytes:
        """The bytes stored as ``name``, checked; PhotoUnavailableError when gone or damaged."""
        ...


class FileStore:
    """``photos/ab/<sha256>.jpg`` files beside the library file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, name: str) -> Path:
        return self.root / name[:2] / f"{name}{SUFFIX}"

    def put(self, session: Session | Connection | None, data: bytes) -> str:
        name = digest(data)
        target = self.path(name)
        try:
            if self._intact(target, name, len(data)):
                os.utime(target)  # fresh again: check --repair spares recent files
                return name
            self._write(target, data)
        except OSError as exc:
            if is_disk_full(exc):
                raise StorageError(_(DISK_FULL)) from exc
            raise StorageError(
                _("The photo could not be written to the photos folder {folder}: {error}")
                .format(folder=self.root, error=exc.strerror or exc)) from exc
        return name

    def get(self, session: Session | Connection | None, name: str) -> bytes:
        target = self.path(name)
        try:
            data = target.read_bytes()
        except FileNotFoundError:
            raise PhotoUnavailableError(PHOTO_MISSING, name=target.name,
                                        folder=str(self.root)) from None
        except OSError as exc:
            raise PhotoUnavailableError(PHOTO_DAMAGED, name=target.name,
                                        folder=str(self.root)) from exc
        if digest(data) != name:
            raise PhotoUnavailableError(PHOTO_DAMAGED, name=target.name, folder=str(self.root))
        return data

    def names(self) -> Iterator[str]:
        """Every stored name found on disk (temporary files left by a crash excluded)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                stem = entry.name.removesuffix(SUFFIX)
                if entry.name.endswith(SUFFIX) and is_digest(stem):
                    yield stem

    def stats(self) -> dict[str, tuple[int, int]]:
        """Every stored name on disk with its size and modification time (nanoseconds)."""
        found: dict[str, tuple[int, int]] = {}
        if not self.root.is_dir():
            return found
        for folder in os.scandir(self.root):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in os.scandir(folder.path):
                stem = entry.name.removesuffix(SUFFIX)
                if entry.name.endswith(SUFFIX) and is_digest(stem):
                    info = entry.stat()
                    found[stem] = (info.st_size, info.st_mtime_ns)
        return found

    def partials(self) -> list[Path]:
        """Temporary files of writes that never finished (a crash mid-write)."""
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(f"??/{_TEMP_PREFIX}*"))

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    @staticmethod
    def _intact(target: Path, name: str, size: int) -> bool:
        """An existing file with the right bytes (a damaged one is written again)."""
        try:
            if target.stat().st_size != size:
                return False
        except FileNotFoundError:
            return False
        return digest(target.read_bytes()) == name

    def _write(self, target: Path, data: bytes) -> None:
        folder = target.parent
        new_folder = not folder.is_dir()
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f"{_TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _sync_folder(folder)
        if new_folder:
            _sync_folder(folder.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


class DatabaseStore:
    """Photo bytes in the ``photo_blobs`` table, in the caller's transaction (servers)."""

    def put(self, session: Session | Connection, data: bytes) -> str:
        from lessonstudy.storage.models import PhotoBlob

        name = digest(data)
        bind = session if isinstance(session, Connection) else session.get_bind()
        dialect = bind.dialect.name
        # Imported here: the PostgreSQL dialect and its drivers' modules cost ~40 ms at every
        # command's start, and only a server library stores bytes in rows.
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement: Any = pg_insert(PhotoBlob)
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            statement = sqlite_insert(PhotoBlob)
        if dialect == "postgresql":  # waits while check --repair removes unused bytes
            session.execute(text("LOCK TABLE photo_data IN ROW EXCLUSIVE MODE"))
        session.execute(statement.values(sha256=name, image=data)
                        .on_conflict_do_nothing(index_elements=["sha256"]))
        return name

    def get(self, session: Session | Connection, name: str) -> bytes:
        from lessonstudy.storage.models import PhotoBlob

        data = session.execute(select(PhotoBlob.image).where(PhotoBlob.sha256 == name)).scalar()
        if data is None:
            raise PhotoUnavailableError(PHOTO_NOT_IN_DATABASE, name=name[:12])
        data = bytes(data)
        if digest(data) != name:
            raise PhotoUnavailableError(PHOTO_NOT_IN_DATABASE, name=name[:12])
        return data


def folder_for(bind: Engine | Connection) -> Path | None:
    """The photos folder of a SQLite library file, or None (server or in-memory database)."""
    url = bind.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).resolve().parent / FOLDER_NAME


def store_for(bind: Engine | Connection) -> FileStore | DatabaseStore:
    """The store of the library behind ``bind``."""
    folder = folder_for(bind)
    return FileStore(folder) if folder is not None else DatabaseStore()


def of(session: Session) -> FileStore | DatabaseStore:
    """The store of the library ``session`` works on."""
    return store_for(session.get_bind())


def get_many(session: Session, names: Iterable[str]) -> dict[str, bytes]:
    """Stored bytes by name; missing or damaged ones are left out (printing skips them)."""
    store = of(session)
    found: dict[str, bytes] = {}
    for name in dict.fromkeys(names):
        try:
            found[name] = store.get(session, name)
        except PhotoUnavailableError:
            continue
    return found
