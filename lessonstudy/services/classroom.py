"""Read and save classroom maps: the lesson's default room and each teaching's own copy.

A teaching's map is copied from its lesson's default the first time it is
opened (:func:`teaching_map`), so a reteach in another room can be redrawn
without touching the first teaching's notes. Saving keeps every seat and table
that still exists under its id, so notes about them stay attached; a seat or
table the team removed takes its note links with it (the notes themselves stay).
A map that breaks a rule (:func:`~lessonstudy.domain.classroom.map_problems`) is
refused as a whole: nothing is half-saved.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lessonstudy.domain.classroom import ClassroomMap, Place, PlaceKind, Seat, map_problems
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import _
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    ClassroomPlace,
    ClassroomSeat,
    Lesson,
    LessonVersion,
    Teaching,
)
from lessonstudy.storage.models import (
    ClassroomMap as MapRow,
)


def lesson_map(library: Library, lesson_id: int) -> ClassroomMap:
    """The lesson's default classroom (empty when the team has not drawn one)."""
    with library.reading() as session:
        if session.get(Lesson, lesson_id) is None:
            raise NotFoundError(_("That lesson no longer exists."))
        row = session.scalar(select(MapRow).where(MapRow.lesson_id == lesson_id))
        return read_map(session, row)


def teaching_map(library: Library, teaching_id: int) -> ClassroomMap:
    """The teaching's classroom, copied from its lesson's default the first time.

    Read without the write lock when no copy is needed, so the map opens while
    another program writes to the library.
    """
    with library.reading() as session:
        found = readable_teaching_map(session, _teaching(session, teaching_id))
        if found is not None:
            return found
    with library.unit_of_work() as session:
        teaching = _teaching(session, teaching_id)
        row = ensure_teaching_map(session, teaching)
        return read_map(session, row)


def readable_teaching_map(session: Session, teaching: Teaching) -> ClassroomMap | None:
    """The teaching's map if reading it writes nothing (its own, or no default to copy)."""
    row = session.scalar(select(MapRow).where(MapRow.teaching_id == teaching.id))
    if row is not None:
        return read_map(session, row)
    lesson_id = session.scalar(select(LessonVersion.lesson_id)
                               .where(LessonVersion.id == teaching.version_id))
    if session.scalar(select(MapRow.id).where(MapRow.lesson_id == lesson_id)) is None:
        return read_map(session, None)
    return None


def ensure_teaching_map(session: Session, teaching: Teaching) -> MapRow | None:
    """The teaching's map row, copying the lesson default into it if it has none yet."""
    row = session.scalar(select(MapRow).where(MapRow.teaching_id == teaching.id))
    if row is not None:
        return row
    lesson_id = session.scalar(select(LessonVersion.lesson_id)
                               .where(LessonVersion.id == teaching.version_id))
    default = session.scalar(select(MapRow).where(MapRow.lesson_id == lesson_id))
    if default is None:
        return None
    copy = replace(read_map(session, default), id=None, row_version=0)
    row = MapRow(teaching_id=teaching.id)
    session.add(row)
    session.flush()
    write_places(session, row, _without_ids(copy))
    return row


def save_lesson_map(library: Library, lesson_id: int, classroom: ClassroomMap,
                    expected_version: int | None = None) -> ClassroomMap:
    """Store the lesson's default classroom (used by teachings that have no map yet)."""
    with library.unit_of_work() as session:
        if session.get(Lesson, lesson_id) is None:
            raise NotFoundError(_("That lesson no longer exists."))
        _refuse_bad(session, classroom, lesson_id)
        row = session.scalar(select(MapRow).where(MapRow.lesson_id == lesson_id))
        if row is None:
            row = MapRow(lesson_id=lesson_id)
            session.add(row)
            session.flush()
        return _save(session, row, classroom, expected_version)


def save_teaching_map(library: Library, teaching_id: int, classroom: ClassroomMap,
                      expected_version: int | None = None) -> ClassroomMap:
    """Store what the teaching's classroom looked like; seats keep their notes by id."""
    with library.unit_of_work() as session:
        teaching = _teaching(session, teaching_id)
        lesson_id = session.scalar(select(LessonVersion.lesson_id)
                                   .where(LessonVersion.id == teaching.version_id))
        _refuse_bad(session, classroom, lesson_id)
        row = session.scalar(select(MapRow).where(MapRow.teaching_id == teaching_id))
        if row is None:
            row = MapRow(teaching_id=teaching_id)
            session.add(row)
            session.flush()
        return _save(session, row, classroom, expected_version)


def read_map(session: Session, row: MapRow | None) -> ClassroomMap:
    """A stored map as plain data: three queries whatever its size."""
    if row is None:
        return ClassroomMap()
    places = list(session.scalars(select(ClassroomPlace).where(ClassroomPlace.map_id == row.id)
                                  .order_by(ClassroomPlace.position, ClassroomPlace.id)))
    seats: dict[int, list[Seat]] = {p.id: [] for p in places}
    if places:
        for s in session.scalars(select(ClassroomSeat)
                                 .where(ClassroomSeat.place_id.in_(list(seats)))
                                 .order_by(ClassroomSeat.position)):
            seats[s.place_id].append(Seat(s.position, s.label, s.case_pupil_id, s.id))
    return ClassroomMap(tuple(
        Place(PlaceKind(p.kind), p.label, p.x, p.y, p.width, p.depth, tuple(seats[p.id]), p.id)
        for p in places), row.id, row.row_version)


def _save(session: Session, row: MapRow, classroom: ClassroomMap,
          expected_version: int | None) -> ClassroomMap:
    check_row_version(row, expected_version)
    write_places(session, row, classroom)
    row.updated_at = utcnow()  # every save moves the map's row version
    session.flush()
    return read_map(session, row)


def write_places(session: Session, row: MapRow, classroom: ClassroomMap) -> None:
    """Upsert places and seats by id; delete the ones no longer on the map."""
    old_places = {p.id: p for p in session.scalars(
        select(ClassroomPlace).where(ClassroomPlace.map_id == row.id))}
    old_seats = {s.id: s for s in session.scalars(
        select(ClassroomSeat).where(ClassroomSeat.place_id.in_(list(old_places))))} \
        if old_places else {}
    kept_places = {p.id for p in classroom.places if p.id in old_places}
    kept_seats = {s.id for p in classroom.places if p.id in kept_places for s in p.seats
                  if s.id in old_seats and old_seats[s.id].place_id == p.id}
    gone_seats, gone_places = set(old_seats) - kept_seats, set(old_places) - kept_places
    if gone_seats:
        session.execute(delete(ClassroomSeat).where(ClassroomSeat.id.in_(gone_seats)))
    if gone_places:
        session.execute(delete(ClassroomPlace).where(ClassroomPlace.id.in_(gone_places)))
    for stale in [*(old_seats[i] for i in gone_seats), *(old_places[i] for i in gone_places)]:
        session.expunge(stale)
    for seat_id in kept_seats:  # park kept seats so new positions never clash mid-flush
        old_seats[seat_id].position = -1 - seat_id
    session.flush()
    for index, place in enumerate(classroom.places):
        prow = old_places[place.id] if place.id in kept_places else ClassroomPlace(map_id=row.id)
        prow.position, prow.kind, prow.label = index, place.kind.value, place.label
        prow.x, prow.y, prow.width, prow.depth = place.x, place.y, place.width, place.depth
        session.add(prow)
        session.flush()
        for seat in place.seats:
            srow = old_seats[seat.id] if seat.id in kept_seats else ClassroomSeat(
                place_id=prow.id)
            srow.position, srow.label, srow.case_pupil_id = (seat.position, seat.label,
                                                             seat.case_pupil_id)
            session.add(srow)
    session.flush()


def _refuse_bad(session: Session, classroom: ClassroomMap, lesson_id: int | None) -> None:
    problems = map_problems(classroom)
    cases = {s.case_pupil_id for p in classroom.places for s in p.seats
             if s.case_pupil_id is not None}
    if cases:
        known = set(session.scalars(select(CasePupil.id).where(CasePupil.lesson_id == lesson_id)))
        if cases - known:
            problems.append(_("A seat names a case pupil who is not one of this lesson's case "
                              "pupils."))
    if problems:
        raise ValidationError.from_problems(
            _("Nothing was saved: the classroom map needs fixing."), problems)


def _without_ids(classroom: ClassroomMap) -> ClassroomMap:
    return replace(classroom, places=tuple(
        replace(p, id=None, seats=tuple(replace(s, id=None) for s in p.seats))
        for p in classroom.places))


def _teaching(session: Session, teaching_id: int) -> Teaching:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(_("That teaching no longer exists."))
    return teaching


def case_pupils(library: Library, lesson_id: int) -> list[tuple[int, str]]:
    """The lesson's case pupils as (id, label), for placing them on seats."""
    with library.reading() as session:
        return [(i, label) for i, label in session.execute(
            select(CasePupil.id, CasePupil.label).where(CasePupil.lesson_id == lesson_id)
            .order_by(CasePupil.label))]
