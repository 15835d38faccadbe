"""Focus areas, observer groups, observers and the notes they take during a teaching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lessonstudy.storage.base import Base, Tracked

if TYPE_CHECKING:
    from lessonstudy.storage.models.teaching import Teaching


class FocusArea(Tracked, Base):
    """A reusable observation focus with its prompts (one prompt per line)."""

    __tablename__ = "focus_areas"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    prompts: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObserverGroup(Tracked, Base):
    """About ten observers watching one teaching with a shared focus."""

    __tablename__ = "observer_groups"

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    focus_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_areas.id", ondelete="SET NULL")
    )
    focus: Mapped[str] = mapped_column(String(200), default="")
    prompts: Mapped[str] = mapped_column(Text, default="")
    convenor: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)

    teaching: Mapped[Teaching] = relationship(back_populates="groups")
    observers: Mapped[list[Observer]] = relationship(
        back_populates="group", passive_deletes=True, order_by="Observer.position"
    )


class Observer(Tracked, Base):
    """A person at the open class: visitor, team member, critical friend, facilitator…"""

    __tablename__ = "observers"

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    school: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(32), default="visitor")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)

    group: Mapped[ObserverGroup | None] = relationship(back_populates="observers")


class ObservationNote(Tracked, Base):
    """What an observer saw (or wondered) during a segment, timestamped from the lesson start."""

    __tablename__ = "observation_notes"

    teaching_id: Mapped[int] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), index=True
    )
    observer_id: Mapped[int | None] = mapped_column(ForeignKey("observers.id", ondelete="SET NULL"))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="SET NULL")
    )
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    case_pupil_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_pupils.id", ondelete="SET NULL")
    )
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("photos.id", ondelete="SET NULL"))
    elapsed_seconds: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="evidence")
    text: Mapped[str] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(32), default="app")
