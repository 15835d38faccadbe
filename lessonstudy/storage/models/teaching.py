"""Teachings of a lesson version (rehearsal, research lesson, reteach) and their actual timings."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lessonstudy.storage.base import Base, Tracked

if TYPE_CHECKING:
    from lessonstudy.storage.models.lessons import LessonVersion
    from lessonstudy.storage.models.observation import ObserverGroup


class Teaching(Tracked, Base):
    """One time a version was taught; the live lesson clock's state is kept here too."""

    __tablename__ = "teachings"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("lesson_versions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="research")
    date: Mapped[date | None] = mapped_column(Date)
    class_name: Mapped[str] = mapped_column(String(100), default="")
    teacher: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    clock_started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    clock_paused_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    clock_paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    clock_ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    version: Mapped[LessonVersion] = relationship(back_populates="teachings")
    timings: Mapped[list[SegmentTiming]] = relationship(
        back_populates="teaching", cascade="all, delete-orphan", passive_deletes=True
    )
    groups: Mapped[list[ObserverGroup]] = relationship(
        back_populates="teaching",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ObserverGroup.position",
    )


class SegmentTiming(Tracked, Base):
    """When a segment actually started and ended, in seconds from the lesson's start."""

    __tablename__ = "segment_timings"
    __table_args__ = (UniqueConstraint("teaching_id", "segment_id"),)

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    actual_start: Mapped[int] = mapped_column(Integer)
    actual_end: Mapped[int | None] = mapped_column(Integer)

    teaching: Mapped[Teaching] = relationship(back_populates="timings")
