"""The post-lesson conference: agenda, feedback with evidence, and agreed actions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lessonstudy.storage.base import Base, Tracked


class Conference(Tracked, Base):
    """The facilitated discussion after a research lesson (one per teaching)."""

    __tablename__ = "conferences"

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), unique=True
    )
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    recorder: Mapped[str] = mapped_column(String(200), default="")
    principles: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AgendaItem(Tracked, Base):
    """One step of the conference protocol: planned minutes (None if not planned), the time
    actually used, and the record of what was said (the reflection, the discussion…)."""

    __tablename__ = "agenda_items"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300), default="")
    speaker: Mapped[str] = mapped_column(String(200), default="")
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    actual_seconds: Mapped[int | None] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(Text, default="")


class FeedbackItem(Tracked, Base):
    """A strength, question, suggestion or concern raised at the conference."""

    __tablename__ = "feedback_items"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(200), default="")
    critical_friend: Mapped[bool] = mapped_column(Boolean, default=False)
    type: Mapped[str] = mapped_column(String(32), default="strength")
    focus: Mapped[str] = mapped_column(String(200), default="")
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)


class FeedbackEvidence(Tracked, Base):
    """Links a feedback item to the note or photo that grounds it."""

    __tablename__ = "feedback_evidence"

    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation_notes.id", ondelete="CASCADE")
    )
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"))


class ActionItem(Tracked, Base):
    """An agreed change to the lesson, open until a later version closes it."""

    __tablename__ = "action_items"

    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="SET NULL")
    )
    from_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("lesson_versions.id", ondelete="SET NULL")
    )
    target_segment_lineage: Mapped[str] = mapped_column(String(36), default="")
    target_field: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(32), default="open")
    linked_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("lesson_versions.id", ondelete="SET NULL")
    )
    closed_by_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("lesson_versions.id", ondelete="SET NULL")
    )
