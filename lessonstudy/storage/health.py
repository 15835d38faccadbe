"""Integrity checks in plain words: ``quick_check`` on open, full checks on request."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def ok(self) -> bool:
        return not self.problems


def _raw(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None  # a live pooled connection always has its DBAPI connection
        return [tuple(r) for r in raw.execute(sql).fetchall()]


def quick_check(engine: Engine) -> None:
    """Refuse to open a damaged SQLite file, before anything writes to it."""
    if engine.dialect.name != "sqlite":
        return
    try:
        rows = _raw(engine, "PRAGMA quick_check")
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database", etc.
        detail = plain_database_error(exc)
        if "locked" in detail or "busy" in detail:
            raise StorageError(_(BUSY)) from exc
        raise StorageError(
            f"The library file cannot be read ({detail}). Restore a backup or choose another "
            "folder."
        ) from exc
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise StorageError(
            f"The library file is damaged ({detail}). Restore a backup from the backups folder."
        )


def full_check(engine: Engine) -> HealthReport:
    """``integrity_check`` and ``foreign_key_check``, reported for a teacher to read."""
    report = HealthReport()
    if engine.dialect.name != "sqlite":
        report.checked.append("server database: integrity is the server's job")
        return report
    integrity = _raw(engine, "PRAGMA integrity_check")
    report.checked.append("integrity of every table and index")
    if integrity != [("ok",)]:
        report.problems.extend(f"damaged: {r[0]}" for r in integrity[:20])
    broken = _raw(engine, "PRAGMA foreign_key_check")
    report.checked.append("links between records")
    for table, rowid, parent, _fk in broken[:20]:
        report.problems.append(
            f"a row in {table} (row {rowid}) points to a missing {parent} record"
        )
    if len(broken) > 20:
        report.problems.append(f"… and {len(broken) - 20} more broken links")
    return report
