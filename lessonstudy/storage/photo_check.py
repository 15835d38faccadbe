"""Both sides of the photo store checked: rows without their file, files without a row.

``lessonstudy check`` lists photo files that are missing (a row names them, the disk does
not have them), damaged (their bytes no longer hash to their name) and unused (no row of
the library and no kept backup names them: left by a crash between writing a file and
committing its row, or by a photo that was deleted or edited). ``check --repair`` removes
the unused ones. Deletes and edits release their files at once (``photo_release``);
nothing else ever deletes a photo file (docs/photos.md).

Backups copy only the small database and share the photo files: a file is kept as long as
any backup in ``backups/`` names it, so restoring any kept backup finds its photos. A
backup that cannot be read stops the clean-up (it might name any file), as do files
written in the last ``GRACE`` (an import may be about to commit the row naming them).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from lessonstudy.i18n import _, ngettext
from lessonstudy.storage import backup
from lessonstudy.storage.health import HealthReport
from lessonstudy.storage.photo_store import FileStore, digest

GRACE = timedelta(minutes=10)
Progress = Callable[[int, int], None]  # (photos hashed, photos to hash)
_NAMES_SQL = "SELECT DISTINCT image_sha256 FROM photo_data"


@dataclass
class PhotoReport:
    """What the photo side of ``check`` found (names are SHA-256 hex)."""

    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
    partials: list[Path] = field(default_factory=list)
    kept_for_backups: int = 0
    files: int = 0
    unreadable_backups: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.damaged or self.unused or self.partials)


def library_names(engine: Engine) -> set[str]:
    """Every stored name a photo row of the library points at."""
    with engine.connect() as conn:
        return {row[0] for row in conn.execute(text(_NAMES_SQL))}


def backup_names(backup_dir: Path) -> tuple[set[str], list[Path]]:
    """Names the kept backups point at, and the backups that could not be read.

    A backup made before the photo store (its photos inside it) names no files.
    """
    names: set[str] = set()
    unreadable: list[Path] = []
    if not backup_dir.is_dir():
        return names, unreadable
    for kept in backup.list_backups(backup_dir):
        try:
            conn = sqlite3.connect(f"file:{kept.path}?mode=ro", uri=True)
            try:
                columns = {row[1] for row in conn.execute("PRAGMA table_info(photo_data)")}
                if "image_sha256" in columns:
                    names.update(row[0] for row in conn.execute(_NAMES_SQL))
            finally:
                conn.close()
        except sqlite3.Error:
            unreadable.append(kept.path)
    return names, unreadable


def check_files(engine: Engine, store: FileStore, backup_dir: Path, *, full: bool = False,
                workers: int = 2, progress: Progress | None = None) -> PhotoReport:
    """Compare the rows with the files, hashing every file the library or a backup needs.

    A file hashed intact by an earlier check, and unchanged since (same size and
    modification time, listed in ``photos/.checked``), is not read again unless ``full``:
    a 200-lesson library holds 4 GB of photos. ``full`` (``check --full``) reads every
    byte, for damage that leaves a file's size and time alone (a failing disk).
    """
    report = PhotoReport()
    wanted = library_names(engine)
    by_backups, report.unreadable_backups = backup_names(backup_dir)
    on_disk = store.stats()
    names = set(on_disk)
    report.files = len(names)
    report.missing = sorted(wanted - names)
    report.unused = sorted(names - wanted - by_backups)
    report.kept_for_backups = len((names & by_backups) - wanted)
    report.partials = store.partials()
    checked = {} if full else _read_checked(store)
    needed = sorted(names & (wanted | by_backups))
    to_hash = [name for name in needed if checked.get(name) != on_disk[name]]
    intact: list[bool] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:  # hashlib lets go of the GIL
        for verdict in pool.map(lambda name: _intact(store, name), to_hash, chunksize=64):
            intact.append(verdict)
            if progress is not None and (len(intact) % 64 == 0 or len(intact) == len(to_hash)):
                progress(len(intact), len(to_hash))
    report.damaged = [name for name, ok in zip(to_hash, intact, strict=True) if not ok]
    damaged = set(report.damaged)
    _write_checked(store, {name: on_disk[name] for name in needed if name not in damaged})
    return report


_CHECKED = ".checked"


def _read_checked(store: FileStore) -> dict[str, tuple[int, int]]:
    try:
        lines = (store.root / _CHECKED).read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    checked: dict[str, tuple[int, int]] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            checked[parts[0]] = (int(parts[1]), int(parts[2]))
    return checked


def _write_checked(store: FileStore, checked: dict[str, tuple[int, int]]) -> None:
    """Remember what was found intact; a read-only folder just means hashing again next time."""
    if not store.root.is_dir():
        return
    temp = store.root / f"{_CHECKED}.{os.getpid()}"
    try:
        temp.write_text("".join(f"{name} {size} {mtime}\n"
                                for name, (size, mtime) in sorted(checked.items())),
                        encoding="ascii")
        temp.replace(store.root / _CHECKED)
    except OSError:
        temp.unlink(missing_ok=True)


def _intact(store: FileStore, name: str) -> bool:
    try:
        return digest(store.path(name).read_bytes()) == name
    except OSError:
        return False


def collect_garbage(engine: Engine, store: FileStore, backup_dir: Path, *,
                    grace: timedelta = GRACE) -> list[str]:
    """Delete photo files no row and no kept backup names; returns the names removed.

    Runs holding the library's write lock, so no import can commit a row naming a
    file between the moment the names are read and the moment files go; files (and
    partial files) touched within ``grace`` are left for a later clean-up as well.
    """
    by_backups, unreadable = backup_names(backup_dir)
    if unreadable:
        return []
    removed: list[str] = []
    cutoff = time.time() - grace.total_seconds()
    # engine.begin() starts with BEGIN IMMEDIATE (storage/engine.py): the write lock.
    with engine.begin() as conn:
        wanted = {row[0] for row in conn.execute(text(_NAMES_SQL))}
        for name in sorted(set(store.names()) - wanted - by_backups):
            if _older_than(store.path(name), cutoff):
                store.remove(name)
                removed.append(name)
        for partial in store.partials():
            if _older_than(partial, cutoff):
                partial.unlink(missing_ok=True)
    return removed


def _older_than(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except FileNotFoundError:
        return False


def describe(names: Iterable[str], limit: int = 5) -> str:
    """A few names for a line of the report ("ab12cd34…, …")."""
    items = list(names)
    shown = ", ".join(f"{n[:12]}…" for n in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def check_rows(engine: Engine, progress: Progress | None = None) -> PhotoReport:
    """The same comparison for a server database: names without bytes, bytes without a row,
    and bytes that no longer hash to their name."""
    report = PhotoReport()
    with engine.connect() as conn:
        report.missing = [row[0] for row in conn.execute(text(
            "SELECT DISTINCT d.image_sha256 FROM photo_data d WHERE NOT EXISTS "
            "(SELECT 1 FROM photo_blobs b WHERE b.sha256 = d.image_sha256)"))]
        report.unused = [row[0] for row in conn.execute(text(
            "SELECT b.sha256 FROM photo_blobs b WHERE NOT EXISTS "
            "(SELECT 1 FROM photo_data d WHERE d.image_sha256 = b.sha256)"))]
        report.files = conn.execute(text("SELECT count(*) FROM photo_blobs")).scalar_one()
        conn.rollback()
        report.damaged = _damaged_rows(conn, report.files, progress)
    return report


ROWS_PER_BATCH = 64  # stored pictures hashed per query (a few MB each)


def _damaged_rows(conn: Connection, total: int, progress: Progress | None) -> list[str]:
    """Names whose stored bytes no longer hash to them, read a batch at a time.

    PostgreSQL hashes on the server (``sha256(bytea)``), so only names and verdicts
    travel; elsewhere (an in-memory SQLite library) the bytes are hashed here. Each
    batch is its own short read, so a check of gigabytes holds no snapshot for long
    and memory stays at one batch.
    """
    on_server = conn.dialect.name == "postgresql"
    query = text(
        "SELECT sha256, encode(sha256(image), 'hex') = sha256 FROM photo_blobs "
        "WHERE sha256 > :after ORDER BY sha256 LIMIT :n" if on_server else
        "SELECT sha256, image FROM photo_blobs WHERE sha256 > :after ORDER BY sha256 LIMIT :n")
    damaged: list[str] = []
    after, done = "", 0
    while True:
        rows = conn.execute(query, {"after": after, "n": ROWS_PER_BATCH}).all()
        conn.rollback()
        if not rows:
            return damaged
        for name, verdict in rows:
            intact = verdict if on_server else digest(bytes(verdict)) == name
            if not intact:
                damaged.append(name)
        after, done = rows[-1][0], done + len(rows)
        if progress is not None:
            progress(done, total)


def collect_rows(engine: Engine) -> list[str]:
    """Delete stored bytes no photo row names (server database).

    ``SHARE`` mode waits for every transaction that is adding photo rows and keeps new
    ones out until the delete commits; the store's ``put`` takes the conflicting ``ROW
    EXCLUSIVE`` lock before it relies on bytes already stored.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("LOCK TABLE photo_data IN SHARE MODE"))
        removed = conn.execute(text(
            "DELETE FROM photo_blobs WHERE NOT EXISTS "
            "(SELECT 1 FROM photo_data d WHERE d.image_sha256 = photo_blobs.sha256) "
            "RETURNING sha256")).scalars().all()
    return list(removed)


def add_to(health_report: HealthReport, photos: PhotoReport, folder: Path | None) -> None:
    """The photo findings as lines of ``check``'s report, with how to repair each."""
    where = str(folder) if folder is not None else _("the database")
    before = len(health_report.problems)
    health_report.checked.append(ngettext("{count} stored photo", "{count} stored photos",
                                          photos.files).format(count=photos.files))
    if photos.missing:
        health_report.problems.append(ngettext(
            "{count} photo file is missing from {folder}: {names}",
            "{count} photo files are missing from {folder}: {names}", len(photos.missing),
        ).format(count=len(photos.missing), folder=where, names=describe(photos.missing)))
    if photos.damaged:
        health_report.problems.append(ngettext(
            "{count} photo file is damaged (its contents changed): {names}",
            "{count} photo files are damaged (their contents changed): {names}",
            len(photos.damaged),
        ).format(count=len(photos.damaged), names=describe(photos.damaged)))
    if (photos.missing or photos.damaged) and folder is None:  # a server: no files to put back
        health_report.advice.append(_(
            "The viewer shows those photos as missing. Import them again, or delete those "
            "photos."))
    elif photos.missing or photos.damaged:
        health_report.advice.append(_(
            "The viewer shows those photos as missing. Import them again, put the files back "
            "from a copy of the photos folder, or delete those photos."))
    unused = len(photos.unused) + len(photos.partials)
    if unused:
        health_report.problems.append(ngettext(
            "{count} unused photo file (no photo and no kept backup names it)",
            "{count} unused photo files (no photo and no kept backup names them)", unused,
        ).format(count=unused))
        health_report.advice.append(_(
            "Run 'lessonstudy check --repair' to remove the unused photo files."))
    health_report.photo_problems += len(health_report.problems) - before
    for path in photos.unreadable_backups:
        health_report.checked.append(_(
            "the backup {name} could not be read, so no photo file is removed").format(
                name=path.name))
