"""Classroom maps: the lesson default copied to a teaching, saving keeps seats, refusals safe."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.classroom import (
    ClassroomMap,
    Place,
    PlaceKind,
    Seat,
    groups_of_four,
    horseshoe,
    map_problems,
    rows,
)
from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import classroom, note_places
from lessonstudy.services.note_places import MapTarget
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import NotePlace, ObservationNote
from tests.live_support import add_fresh_teaching


def _table(label: str, seats: int, x: int = 300) -> Place:
    return Place(PlaceKind.TABLE, label, x, 300, 120, 80,
                 tuple(Seat(i, f"{label}{i}") for i in range(seats)))


def test_templates_keep_every_rule() -> None:
    for made in (groups_of_four(), rows(), horseshoe(24)):
        assert map_problems(made) == []
    assert groups_of_four().seat_count == 24
    assert len(groups_of_four().tables) == 6


def test_a_teaching_gets_a_copy_of_the_lesson_default(demo_library: Library) -> None:
    default = classroom.lesson_map(demo_library, 1)  # the demo's eight groups of four
    assert default.seat_count == 32
    teaching = add_fresh_teaching(demo_library)
    copy = classroom.teaching_map(demo_library, teaching)
    assert [p.label for p in copy.places] == [p.label for p in default.places]
    assert {p.id for p in copy.places}.isdisjoint({p.id for p in default.places})
    # the lesson default changes later; the teaching keeps what it had
    classroom.save_lesson_map(demo_library, 1, rows(), default.row_version)
    assert classroom.teaching_map(demo_library, teaching).seat_count == 32
    assert classroom.teaching_map(demo_library, add_fresh_teaching(demo_library)).seat_count == 40


def test_saving_keeps_seats_and_their_notes(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    saved = classroom.save_teaching_map(demo_library, teaching, groups_of_four())
    seat = saved.tables[0].seats[1]
    with demo_library.unit_of_work() as session:
        note = ObservationNote(teaching_id=teaching, text="1B explains to 1A")
        session.add(note)
        session.flush()
        note_id = note.id
    note_places.set_note_target(demo_library, note_id, MapTarget((seat.id,), ()))
    moved = replace(saved.tables[0], x=250, seats=tuple(
        replace(s, label=f"P{s.position}") for s in saved.tables[0].seats))
    places = tuple(moved if p.id == moved.id else p for p in saved.places)
    again = classroom.save_teaching_map(demo_library, teaching, replace(saved, places=places),
                                        saved.row_version)
    assert again.tables[0].seats[1].id == seat.id and again.tables[0].seats[1].label == "P1"
    assert note_places.heat(demo_library, teaching).seats == {seat.id: 1}
    assert again.row_version > saved.row_version


def _seat_on_board(m: ClassroomMap) -> ClassroomMap:
    board = Place(PlaceKind.BOARD, "Side board", 50, 50, 100, 20, (Seat(0, "X1"),))
    return replace(m, places=(*m.places, board))


def _two_on_one_seat(m: ClassroomMap) -> ClassroomMap:
    crowded = replace(_table("U", 2, 600), seats=(Seat(0, "a"), Seat(0, "b")))
    return replace(m, places=(_table("T", 2), crowded))


def _two_hundred_seats(m: ClassroomMap) -> ClassroomMap:
    return replace(m, places=tuple(_table(f"T{i}", 8, 100 + i) for i in range(25)))


def _nine_at_a_table(m: ClassroomMap) -> ClassroomMap:
    return replace(m, places=(_table("T", 9),))


def _same_name(m: ClassroomMap) -> ClassroomMap:
    return replace(m, places=(_table("T", 2), _table("T", 2, 500)))


@pytest.mark.parametrize(("change", "words"), [
    (_seat_on_board, "cannot have seats"),
    (_two_on_one_seat, "two pupils on seat 1"),
    (_two_hundred_seats, "200 seats"),
    (_nine_at_a_table, "seats 1 to 8"),
    (_same_name, "both called"),
])
def test_bad_maps_are_refused_and_nothing_is_half_saved(
        demo_library: Library, change: object, words: str) -> None:
    teaching = add_fresh_teaching(demo_library)
    before = classroom.save_teaching_map(demo_library, teaching, groups_of_four())
    with pytest.raises(ValidationError) as refused:
        classroom.save_teaching_map(demo_library, teaching, change(before),  # type: ignore[operator]
                                    before.row_version)
    assert words in str(refused.value)
    assert classroom.teaching_map(demo_library, teaching) == before


def test_a_case_pupil_of_another_lesson_is_refused(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    made = groups_of_four()
    table = made.tables[0]
    bad = replace(table, seats=(replace(table.seats[0], case_pupil_id=999), *table.seats[1:]))
    with pytest.raises(ValidationError, match="not one of this lesson's case pupils"):
        classroom.save_teaching_map(demo_library, teaching, replace(
            made, places=tuple(bad if p is table else p for p in made.places)))


def test_removing_a_seat_drops_its_links_but_keeps_the_note(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    saved = classroom.save_teaching_map(demo_library, teaching, groups_of_four())
    with demo_library.unit_of_work() as session:
        note = ObservationNote(teaching_id=teaching, text="Group 1 stuck")
        session.add(note)
        session.flush()
        note_id = note.id
    first = saved.tables[0]
    note_places.set_note_target(demo_library, note_id, MapTarget((first.seats[3].id,),
                                                                 (first.id,)))
    fewer = replace(first, seats=first.seats[:3])
    classroom.save_teaching_map(demo_library, teaching, replace(
        saved, places=tuple(fewer if p is first else p for p in saved.places)), saved.row_version)
    with demo_library.unit_of_work() as session:
        assert session.get(ObservationNote, note_id) is not None
        assert session.scalar(select(func.count()).select_from(NotePlace)
                              .where(NotePlace.note_id == note_id)) == 1
    assert classroom.teaching_map(demo_library, teaching).seat_count == 23
    assert note_places.targets_of(demo_library, teaching)[note_id] == MapTarget((), (first.id,))


def test_notes_on_another_teachings_seat_are_refused(demo_library: Library) -> None:
    one, two = add_fresh_teaching(demo_library), add_fresh_teaching(demo_library)
    other = classroom.save_teaching_map(demo_library, two, groups_of_four())
    classroom.save_teaching_map(demo_library, one, groups_of_four())
    with demo_library.unit_of_work() as session:
        note = ObservationNote(teaching_id=one, text="x")
        session.add(note)
        session.flush()
        note_id = note.id
    with pytest.raises(ValidationError, match="not on this teaching's classroom map"):
        note_places.set_note_target(demo_library, note_id,
                                    MapTarget((other.tables[0].seats[0].id,), ()))
    assert note_places.targets_of(demo_library, one) == {}


def test_heat_counts_each_note_once_per_table(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    saved = classroom.save_teaching_map(demo_library, teaching, groups_of_four())
    t1 = saved.tables[0]
    targets = [MapTarget((t1.seats[0].id, t1.seats[1].id), (t1.id,)),
               MapTarget((t1.seats[0].id,), ()), MapTarget((), (saved.tables[1].id,))]
    with demo_library.unit_of_work() as session:
        rows_ = [ObservationNote(teaching_id=teaching, text=f"n{i}") for i in range(3)]
        session.add_all(rows_)
        session.flush()
        ids = [r.id for r in rows_]
    for note_id, target in zip(ids, targets, strict=True):
        note_places.set_note_target(demo_library, note_id, target)
    heat = note_places.heat(demo_library, teaching)
    assert heat.seats == {t1.seats[0].id: 2, t1.seats[1].id: 1}
    assert heat.places == {t1.id: 2, saved.tables[1].id: 1}
    assert heat.place_direct == {t1.id: 1, saved.tables[1].id: 1}
    assert note_places.notes_at(demo_library, teaching, place_ids=[t1.id]) == set(ids[:2])
    assert note_places.notes_at(demo_library, teaching, seat_ids=[t1.seats[1].id]) == {ids[0]}


def test_empty_map_is_fine() -> None:
    assert map_problems(ClassroomMap()) == []
