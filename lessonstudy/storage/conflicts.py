"""Turn a lost optimistic-locking race into a ConflictError that says who changed what, when.

On a shared server two teachers may edit the same record. ``row_version``
makes the second save fail instead of silently overwriting the first; this
module finds the record that failed and reads its current ``updated_by`` and
``updated_at`` on a fresh connection (the failed transaction cannot be used),
so the GUI can offer "changed by X at T — reload, or keep yours".
Services that save an edit made on a copy loaded earlier call
:func:`check_row_version` with the version the user started from.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ConflictError
from lessonstudy.i18n import N_, _

_TABLE = re.compile(r"on table '([^']+)'")
_MERGED = re.compile(r"merged state <(\w+) at")


def conflict_error(changed_by: str = "", changed_at: datetime | None = None,
                   current_version: int | None = None) -> ConflictError:
    """The error the user sees, with who and when (and the version now) if known."""
    when = _iso(changed_at) if changed_at else ""
    message = N_("Someone else changed this record since you opened it. Reload to see their "
                 "change, or keep yours to save over it.")
    arguments: dict[str, object] = {}
    if changed_by or changed_at:
        message = N_("Someone else changed this record since you opened it ({who} at {stamp}). "
                     "Reload to see their change, or keep yours to save over it.")
        arguments["stamp"] = (changed_at.astimezone().strftime("%Y-%m-%d %H:%M") if changed_at
                              else "?")
        arguments["who"] = changed_by or _("someone")
    return ConflictError(message, changed_by=changed_by, changed_at=when,
                         current_version=current_version, **arguments)


def check_row_version(row: Any, expected: int | None) -> None:
    """Refuse to save over ``row`` when it is no longer at the version the user edited.

    ``expected=None`` means the caller did not load the row into a form (a
    script, an import): nothing is checked.
    """
    if expected is not None and row.row_version != expected:
        raise conflict_error(row.updated_by, _aware(row.updated_at), row.row_version)


def conflict_from_stale(session: Session, engine: Engine, error: Exception) -> ConflictError:
    """A ConflictError for SQLAlchemy's StaleDataError raised in ``session``."""
    message = str(error)
    candidates = _candidates(session, message)
    if not candidates:
        return conflict_error()
    table, ids = candidates
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(table.c.updated_by, table.c.updated_at, table.c.row_version)
                .where(table.c.id.in_(ids))
                .order_by(table.c.updated_at.desc())
                .limit(1)
            ).first()
    except Exception:
        row = None
    if row is None:
        return conflict_error()
    current = row.row_version if len(ids) == 1 else None
    return conflict_error(row.updated_by, _aware(row.updated_at), current)


def _candidates(session: Session, message: str) -> tuple[Any, list[int]] | None:
    table_match, merged_match = _TABLE.search(message), _MERGED.search(message)
    found: dict[Any, list[int]] = {}
    for obj in list(session.identity_map.values()):
        mapper = inspect(obj).mapper
        table = mapper.local_table
        if (table_match and table.name == table_match.group(1)) or (
                merged_match and mapper.class_.__name__ == merged_match.group(1)):
            identity = inspect(obj).identity
            if identity:
                found.setdefault(table, []).append(int(identity[0]))
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime) -> str:
    aware = _aware(value)
    assert aware is not None
    return aware.astimezone(UTC).isoformat()
