"""Read a teaching's classroom for printing: map, heat, predictions and tallies in one go.

Called inside the forms' and the report's own read transaction, so a print
sees one consistent moment. A teaching whose map was never opened prints its
lesson's default map (nothing is copied: printing only reads).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.classroom_print import ClassroomPrint, PrintCounter, PrintPrediction
from lessonstudy.services.classroom import read_map
from lessonstudy.services.note_places import heat_in
from lessonstudy.services.predictions import grid_in
from lessonstudy.services.tallies import counts_in
from lessonstudy.storage.models import (
    CasePupil,
    ClassroomMap,
    LessonVersion,
    NotePlace,
    ObservationNote,
    Segment,
    Teaching,
)


def classroom_print_in(session: Session, teaching: Teaching, *,
                       observed: bool = True) -> ClassroomPrint:
    """The teaching's printable classroom; ``observed`` adds the notes about case pupils."""
    version = session.get_one(LessonVersion, teaching.version_id)
    row = session.scalar(select(ClassroomMap).where(ClassroomMap.teaching_id == teaching.id))
    if row is None:
        row = session.scalar(select(ClassroomMap).where(ClassroomMap.lesson_id ==
                                                        version.lesson_id))
    heat = heat_in(session, teaching.id)
    labels = {i: label for i, label in session.execute(
        select(CasePupil.id, CasePupil.label).where(CasePupil.lesson_id == version.lesson_id))}
    grid = grid_in(session, version, teaching.id if observed else None)
    numbers = {s: i + 1 for i, s in enumerate(dict.fromkeys(r.segment_id for r in grid.rows))}
    predictions = tuple(
        PrintPrediction(r.case_label, numbers[r.segment_id], r.segment_title, r.predicted,
                        r.observed)
        for r in grid.rows if r.predicted or r.observed)
    segments = list(session.execute(select(Segment.id, Segment.title)
                                    .where(Segment.version_id == version.id)
                                    .order_by(Segment.position)))
    counts = counts_in(session, teaching.id)
    counters = tuple(
        PrintCounter(c.group_name, c.label, c.code,
                     tuple(counts.by_segment.get(c.id, {}).get(s, 0) for s, _t in segments),
                     counts.by_interval.get(c.id, {}))
        for c in counts.counters)
    on_map = session.scalar(
        select(func.count(func.distinct(NotePlace.note_id)))
        .join(ObservationNote, ObservationNote.id == NotePlace.note_id)
        .where(ObservationNote.teaching_id == teaching.id)) or 0
    return ClassroomPrint(read_map(session, row), heat.seats, heat.places, labels, predictions,
                          tuple(t for _s, t in segments), counters, on_map)
