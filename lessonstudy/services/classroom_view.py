"""Everything the live lesson's map shows, read in one transaction.

Opening a teaching draws its map with every seat's and table's note count; it
must be quick with 40 seats and 2,000 notes (bench/classroom_map.py), so the
map, the heat and the case pupils' labels come from a handful of queries
(never one per seat or note).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.classroom import ClassroomMap
from lessonstudy.domain.errors import NotFoundError
from lessonstudy.i18n import _
from lessonstudy.services.classroom import (
    ensure_teaching_map,
    read_map,
    readable_teaching_map,
)
from lessonstudy.services.note_places import Heat, heat_in
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    ClassroomSeat,
    LessonVersion,
    NotePlace,
    ObservationNote,
    Teaching,
)


@dataclass(frozen=True)
class MapView:
    """A teaching's map with its heat counts and case pupils' labels by id."""

    classroom: ClassroomMap
    heat: Heat
    case_labels: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NoteLine:
    """A note as the "notes about this seat" list shows it."""

    id: int
    elapsed_seconds: int | None
    text: str


def live_view(library: Library, teaching_id: int) -> MapView:
    """The teaching's map (copied from the lesson default the first time) and its heat.

    Read without the write lock unless the copy is still to be made, so the
    live map opens while another program writes to the library.
    """
    with library.reading() as session:
        view = _live_view_in(session, teaching_id, copy=False)
    if view is not None:
        return view
    with library.unit_of_work() as session:
        made = _live_view_in(session, teaching_id, copy=True)
        assert made is not None
        return made


def _live_view_in(session: Session, teaching_id: int, *, copy: bool) -> MapView | None:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(_("That teaching no longer exists."))
    classroom = (read_map(session, ensure_teaching_map(session, teaching)) if copy
                 else readable_teaching_map(session, teaching))
    if classroom is None:
        return None
    lesson_id = session.scalar(select(LessonVersion.lesson_id)
                               .where(LessonVersion.id == teaching.version_id))
    labels = {i: label for i, label in session.execute(
        select(CasePupil.id, CasePupil.label).where(CasePupil.lesson_id == lesson_id))}
    return MapView(classroom, heat_in(session, teaching_id), labels)


def notes_about(library: Library, teaching_id: int, seat_ids: set[int],
                place_ids: set[int]) -> list[NoteLine]:
    """The notes about any of these seats or tables (a table includes its seats), in time order."""
    with library.reading() as session:
        seats = set(seat_ids)
        if place_ids:
            seats |= set(session.scalars(select(ClassroomSeat.id)
                                         .where(ClassroomSeat.place_id.in_(place_ids))))
        about = (select(NotePlace.note_id)
                 .where(NotePlace.seat_id.in_(seats) | NotePlace.place_id.in_(place_ids)))
        rows = session.execute(
            select(ObservationNote.id, ObservationNote.elapsed_seconds, ObservationNote.text)
            .where(ObservationNote.teaching_id == teaching_id, ObservationNote.id.in_(about))
            .order_by(ObservationNote.elapsed_seconds, ObservationNote.id))
        return [NoteLine(i, e, t) for i, e, t in rows]
