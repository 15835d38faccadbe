"""What this library last received for each record: the base of a three-way merge.

To tell "they changed it" from "we changed it" an importer needs the state
both sides started from. Every import remembers, per record UUID, the
fingerprint of the state it took in; every bundle carries its maker's
remembered fingerprints in ``manifest.json``. The table (migration
0002_sync_bases) holds no lesson content: losing it only makes the next merge
more cautious (more changes listed as "changed on both sides", never fewer).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lessonstudy.storage.base import utcnow
from lessonstudy.storage.models import SyncBase

_CHUNK = 500


def load_bases(session: Session, uuids: Iterable[str]) -> dict[str, str]:
    """Remembered fingerprints for ``uuids`` (those never imported are absent)."""
    wanted = list(uuids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = session.execute(
            select(SyncBase.uuid, SyncBase.fingerprint)
            .where(SyncBase.uuid.in_(chunk))
        )
        found.update({uuid: fp for uuid, fp in rows})
    return found


def save_bases(session: Session, bases: Mapping[str, str]) -> None:
    """Remember ``bases`` (uuid -> fingerprint), replacing older entries."""
    if not bases:
        return
    keys = list(bases)
    for start in range(0, len(keys), _CHUNK):
        session.execute(delete(SyncBase).where(SyncBase.uuid.in_(keys[start:start + _CHUNK])))
    now = utcnow()
    session.execute(insert(SyncBase),
                    [{"uuid": k, "fingerprint": v, "synced_at": now} for k, v in bases.items()])
