"""Classroom maps, seats, notes about seats and tables, case-pupil predictions and tallies.

A map belongs either to a lesson (its default classroom) or to one teaching
(a copy of the default made when the teaching's map is first opened), never
both: the classroom of a reteach may differ, and notes point at the seats of
the teaching they were written in.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lessonstudy.storage.base import Base, Tracked


class ClassroomMap(Tracked, Base):
    """The room of a lesson (default) or of a teaching (what observers saw)."""

    __tablename__ = "classroom_maps"
    __table_args__ = (
        CheckConstraint("(lesson_id IS NULL) <> (teaching_id IS NULL)", name="one_owner"),
    )

    lesson_id: Mapped[int | None] = mapped_column(
        ForeignKey("lessons.id", ondelete="CASCADE"), unique=True)
    teaching_id: Mapped[int | None] = mapped_column(
        ForeignKey("teachings.id", ondelete="CASCADE"), unique=True)


class ClassroomPlace(Tracked, Base):
    """A table, the teacher's place, the board or an iBoard, by centre and size in cm."""

    __tablename__ = "classroom_places"

    map_id: Mapped[int] = mapped_column(
        ForeignKey("classroom_maps.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="table")
    label: Mapped[str] = mapped_column(String(20))
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer, default=120)
    depth: Mapped[int] = mapped_column(Integer, default=80)


class ClassroomSeat(Tracked, Base):
    """A pupil's seat at a table, labelled anonymously or by initials; maybe a case pupil."""

    __tablename__ = "classroom_seats"
    __table_args__ = (UniqueConstraint("place_id", "position"),)

    place_id: Mapped[int] = mapped_column(
        ForeignKey("classroom_places.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))
    case_pupil_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_pupils.id", ondelete="SET NULL"))


class NotePlace(Tracked, Base):
    """A note is about this seat (a pupil) or this table; a note may name several."""

    __tablename__ = "note_places"
    __table_args__ = (
        CheckConstraint("(seat_id IS NULL) <> (place_id IS NULL)", name="seat_or_table"),
    )

    note_id: Mapped[int] = mapped_column(
        ForeignKey("observation_notes.id", ondelete="CASCADE"), index=True)
    seat_id: Mapped[int | None] = mapped_column(
        ForeignKey("classroom_seats.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("classroom_places.id", ondelete="CASCADE"), index=True)


class CasePupilPrediction(Tracked, Base):
    """What the planning team predicts a case pupil will do in one segment."""

    __tablename__ = "case_pupil_predictions"
    __table_args__ = (UniqueConstraint("segment_id", "case_pupil_id"),)

    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    case_pupil_id: Mapped[int] = mapped_column(
        ForeignKey("case_pupils.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class TallyCounter(Tracked, Base):
    """A thing an observer group counts ("pupil question"), with its key in the live lesson."""

    __tablename__ = "tally_counters"
    __table_args__ = (UniqueConstraint("group_id", "key"),)

    group_id: Mapped[int] = mapped_column(
        ForeignKey("observer_groups.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(16), default="")
    key: Mapped[str] = mapped_column(String(1))


class TallyMark(Tracked, Base):
    """One press of a counter's key, at a moment of the lesson and in its running segment."""

    __tablename__ = "tally_marks"

    counter_id: Mapped[int] = mapped_column(
        ForeignKey("tally_counters.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    elapsed_seconds: Mapped[int] = mapped_column(Integer)
