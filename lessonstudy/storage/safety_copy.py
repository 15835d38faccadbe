"""The backup made before an import, copied while the import gets ready.

An import runs in one transaction, so a failed one leaves the library as it was; the
``…-before-import.db`` backup is there to take back an import that *succeeded*. It
used to be copied first, then the import started: on a 200-lesson library that copy
(a 190 MB database) was most of the import's time. Now the copy starts in a thread as
early as the caller can start it (the command line: before it even imports the
importer) and runs beside the reading and checking of the file. The import confirms it
inside its own transaction, holding the write lock, so the kept backup is exactly the
library as last committed before the import:

- if any other connection committed since the copy began (``PRAGMA data_version`` of
  the copying connection moved), or the copy failed, it is made again there and then;
- an import that changed nothing keeps no copy (there is nothing to take back), and
  nor does one that was refused or failed (the partial file is removed).

Server databases are backed up on the server: no copy is made for them.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from lessonstudy.storage import backup


class SafetyCopy:
    """A copy of the library being written in a thread, kept or dropped by the import."""

    def __init__(self, db_path: Path, backup_dir: Path, reason: str) -> None:
        self.db_path = db_path
        self.backup_dir = backup_dir
        self._target, self._partial = backup.new_names(backup_dir, reason)
        self._source: sqlite3.Connection | None = None
        self._version: int | None = None
        self._error: BaseException | None = None
        self._kept: Path | None = None
        self._done = False
        self._thread = threading.Thread(target=self._copy, name="safety-copy", daemon=True)

    def start(self) -> SafetyCopy:
        self._thread.start()
        return self

    def _copy(self) -> None:
        try:
            self._source = sqlite3.connect(self.db_path, check_same_thread=False)
            self._version = self._source.execute("PRAGMA data_version").fetchone()[0]
            backup._copy_online(self._source, self._partial)
        except BaseException as error:  # handed to keep(), which copies again or explains
            self._error = error

    def keep(self) -> Path:
        """The finished backup, made again now if the library changed since the copy began.

        Call it holding the library's write lock (inside the import's unit of work), so
        nothing can commit between the check and the import's own commit.
        """
        if self._kept is not None:
            return self._kept
        self._thread.join()
        try:
            if self._error is not None or self._changed_since():
                self._close_source()
                backup._copy_online(self.db_path, self._partial)
        except (sqlite3.Error, OSError) as exc:
            self._close_source()
            raise backup.failed(self.backup_dir, self._partial, exc) from exc
        self._close_source()
        self._kept = backup.finish(self._partial, self._target)
        self._done = True
        return self._kept

    def discard(self) -> None:
        """Nothing to take back (no change, refused or failed): remove the copy."""
        if self._done:
            return
        self._thread.join()
        self._close_source()
        self._partial.unlink(missing_ok=True)
        self._done = True

    def _changed_since(self) -> bool:
        if self._source is None or self._version is None:
            return True
        return bool(self._source.execute("PRAGMA data_version").fetchone()[0] != self._version)

    def _close_source(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None


_early: dict[Path, SafetyCopy] = {}


def start_early(db_path: Path | None, backup_dir: Path, reason: str) -> None:
    """Begin the copy for an import about to run in this process (a SQLite file only)."""
    if db_path is None or not db_path.is_file() or db_path.stat().st_size == 0:
        return
    key = db_path.resolve()
    if key not in _early:
        _early[key] = SafetyCopy(db_path, backup_dir, reason).start()


def for_import(db_path: Path | None, backup_dir: Path, reason: str) -> SafetyCopy | None:
    """The copy begun early for this library, or one begun now; None for a server."""
    if db_path is None:
        return None
    early = _early.pop(db_path.resolve(), None)
    return early if early is not None else SafetyCopy(db_path, backup_dir, reason).start()


def discard_early(db_path: Path | None) -> None:
    """An early copy no import took (the file was refused before storing): remove it."""
    if db_path is not None:
        early = _early.pop(db_path.resolve(), None)
        if early is not None:
            early.discard()
