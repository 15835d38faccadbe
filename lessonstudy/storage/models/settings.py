"""Settings that belong to a library rather than to one laptop (e.g. its print language).

A team shares one library — on a school server, or copied between laptops — so a choice such
as "print in Simplified Chinese" travels with the library, not with the machine. Values are
plain text keyed by name; :mod:`lessonstudy.services.library_settings` gives them types.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lessonstudy.storage.base import Base


class LibrarySetting(Base):
    """One named setting of the library."""

    __tablename__ = "library_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
