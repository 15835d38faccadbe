"""Online backups of the SQLite library, with retention.

Backups use SQLite's online backup API (never a file copy, which could catch a
half-written WAL) and are written to a temporary name first, so a backup file
that exists is always complete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import N_, _
from lessonstudy.storage.faults import DISK_FULL, is_disk_full

KEEP_LATEST = 10
#: What a read-only share, a locked USB stick or a folder without permission says.
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
KEEP_DAILY_DAYS = 7
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk and when it was made."""

    path: Path
    made_at: datetime


def make_backup(db_path: Path, backup_dir: Path, reason: str = "manual") -> Path:
    """Copy the live database into ``backup_dir`` and prune old backups."""
    if not db_path.exists():
        raise StorageError(N_("There is no library at {db_path} to back up."), db_path=db_path)
    target, partial = new_names(backup_dir, reason)
    try:
        _copy_online(db_path, partial)
    except (sqlite3.Error, OSError) as exc:
        raise failed(backup_dir, partial, exc) from exc
    return finish(partial, target)


def new_names(backup_dir: Path, reason: str) -> tuple[Path, Path]:
    """A new backup's final name and the temporary name it is written under.

    Raises StorageError when the folder cannot be made or written (a read-only share or
    USB stick, a full disk), before anything is copied.
    """
    stamp = datetime.now().strftime(_STAMP)
    target = backup_dir / f"library-{stamp}-{_safe(reason)}.db"
    partial = target.with_name(f"{target.stem}.{os.getpid()}.partial")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        remove_abandoned_partials(backup_dir)
    except OSError as exc:
        raise failed(backup_dir, partial, exc) from exc
    return target, partial


def finish(partial: Path, target: Path) -> Path:
    """Give a complete copy its final name, then apply the retention rule."""
    try:
        partial.replace(target)
    except OSError as exc:
        raise failed(target.parent, partial, exc) from exc
    prune(target.parent)
    return target


def failed(backup_dir: Path, partial: Path, exc: Exception) -> StorageError:
    """The one-line error for a backup that could not be written (its partial removed)."""
    with contextlib.suppress(OSError):  # a folder that cannot be written holds no partial
        partial.unlink(missing_ok=True)
    if is_disk_full(exc):
        return StorageError(_(DISK_FULL))
    if isinstance(exc, OSError) and exc.errno in _READ_ONLY:
        return StorageError(N_("Backups cannot be made in {backup_dir}: the folder is "
                               "read-only. Nothing was changed. Ask for permission to change "
                               "it, or copy the library folder somewhere you may write."),
                            backup_dir=backup_dir)
    return StorageError(N_("The backup could not be written to {backup_dir}: {exc}"),
                        backup_dir=backup_dir, exc=exc)


def remove_abandoned_partials(backup_dir: Path) -> list[Path]:
    """Delete half-written backups whose writer is gone (a backup killed mid-copy).

    A partial file carries its writer's process id; one whose process no longer
    runs will never be finished, and used to stay in the folder for ever.
    """
    removed: list[Path] = []
    for path in backup_dir.glob("*.partial"):
        pid = path.suffixes[-2].lstrip(".") if len(path.suffixes) >= 2 else ""
        if pid.isdigit() and _running(int(pid)):
            continue
        try:
            path.unlink(missing_ok=True)
        except OSError:  # still open by its writer (Windows): leave it
            continue
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would end the process there; keep it a while
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _copy_online(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy the library as last committed into ``target`` (a path or an open connection)."""
    src = sqlite3.connect(source) if isinstance(source, Path) else source
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        if src is not source:
            src.close()


def _safe(reason: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in reason)[:40] or "backup"


def backup_if_due(db_path: Path, backup_dir: Path, max_age: timedelta = timedelta(hours=24),
                  now: datetime | None = None) -> Path | None:
    """A "daily" backup when the newest one is older than ``max_age`` (or there is none)."""
    newest = list_backups(backup_dir)[:1] if backup_dir.exists() else []
    if newest and (now or datetime.now()) - newest[0].made_at < max_age:
        return None
    return make_backup(db_path, backup_dir, "daily")


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Backups found in ``backup_dir``, newest first."""
    found: list[BackupFile] = []
    for path in backup_dir.glob("library-*.db"):
        parts = path.stem.split("-")
        try:
            made = datetime.strptime("-".join(parts[1:4]), _STAMP)
        except ValueError:
            continue
        found.append(BackupFile(path, made))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backups_to_keep(backups: list[BackupFile], now: datetime | None = None) -> set[Path]:
    """The newest ``KEEP_LATEST`` plus the newest of each of the last ``KEEP_DAILY_DAYS`` days."""
    now = now or datetime.now()
    keep = {b.path for b in backups[:KEEP_LATEST]}
    seen_days: set[object] = set()
    for backup in backups:
        day = backup.made_at.date()
        if (now.date() - day).days < KEEP_DAILY_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    return keep


def prune(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the retention rule; returns what was removed."""
    backups = list_backups(backup_dir)
    keep = backups_to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
