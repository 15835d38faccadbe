"""iBoard and student-work photos, where their image bytes are stored, and key ideas.

Photo metadata and image bytes live apart so that listing a gallery never
loads megabytes of JPEG: the gallery reads thumbnails, the viewer one image.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from lessonstudy.storage.base import Base, Tracked


class Photo(Tracked, Base):
    """A photo of an iBoard or student work, linked to a group and optionally a segment."""

    __tablename__ = "photos"
    __table_args__ = (UniqueConstraint("teaching_id", "sha256"),)

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="SET NULL")
    )
    group_label: Mapped[str] = mapped_column(String(100), default="")
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(300), default="")


class PhotoData(Base):
    """Which stored (upright, metadata-free) JPEG a photo shows, and its thumbnail.

    ``image_sha256`` names the bytes in the photo store (``storage/photo_store``): a file
    ``photos/ab/<sha256>.jpg`` beside a SQLite library, a ``photo_blobs`` row on a server.
    Photos with the same bytes name the same stored file.
    """

    __tablename__ = "photo_data"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True
    )
    image_sha256: Mapped[str] = mapped_column(String(64), index=True)
    thumbnail: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class PhotoBlob(Base):
    """Stored photo bytes by SHA-256, for libraries on a server (SQLite keeps files instead)."""

    __tablename__ = "photo_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    image: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class KeyIdea(Tracked, Base):
    """One of the four key ideas written on an iBoard, transcribed."""

    __tablename__ = "key_ideas"
    __table_args__ = (CheckConstraint("position BETWEEN 1 AND 4", name="position_1_to_4"),)

    photo_id: Mapped[int | None] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
