"""A phone's note names a case pupil, a seat on the teaching's classroom map and a flag.

They go through the same checks as the window's notes (a case pupil of this lesson, a
seat on this teaching's map), and they show where the window's notes show them: the
notes list and the classroom map's heat.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from lessonstudy.domain.classroom import groups_of_four
from lessonstudy.services import classroom, note_places, notes
from lessonstudy.storage.models import (
    CasePupil,
    ClassroomSeat,
    Lesson,
    LessonVersion,
    Teaching,
)
from tests.web.conftest import Observation


def seats_and_pupils(observation: Observation) -> tuple[list[int], list[int], int]:
    """The teaching gets a groups-of-four map whose first seat is case pupil 1's; returns
    (seat ids, case pupil ids of this lesson, a case pupil of another lesson)."""
    library, teaching_id = observation.library, observation.teaching_id
    classroom.save_teaching_map(library, teaching_id, groups_of_four())
    places = classroom_places(observation)
    with library.unit_of_work() as session:
        teaching = session.get_one(Teaching, teaching_id)
        lesson_id = session.get_one(LessonVersion, teaching.version_id).lesson_id
        pupils = list(session.scalars(select(CasePupil.id).where(CasePupil.lesson_id == lesson_id)
                                      .order_by(CasePupil.label)))
        lesson = session.get_one(Lesson, lesson_id)
        another = Lesson(cycle_id=lesson.cycle_id, title="Similar triangles")
        session.add(another)
        session.flush()
        elsewhere = CasePupil(lesson_id=another.id, label="Z")
        session.add(elsewhere)
        session.flush()
        other = elsewhere.id
        seats = list(session.scalars(select(ClassroomSeat.id).where(
            ClassroomSeat.place_id.in_(places)).order_by(ClassroomSeat.id)))
        session.get_one(ClassroomSeat, seats[0]).case_pupil_id = pupils[0]
    assert seats and len(pupils) >= 2
    return seats, pupils, other


def classroom_places(observation: Observation) -> list[int]:
    found = classroom.teaching_map(observation.library, observation.teaching_id)
    return [place.id for place in found.places if place.id is not None]


def test_the_roster_offers_case_pupils_and_the_maps_seats(observation: Observation) -> None:
    phone = observation.joined()
    plain = phone.request("GET", "/api/roster").data
    assert plain["seats"] == []  # no classroom map yet: the page hides the seat choice
    seats, pupils, _other = seats_and_pupils(observation)
    phone = observation.joined()  # a new roster read (the first was cached)
    observation.server.desk.roster_cache = None
    roster = phone.request("GET", "/api/roster").data
    assert [p["id"] for p in roster["case_pupils"]] == pupils
    assert [s["id"] for s in roster["seats"]] == seats
    assert roster["seats"][0]["case_pupil_id"] == pupils[0]
    assert roster["seats"][0]["table"] and roster["seats"][0]["label"]


def test_a_note_about_a_case_pupil_at_a_seat_flagged(observation: Observation) -> None:
    library, teaching_id = observation.library, observation.teaching_id
    seats, pupils, _other = seats_and_pupils(observation)
    phone = observation.joined()
    answer = phone.note("Pupil A explains the squares", "a1", case_pupil_id=pupils[1],
                        seat_id=seats[5], flagged=True)
    assert answer.status == 201, answer.data
    assert answer.data["note"]["flagged"] is True and answer.data["note"]["case_pupil"]
    by_seat = phone.note("B1 points at the hypotenuse", "a2", seat_id=seats[0])
    assert by_seat.status == 201
    stored = {n.text: n for n in notes.list_notes(library, teaching_id)}
    first = stored["Pupil A explains the squares"]
    assert (first.fields.case_pupil_id, first.fields.flagged) == (pupils[1], True)
    assert stored["B1 points at the hypotenuse"].fields.case_pupil_id == pupils[0]  # her seat
    targets = note_places.targets_of(library, teaching_id)
    assert targets[first.id].seat_ids == (seats[5],)
    heat = note_places.heat(library, teaching_id)
    assert heat.seats == {seats[5]: 1, seats[0]: 1}
    assert [n["text"] for n in phone.request("GET", "/api/notes").data["notes"]
            if n["flagged"]] == ["Pupil A explains the squares"]


def test_a_wrong_pupil_seat_or_flag_is_refused_and_stores_nothing(
        observation: Observation) -> None:
    seats, _pupils, other = seats_and_pupils(observation)
    phone = observation.joined()
    before = observation.counts()
    assert phone.note("x", "w1", case_pupil_id=other).status == 422  # another lesson's pupil
    assert phone.note("x", "w2", seat_id=seats[-1] + 999).status == 422  # not on this map
    assert phone.note("x", "w3", seat_id="3B").status == 400
    assert phone.note("x", "w4", flagged="yes").status == 400
    assert observation.counts() == before
    assert note_places.heat(observation.library, observation.teaching_id).seats == {}


def test_the_printed_evidence_shows_the_phones_case_pupil_and_flag(
        observation: Observation, tmp_path: Path) -> None:
    from lessonstudy.services.report import write_conference_report
    from tests.printing.pdfcheck import pdf_text

    _seats, pupils, _other = seats_and_pupils(observation)
    phone = observation.joined()
    assert phone.note("Pupil compares the areas aloud", "p1", case_pupil_id=pupils[0],
                      flagged=True).status == 201
    with observation.library.unit_of_work() as session:
        label = session.get_one(CasePupil, pupils[0]).label
    out = tmp_path / "report.pdf"
    write_conference_report(observation.library, observation.teaching_id, out, language="en")
    text = " ".join(pdf_text(out).split())
    assert "Pupil compares the areas aloud" in text
    assert f"pupil {label}" in text
    assert "1 flagged (shaded)" in text
