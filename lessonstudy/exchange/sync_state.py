"""What this library last received for each record: the base of a three-way merge.

To tell "they changed it" from "we changed it" an importer needs the state
both sides started from. Every import remembers, per record UUID, the
fingerprint of the state it took in; every bundle carries its maker's
remembered fingerprints in ``manifest.json``. The table is created on first
use with ``CREATE TABLE IF NOT EXISTS`` semantics, inside the import's own
transaction, so a refused import leaves no trace of it either. It holds no
lesson content: losing it only makes the next merge more cautious (more
changes listed as "changed on both sides", never fewer).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Column, DateTime, MetaData, String, Table, delete, insert, select
from sqlalchemy.orm import Session

from lessonstudy.storage.base import utcnow

_metadata = MetaData()
SYNC_BASES = Table(
    "exchange_sync_bases",
    _metadata,
    Column("uuid", String(36), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("synced_at", DateTime(timezone=True), nullable=False),
)
_CHUNK = 500


def ensure_table(session: Session) -> None:
    """Create the table if this library has never imported anything."""
    SYNC_BASES.create(session.connection(), checkfirst=True)


def has_table(session: Session) -> bool:
    from sqlalchemy import inspect

    return inspect(session.connection()).has_table(SYNC_BASES.name)


def load_bases(session: Session, uuids: Iterable[str]) -> dict[str, str]:
    """Remembered fingerprints for ``uuids`` (those never imported are absent)."""
    if not has_table(session):
        return {}
    wanted = list(uuids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = session.execute(
            select(SYNC_BASES.c.uuid, SYNC_BASES.c.fingerprint)
            .where(SYNC_BASES.c.uuid.in_(chunk))
        )
        found.update({uuid: fp for uuid, fp in rows})
    return found


def save_bases(session: Session, bases: Mapping[str, str]) -> None:
    """Remember ``bases`` (uuid -> fingerprint), replacing older entries."""
    if not bases:
        return
    ensure_table(session)
    keys = list(bases)
    for start in range(0, len(keys), _CHUNK):
        session.execute(delete(SYNC_BASES).where(SYNC_BASES.c.uuid.in_(keys[start:start + _CHUNK])))
    now = utcnow()
    session.execute(insert(SYNC_BASES),
                    [{"uuid": k, "fingerprint": v, "synced_at": now} for k, v in bases.items()])
