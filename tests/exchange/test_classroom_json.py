"""The classroom in lesson JSON and bundles: round trip, and bad maps refused with their path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.services import classroom, note_places, predictions, tallies
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, Teaching
from tests.exchange.exchange_helpers import EXAMPLE, dump_hash, example_doc, lesson_doc


def _write(folder: Path, doc: dict[str, Any]) -> Path:
    shutil.copy(EXAMPLE.parent / "iboard-group1.png", folder / "iboard-group1.png")
    path = folder / "lesson.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _refused(library: Library, folder: Path, doc: dict[str, Any]) -> list[str]:
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(library, _write(folder, doc))
    assert dump_hash(library) == before
    return caught.value.problems


def _ids(library: Library) -> tuple[int, int]:
    with library.unit_of_work() as session:
        lesson = session.scalars(select(Lesson.id)).one()
        teaching = session.scalars(select(Teaching.id)).one()
        return lesson, teaching


def test_example_brings_map_notes_on_seats_predictions_and_tallies(library: Library) -> None:
    import_lesson_json(library, EXAMPLE)
    lesson_id, teaching_id = _ids(library)
    default = classroom.lesson_map(library, lesson_id)
    assert [p.label for p in default.tables] == ["Group 1", "Group 2"]
    room = classroom.teaching_map(library, teaching_id)
    seat_1a = room.tables[0].seats[0]
    assert (seat_1a.label, seat_1a.case_pupil_id is not None) == ("1A", True)
    heat = note_places.heat(library, teaching_id)
    assert heat.seats == {seat_1a.id: 1} and heat.places == {room.tables[0].id: 1}
    counts = tallies.tally_counts(library, teaching_id)
    assert [c.label for c in counts.counters] == ["Pupil question", "Teacher question"]
    assert counts.total(counts.counters[0].id) == 2
    grid = predictions.teaching_predictions(library, teaching_id)
    row = next(r for r in grid.rows if r.predicted)
    assert row.predicted.startswith("Says 1/4") and row.observed[0].startswith("A said 1/4")


def test_bundle_round_trip_keeps_the_classroom(library: Library, tmp_path: Path) -> None:
    from lessonstudy.paths import resolve_location

    import_lesson_json(library, EXAMPLE)
    out = tmp_path / "lesson.lsb"
    export_bundle(library, 1, out)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = Library.open(resolve_location(other_dir))
    try:
        import_bundle(other, out)
        mine, theirs = lesson_doc(library), lesson_doc(other)
        assert theirs == mine
        assert theirs["teachings"][0]["notes"][0]["about"][0]["seat"]
        assert theirs["teachings"][0]["groups"][0]["counters"][0]["marks"]
        before = dump_hash(other)
        again = import_bundle(other, out)
        assert (again.added, again.updated) == (0, 0) and dump_hash(other) == before
    finally:
        other.close()


def test_seat_at_the_board_and_two_pupils_on_one_seat(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    places = doc["classroom"]["places"]
    places[0]["seats"] = [{"position": 0, "label": "X"}]
    places[1]["seats"][1]["position"] = 0
    problems = _refused(library, tmp_path, doc)
    assert "$.classroom.places[0].seats: a seat must be at a table; this is a board" in problems
    assert any(p.startswith("$.classroom.places[1].seats[1].position: two pupils on one seat")
               for p in problems)


def test_a_map_of_two_hundred_seats_is_refused(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    doc["classroom"]["places"] = [
        {"kind": "table", "label": f"T{t}", "x": 100 + t, "y": 300,
         "seats": [{"position": s, "label": f"{t}-{s}"} for s in range(8)]} for t in range(25)]
    problems = _refused(library, tmp_path, doc)
    assert problems == ["$.classroom: the map has 200 seats; a classroom map holds at most 60"]


def test_schema_violating_map_is_refused_with_its_path(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    doc["classroom"]["places"][1]["x"] = "left"
    doc["classroom"]["places"][1]["kind"] = "sofa"
    doc["classroom"]["places"][1]["seats"][0]["colour"] = "red"
    doc["teachings"][0]["groups"][0]["counters"][0]["key"] = "Q1"
    doc["teachings"][0]["notes"][0]["about"][0] = {"seat": "nowhere"}
    problems = _refused(library, tmp_path, doc)
    assert "$.classroom.places[1].kind: expected one of: table, teacher, board, iboard" in problems
    assert "$.classroom.places[1].x: expected an integer" in problems
    assert "$.classroom.places[1].seats[0].colour: unknown key" in problems
    assert any(p.startswith("$.teachings[0].groups[0].counters[0].key") for p in problems)


def test_a_note_link_naming_nothing_is_refused(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    doc["teachings"][0]["notes"][0]["about"] = [{"seat": "nowhere"}, {}]
    problems = _refused(library, tmp_path, doc)
    assert "$.teachings[0].notes[0].about[0].seat: no seat with id 'nowhere' in this file" \
        in problems
    assert "$.teachings[0].notes[0].about[1]: name either a seat or a table" in problems
