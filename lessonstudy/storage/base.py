"""Declarative base shared by every table.

Every row gets an integer id (short, for the CLI), a stable UUID (for merging
bundles between laptops), created/updated timestamps, who changed it last, and
a row version counter that SQLAlchemy checks on UPDATE so that two machines on
one shared server never silently overwrite each other's edits.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from lessonstudy.domain.text_rules import clean_author

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are stored in UTC; the UI converts to local time."""
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


def _who() -> str:
    try:
        return clean_author(f"{getpass.getuser()}@{socket.gethostname()}")
    except Exception:
        return "unknown"


CURRENT_AUTHOR = _who()


class Base(DeclarativeBase):
    """Root of all models, with the constraint naming convention Alembic relies on."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Identity, audit and optimistic-locking columns every table carries."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    updated_by: Mapped[str] = mapped_column(
        String(200), default=lambda: CURRENT_AUTHOR, onupdate=lambda: CURRENT_AUTHOR
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.row_version}  # type: ignore[attr-defined]
