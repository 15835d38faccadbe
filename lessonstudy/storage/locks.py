"""Row locks that make "check, then insert" safe with two writers on the shared server.

A roster import reads who is already there and inserts the rest; ``assign``
reads the groups and creates the missing ones. On SQLite every unit of work
starts with ``BEGIN IMMEDIATE``, so two writers never overlap. On PostgreSQL
they did: two people importing the same roster at once duplicated every
observer (8 of 8 races). Locking the parent row (the teaching) first makes
the second writer wait until the first commits and then see its rows
(READ COMMITTED reads afresh at every statement). SQLite ignores ``FOR UPDATE``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.storage.models import Teaching


def lock_teaching(session: Session, teaching_id: int) -> None:
    """Hold the teaching's row until the transaction ends (waits for another holder)."""
    session.execute(select(Teaching.id).where(Teaching.id == teaching_id).with_for_update())
