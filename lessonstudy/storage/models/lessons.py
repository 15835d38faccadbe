"""Lessons, their numbered versions, the timed segments of each version, and case pupils."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS
from lessonstudy.storage.base import Base, Tracked, new_uuid

if TYPE_CHECKING:
    from lessonstudy.storage.models.people import Cycle
    from lessonstudy.storage.models.teaching import Teaching


class Lesson(Tracked, Base):
    """A research lesson the team owns; its plan lives in versions."""

    __tablename__ = "lessons"
    __table_args__ = (CheckConstraint("duration_seconds > 0", name="duration_positive"),)

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    duration_seconds: Mapped[int] = mapped_column(Integer, default=DEFAULT_LESSON_SECONDS)

    cycle: Mapped[Cycle] = relationship(back_populates="lessons")
    versions: Mapped[list[LessonVersion]] = relationship(
        back_populates="lesson",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="LessonVersion.number",
    )
    case_pupils: Mapped[list[CasePupil]] = relationship(
        back_populates="lesson",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CasePupil.label",
    )


class LessonVersion(Tracked, Base):
    """One numbered plan of a lesson; frozen once a teaching used it."""

    __tablename__ = "lesson_versions"
    __table_args__ = (UniqueConstraint("lesson_id", "number"),)

    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32), default="draft")
    change_summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")

    lesson: Mapped[Lesson] = relationship(back_populates="versions")
    segments: Mapped[list[Segment]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Segment.position",
    )
    teachings: Mapped[list[Teaching]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Teaching.id",
    )


class Segment(Tracked, Base):
    """A timed step of a lesson version; start times are derived from the order."""

    __tablename__ = "segments"
    __table_args__ = (CheckConstraint("planned_seconds > 0", name="planned_positive"),)

    version_id: Mapped[int] = mapped_column(
        ForeignKey("lesson_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    lineage: Mapped[str] = mapped_column(String(36), default=new_uuid, index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="other")
    planned_seconds: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(Text, default="")
    anticipated_responses: Mapped[str] = mapped_column(Text, default="")
    teacher_support: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[LessonVersion] = relationship(back_populates="segments")


class CasePupil(Tracked, Base):
    """A pupil the observers follow closely (A, B, C), typifying a group of learners."""

    __tablename__ = "case_pupils"

    lesson_id: Mapped[int] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(20))
    typifies: Mapped[str] = mapped_column(Text, default="")
    success_criterion: Mapped[str] = mapped_column(Text, default="")

    lesson: Mapped[Lesson] = relationship(back_populates="case_pupils")
