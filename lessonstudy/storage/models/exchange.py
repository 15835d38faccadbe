"""Bookkeeping for merging lesson bundles between laptops (no lesson content).

For each record UUID, the fingerprint of the state this library last received
from another machine: the common base that tells "they changed it" from "we
changed it" in a three-way merge.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from lessonstudy.storage.base import Base


class SyncBase(Base):
    """What an import last took in for one record."""

    __tablename__ = "exchange_sync_bases"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
