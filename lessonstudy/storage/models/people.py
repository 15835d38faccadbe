"""Teams, their members, and the lesson study cycles they run."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lessonstudy.storage.base import Base, Tracked

if TYPE_CHECKING:
    from lessonstudy.storage.models.lessons import Lesson


class Team(Tracked, Base):
    """A planning team of teachers in one school and subject."""

    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(200))
    school: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[Member]] = relationship(
        back_populates="team",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Member.position",
    )
    cycles: Mapped[list[Cycle]] = relationship(
        back_populates="team",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Cycle.id",
    )


class Member(Tracked, Base):
    """A teacher in a planning team, with their role in it (e.g. teaching teacher)."""

    __tablename__ = "members"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")

    team: Mapped[Team] = relationship(back_populates="members")


class Cycle(Tracked, Base):
    """One lesson study cycle: a research theme studied through one or more lessons."""

    __tablename__ = "cycles"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    research_theme: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(32), default="plan")

    team: Mapped[Team] = relationship(back_populates="cycles")
    lessons: Mapped[list[Lesson]] = relationship(
        back_populates="cycle",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Lesson.id",
    )
