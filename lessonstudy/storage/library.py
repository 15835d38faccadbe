"""Opening a library: check it, back it up, migrate it, hand out units of work.

This is the one object services receive. It owns the engine and the session
factory; every user action runs in ``library.unit_of_work()``, a single
transaction that commits on success and rolls back on any error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import N_, _
from lessonstudy.paths import LibraryLocation
from lessonstudy.storage import (
    backup,
    conflicts,
    health,
    migrate,
    photo_check,
    photo_release,
    photo_store,
    search_index,
)
from lessonstudy.storage.engine import DEFERRED_OPTION, make_engine
from lessonstudy.storage.faults import DISK_FULL, is_disk_full, plain_database_error
from lessonstudy.storage.lengths import check_lengths


class Library:
    """An open, migrated library (a SQLite file or a server database)."""

    def __init__(self, location: LibraryLocation, engine: Engine, *,
                 reads_only: bool = False) -> None:
        self.location = location
        self.engine = engine
        reader = engine.execution_options(**{DEFERRED_OPTION: True})
        read_only_file = bool(location.db_path and location.db_path.exists()
                              and not os.access(location.db_path, os.W_OK))
        # A command that only reads (list, plan, backup…) never takes the write lock, so
        # another program writing to the library does not make it wait and fail.
        self._sessions = sessionmaker(reader if read_only_file or reads_only else engine,
                                      expire_on_commit=False)
        self._read_sessions = sessionmaker(reader, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", check_lengths)
        event.listen(self._sessions, "before_flush", photo_release.note_deleted)

    @classmethod
    def open(cls, location: LibraryLocation, *, create: bool = True,
             reads_only: bool = False) -> Library:
        """Open (and if needed create or upgrade) the library at ``location``.

        ``reads_only``: the caller will only read (its units of work start deferred).
        """
        db_path = location.db_path
        existed = bool(db_path and db_path.exists() and db_path.stat().st_size > 0)
        if db_path is not None:
            if not existed and not create:
                raise StorageError(N_("There is no library at {db_path}."), db_path=db_path)
            _prepare_folder(db_path.parent)
        engine = make_engine(location.db_url)
        try:
            if existed and db_path is not None:
                health.header_check(db_path)  # constant time; quick_check runs on `check`
            _bring_to_head(location, engine, existed)
            search_index.ensure(engine)  # a table rebuild drops its search triggers
        except OperationalError as exc:
            engine.dispose()
            _refuse_if_read_only(db_path, exc)
            if is_disk_full(exc):
                raise StorageError(_(DISK_FULL)) from exc
            if "locked" in str(exc.orig):
                raise StorageError(_(health.BUSY)) from exc
            raise StorageError(
                N_("The library cannot be opened: {reason}"),
                reason=plain_database_error(exc)) from exc
        except Exception as exc:
            engine.dispose()
            if isinstance(exc.__cause__, OperationalError):  # quick_check could not even read
                _refuse_if_read_only(db_path, exc)
            raise
        return cls(location, engine, reads_only=reads_only)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back everything on error.

        Photo files named only by rows this transaction deleted (a lesson or teaching
        with its photos) are released once it has committed.
        """
        session = self._sessions()
        try:
            with session.begin():
                yield session
            released = photo_release.pending(session)
        except StaleDataError as exc:
            raise conflicts.conflict_from_stale(session, self.engine, exc) from exc
        except OperationalError as exc:
            if "locked" in str(exc):
                raise StorageError(_(health.BUSY)) from exc
            if "readonly" in str(exc):
                raise StorageError(self._read_only_message()) from exc
            if is_disk_full(exc):
                raise StorageError(_(DISK_FULL)) from exc
            raise
        finally:
            session.close()
        if released:  # committed; on failure the files stay for `check --repair` (it says so)
            with suppress(OSError, SQLAlchemyError, StorageError):
                self.release_photos(released)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that never takes the write lock (lists, trees, thumbnails)."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def _read_only_message(self) -> str:
        where = self.location.db_path or "the database"
        return (f"Nothing was changed: the library file {where} is read-only. Ask for "
                "permission to change it, or copy the library folder somewhere you may write.")

    def backup(self, reason: str = "manual") -> Path:
        """An online backup into ``<data-dir>/backups`` (SQLite libraries only)."""
        if self.location.db_path is None:
            raise StorageError(N_("Backups of a server database are made on the server."))
        return backup.make_backup(self.location.db_path, self.location.backup_dir, reason)

    def backup_if_due(self) -> Path | None:
        """The periodic backup: one a day while the library is in use (SQLite only)."""
        if self.location.db_path is None:
            return None
        return backup.backup_if_due(self.location.db_path, self.location.backup_dir)

    def check(self, *, full: bool = False,
              progress: photo_check.Progress | None = None) -> health.HealthReport:
        """The database's integrity and links, then both sides of the photo store.

        ``full`` hashes every photo file again, even those an earlier check found intact
        and that have not changed since (see ``photo_check.check_files``); on a server
        every stored picture is hashed. ``progress(done, total)`` is told ``(0, 0)``
        while the database is read (no count is known) and then how many photos of how
        many have been hashed.
        """
        if progress is not None:
            progress(0, 0)
        report = health.full_check(self.engine)
        store = self.photo_store
        reader = self.engine.execution_options(**{DEFERRED_OPTION: True})  # no write lock
        if isinstance(store, photo_store.FileStore):
            photos = photo_check.check_files(reader, store, self.location.backup_dir,
                                             full=full, progress=progress)
            photo_check.add_to(report, photos, store.root)
        else:
            photo_check.add_to(report, photo_check.check_rows(reader, progress), None)
        return report

    def remove_unused_photos(self) -> int:
        """``check --repair``: delete stored photos no row and no kept backup names."""
        store = self.photo_store
        if isinstance(store, photo_store.FileStore):
            removed = photo_check.collect_garbage(self.engine, store, self.location.backup_dir)
        else:
            removed = photo_check.collect_rows(self.engine)
        return len(removed)

    def release_photos(self, names: list[str]) -> list[str]:
        """Remove stored photos no photo row and no kept backup names (after a delete/edit).

        Returns the names removed.
        """
        return photo_release.release(self.engine, self.photo_store, self.location.backup_dir,
                                     names)

    @property
    def photo_store(self) -> photo_store.FileStore | photo_store.DatabaseStore:
        """Where this library's photo bytes live (files beside it, or server rows)."""
        return photo_store.store_for(self.engine)


def _refuse_if_read_only(db_path: Path | None, error: Exception) -> None:
    """Explain a library that failed to open because its file or folder cannot be written.

    SQLite in WAL mode writes ``library.db-wal`` and ``-shm`` next to the file even to
    read, so a read-only folder (a locked share, a write-protected USB stick) fails at once.
    """
    if db_path is None:
        return
    folder = db_path.parent
    if not os.access(folder, os.W_OK):
        raise StorageError(
            N_("The library folder {folder} is read-only: Lesson Study needs to write there "
               "even to read the library. Ask for permission to change the folder, or copy it "
               "somewhere you may write."), folder=folder
        ) from error
    if db_path.exists() and not os.access(db_path, os.W_OK):
        raise StorageError(
            N_("The library file {db_path} is read-only. Ask for permission to change it, or "
               "copy the library folder somewhere you may write."), db_path=db_path
        ) from error


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StorageError(N_("{folder} is a file, not a folder: choose a folder for the "
                              "library."),
                           folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            N_("The library folder {folder} cannot be created: {strerror}."),
            folder=folder, strerror=exc.strerror
        ) from exc


def _bring_to_head(location: LibraryLocation, engine: Engine, existed: bool) -> None:
    # Only reads: a deferred transaction, so opening waits for no other program's writing.
    with engine.connect().execution_options(**{DEFERRED_OPTION: True}) as conn:
        revision = migrate.current_revision(conn)
    if not migrate.needs_upgrade(revision):
        return
    if existed and revision is not None and location.db_path is not None:
        backup.make_backup(location.db_path, location.backup_dir, f"before-upgrade-{revision}")
    migrate.upgrade(engine)
