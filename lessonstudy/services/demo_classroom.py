"""The demo open class's classroom: eight groups of four, case pupils placed, notes on seats,
the team's predictions for the case pupils, and one group's tallies.

Kept apart from :mod:`demo_content` (the lesson itself) because it is one
feature's showcase; :func:`add_demo_classroom` runs inside the demo's own
transaction, so the demo still loads all or nothing.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.classroom import groups_of_four
from lessonstudy.domain.tallies import suggested_set
from lessonstudy.domain.timing import parse_duration
from lessonstudy.services.classroom import read_map, write_places
from lessonstudy.storage.models import (
    CasePupilPrediction,
    ClassroomMap,
    Lesson,
    NotePlace,
    ObservationNote,
    ObserverGroup,
    Segment,
    TallyCounter,
    TallyMark,
    Teaching,
)

#: case pupil label -> (table number, seat position): A in 1B, B in 3C, C in 6A.
CASE_SEATS = {"A": (1, 1), "B": (3, 2), "C": (6, 0)}
#: demo note index -> (seat labels, table numbers) it is about.
NOTE_TARGETS: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {
    0: ((), (1, 2)),
    2: (("6A",), ()),
    4: (("3C",), (3,)),
    5: (("3C",), (3,)),
    6: ((), (5,)),
}
#: (segment index, case pupil) -> what the team predicted.
PREDICTIONS = {
    (2, "A"): "Predicts 'the big square is the sum' at once and tells the partner.",
    (2, "B"): "Listens to the partner; agrees but does not say why.",
    (2, "C"): "Unsure what 'pattern' means; waits for the partner.",
    (3, "A"): "Measures quickly, may skip checking the right angle.",
    (3, "B"): "Records the table carefully; speaks when the group is stuck.",
    (3, "C"): "Miscounts squares on the slanted side (24 or 26 instead of 25).",
    (4, "A"): "Writes the conjecture for the group.",
    (4, "B"): "Adds a question or an example to the iBoard.",
    (4, "C"): "Copies the conjecture; may not be able to explain it.",
    (6, "A"): "Presents for the group.",
    (6, "B"): "Answers a question from another group if asked directly.",
    (6, "C"): "Stays quiet unless the teacher invites them.",
}
#: counter code -> minutes (mm:ss) when a press was recorded in the research lesson.
MARKS = {
    "PQ": ["8:30", "9:10", "12:40", "14:05", "16:20", "21:40", "27:00", "28:10", "33:30",
           "35:05", "38:40", "43:00"],
    "TQ": ["1:10", "2:05", "3:40", "4:30", "5:20", "6:10", "7:45", "26:00", "32:30", "41:20",
           "42:10", "42:50", "45:00", "49:30"],
    "PP": ["7:55", "8:10", "10:30", "11:45", "13:10", "15:00", "17:40", "20:10", "22:30",
           "24:00", "29:10", "30:40"],
    "WT": ["2:10", "4:45", "33:50", "42:20"],
}


def add_demo_classroom(session: Session, lesson: Lesson, teaching: Teaching,
                       notes: list[ObservationNote], starts: list[int]) -> None:
    """Lesson default map, the research teaching's copy with notes, predictions, tallies."""
    pupils = {p.label: p.id for p in lesson.case_pupils}
    room = groups_of_four(8)
    tables = room.tables
    for label, (table, seat) in CASE_SEATS.items():
        place = tables[table - 1]
        seats = list(place.seats)
        seats[seat] = replace(seats[seat], case_pupil_id=pupils[label])
        tables[table - 1] = replace(place, seats=tuple(seats))
    placed = {t.label: t for t in tables}
    room = replace(room, places=tuple(placed.get(p.label, p) for p in room.places))
    for owner in ({"lesson_id": lesson.id}, {"teaching_id": teaching.id}):
        row = ClassroomMap(**owner)
        session.add(row)
        session.flush()
        write_places(session, row, room)
    stored = read_map(session, row)
    seat_ids = {s.label: s.id for p in stored.places for s in p.seats}
    table_ids = [p.id for p in stored.tables]
    for index, (seat_labels, numbers) in NOTE_TARGETS.items():
        session.add_all([NotePlace(note_id=notes[index].id, seat_id=seat_ids[s])
                         for s in seat_labels])
        session.add_all([NotePlace(note_id=notes[index].id, place_id=table_ids[n - 1])
                         for n in numbers])
    segments = list(session.scalars(select(Segment).where(Segment.version_id ==
                                                          teaching.version_id)
                                    .order_by(Segment.position)))
    session.add_all(CasePupilPrediction(segment_id=segments[s].id, case_pupil_id=pupils[c],
                                        text=text) for (s, c), text in PREDICTIONS.items())
    _add_tallies(session, teaching, segments, starts)


def _add_tallies(session: Session, teaching: Teaching, segments: list[Segment],
                 starts: list[int]) -> None:
    group = session.scalars(select(ObserverGroup).where(ObserverGroup.teaching_id == teaching.id)
                            .order_by(ObserverGroup.position)).all()[1]
    for position, spec in enumerate(suggested_set()):
        counter = TallyCounter(group_id=group.id, position=position, label=spec.label,
                               key=spec.key, code=spec.code)
        session.add(counter)
        session.flush()
        for stamp in MARKS[spec.code]:
            elapsed = parse_duration(stamp)
            index = max(i for i, start in enumerate(starts) if start <= elapsed)
            session.add(TallyMark(counter_id=counter.id, segment_id=segments[index].id,
                                  elapsed_seconds=elapsed))
