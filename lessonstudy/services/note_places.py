"""Which seats and tables a note is about, how many notes each got, and notes by seat.

An observer clicks a pupil's seat (or a table) and the next note is about
them; the heat view counts notes per seat and per table so the team sees who
was never observed. Counting is one grouped query per teaching, so a
2,000-note lesson's heat view costs the same as a 20-note one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import _
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ClassroomMap,
    ClassroomPlace,
    ClassroomSeat,
    NotePlace,
    ObservationNote,
)


@dataclass(frozen=True)
class MapTarget:
    """Seats and tables a note is about (either may be empty)."""

    seat_ids: tuple[int, ...] = ()
    place_ids: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.seat_ids and not self.place_ids


@dataclass(frozen=True)
class Heat:
    """Notes per seat and per table; a table's count includes notes about its seats."""

    seats: dict[int, int] = field(default_factory=dict)
    places: dict[int, int] = field(default_factory=dict)
    place_direct: dict[int, int] = field(default_factory=dict)

    @property
    def busiest(self) -> int:
        return max([*self.seats.values(), *self.place_direct.values(), 0])


def set_note_target(library: Library, note_id: int, target: MapTarget) -> MapTarget:
    """Make the note about exactly these seats and tables (of its own teaching's map)."""
    with library.unit_of_work() as session:
        note = session.get(ObservationNote, note_id)
        if note is None:
            raise NotFoundError(_("That note no longer exists (it may have been deleted)."))
        _check_on_map(session, note.teaching_id, target)
        session.execute(delete(NotePlace).where(NotePlace.note_id == note_id))
        session.add_all([NotePlace(note_id=note_id, seat_id=s) for s in target.seat_ids])
        session.add_all([NotePlace(note_id=note_id, place_id=p) for p in target.place_ids])
        session.flush()
        return target


def targets_of(library: Library, teaching_id: int) -> dict[int, MapTarget]:
    """Every note's seats and tables in one query (notes about nothing are left out)."""
    with library.reading() as session:
        return targets_in(session, teaching_id)


def targets_in(session: Session, teaching_id: int) -> dict[int, MapTarget]:
    seats: dict[int, list[int]] = defaultdict(list)
    places: dict[int, list[int]] = defaultdict(list)
    rows = session.execute(select(NotePlace.note_id, NotePlace.seat_id, NotePlace.place_id)
                           .join(ObservationNote, ObservationNote.id == NotePlace.note_id)
                           .where(ObservationNote.teaching_id == teaching_id)
                           .order_by(NotePlace.id))
    for note_id, seat_id, place_id in rows:
        if seat_id is not None:
            seats[note_id].append(seat_id)
        elif place_id is not None:
            places[note_id].append(place_id)
    return {n: MapTarget(tuple(seats.get(n, ())), tuple(places.get(n, ())))
            for n in {*seats, *places}}


def heat(library: Library, teaching_id: int) -> Heat:
    """How many notes each seat and table of the teaching's map got."""
    with library.reading() as session:
        return heat_in(session, teaching_id)


def heat_in(session: Session, teaching_id: int) -> Heat:
    base = (select(NotePlace.seat_id, NotePlace.place_id,
                   func.count(func.distinct(NotePlace.note_id)))
            .join(ObservationNote, ObservationNote.id == NotePlace.note_id)
            .where(ObservationNote.teaching_id == teaching_id)
            .group_by(NotePlace.seat_id, NotePlace.place_id))
    seats: dict[int, int] = {}
    direct: dict[int, int] = {}
    for seat_id, place_id, n in session.execute(base):
        if seat_id is not None:
            seats[seat_id] = n
        elif place_id is not None:
            direct[place_id] = n
    # a table's total counts each note once, whether it names the table, a seat or both
    notes_per_table = (select(func.coalesce(NotePlace.place_id, ClassroomSeat.place_id),
                              func.count(func.distinct(NotePlace.note_id)))
                       .join(ObservationNote, ObservationNote.id == NotePlace.note_id)
                       .outerjoin(ClassroomSeat, ClassroomSeat.id == NotePlace.seat_id)
                       .where(ObservationNote.teaching_id == teaching_id)
                       .group_by(func.coalesce(NotePlace.place_id, ClassroomSeat.place_id)))
    places = {pid: n for pid, n in session.execute(notes_per_table) if pid is not None}
    return Heat(seats, places, direct)


def notes_at(library: Library, teaching_id: int, seat_ids: Iterable[int] = (),
             place_ids: Iterable[int] = ()) -> set[int]:
    """Ids of the notes about any of these seats or tables (a table includes its seats)."""
    seat_ids, place_ids = list(seat_ids), list(place_ids)
    with library.reading() as session:
        if place_ids:
            seat_ids += list(session.scalars(select(ClassroomSeat.id)
                                             .where(ClassroomSeat.place_id.in_(place_ids))))
        stmt = (select(NotePlace.note_id)
                .join(ObservationNote, ObservationNote.id == NotePlace.note_id)
                .where(ObservationNote.teaching_id == teaching_id)
                .where(NotePlace.seat_id.in_(seat_ids) | NotePlace.place_id.in_(place_ids)))
        return set(session.scalars(stmt))


def _check_on_map(session: Session, teaching_id: int, target: MapTarget) -> None:
    map_id = session.scalar(select(ClassroomMap.id).where(ClassroomMap.teaching_id == teaching_id))
    places = set(session.scalars(select(ClassroomPlace.id)
                                 .where(ClassroomPlace.map_id == map_id))) if map_id else set()
    tables = set(session.scalars(select(ClassroomPlace.id).where(
        ClassroomPlace.map_id == map_id, ClassroomPlace.kind == "table"))) if map_id else set()
    seats = set(session.scalars(select(ClassroomSeat.id)
                                .where(ClassroomSeat.place_id.in_(places)))) if places else set()
    if set(target.seat_ids) - seats or set(target.place_ids) - tables:
        raise ValidationError(_("That seat or table is not on this teaching's classroom map "
                                "(it may have been removed). The note was kept as it was."))
