"""Integrity checks in plain words: the file's header on open, full checks on request.

Opening a library must not cost more as the library grows: ``PRAGMA
quick_check`` reads every page (1.8 s for a 4.5 GB library, at every open and
before every command). So opening reads only the 100-byte header
(:func:`header_check`); ``quick_check`` runs in the window's background after
opening, and ``lessonstudy check`` runs the full ``integrity_check``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import N_, _
from lessonstudy.storage.faults import plain_database_error

BUSY = N_("The library is busy: another program is writing to it. Nothing is wrong with it; "
         "try again in a moment.")


@dataclass
class HealthReport:
    """What ``lessonstudy check`` found; ``ok`` when nothing is wrong."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)  # how to repair, when not "restore"
    photo_problems: int = 0  # of ``problems``: the photo store's (repaired without a restore)

    @property
    def ok(self) -> bool:
        return not self.problems


def _raw(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None  # a live pooled connection always has its DBAPI connection
        return [tuple(r) for r in raw.execute(sql).fetchall()]


SQLITE_MAGIC = b"SQLite format 3\x00"


def header_check(db_path: Path) -> None:
    """Refuse a file that is not a whole SQLite database, in constant time.

    The header names the page size and, when it is current (its change counter
    equals its "valid for" number), how many pages the file holds: a file cut
    short by a copy or a full disk is caught here. With a write-ahead log beside
    it the log may still hold pages a checkpoint had not finished writing, so
    SQLite's own recovery decides then.
    """
    try:
        with db_path.open("rb") as file:
            header = file.read(100)
        size = db_path.stat().st_size
    except OSError as exc:
        raise StorageError(N_("The library file cannot be read ({strerror}). Restore a backup "
                              "or choose another folder."), strerror=exc.strerror) from exc
    page_size = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    page_size = 65536 if page_size == 1 else page_size
    if (not header.startswith(SQLITE_MAGIC) or page_size < 512
            or page_size & (page_size - 1)):
        raise StorageError(N_("The library file cannot be read (file is not a database). "
                              "Restore a backup or choose another folder."))
    pages = int.from_bytes(header[28:32], "big")
    current = header[24:28] == header[92:96]
    wal = db_path.with_name(db_path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    if current and not has_log and size < pages * page_size:
        raise StorageError(
            N_("The library file is damaged (it holds {size:,} of its {expected:,} bytes: it was "
               "cut short). Restore a backup from the backups folder."),
            size=size, expected=pages * page_size)


def quick_check(engine: Engine) -> None:
    """Refuse a damaged SQLite file (reads every page: ``check`` and the window's background
    check after opening, never on the way to opening)."""
    if engine.dialect.name != "sqlite":
        return
    try:
        rows = _raw(engine, "PRAGMA quick_check")
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database", etc.
        detail = plain_database_error(exc)
        if "locked" in detail or "busy" in detail:
            raise StorageError(_(BUSY)) from exc
        raise StorageError(
            N_("The library file cannot be read ({detail}). Restore a backup or choose another "
               "folder."), detail=detail
        ) from exc
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise StorageError(
            N_("The library file is damaged ({detail}). Restore a backup from the backups "
               "folder."),
            detail=detail
        )


def full_check(engine: Engine) -> HealthReport:
    """``integrity_check`` and ``foreign_key_check``, reported for a teacher to read."""
    report = HealthReport()
    if engine.dialect.name != "sqlite":
        report.checked.append(_("server database: integrity is the server's job"))
        return report
    try:
        integrity = _raw(engine, "PRAGMA integrity_check")
    except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed"
        report.problems.append(_("damaged: {reason}").format(reason=plain_database_error(exc)))
        return report
    report.checked.append(_("integrity of every table and index"))
    if integrity != [("ok",)]:
        report.problems.extend(_("damaged: {reason}").format(reason=r[0]) for r in integrity[:20])
    broken = _raw(engine, "PRAGMA foreign_key_check")
    report.checked.append(_("links between records"))
    for table, rowid, parent, _fk in broken[:20]:
        report.problems.append(
            _("a row in {table} (row {rowid}) points to a missing {parent} record").format(
                table=table, rowid=rowid, parent=parent)
        )
    if len(broken) > 20:
        report.problems.append(_("… and {count} more broken links").format(count=len(broken) - 20))
    return report
