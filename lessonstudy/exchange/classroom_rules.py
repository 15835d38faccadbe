"""Classroom-map rules checked on an incoming lesson file, reported with JSON paths.

The schema can say a seat has a label; only the whole map can say a seat sits
at a board, two pupils share a seat, or a room holds 200 seats. These are the
same rules the map editor keeps (:func:`~lessonstudy.domain.classroom.map_problems`),
checked on the flat records before anything is written, so a bad map refuses
the whole file with the path of what to fix.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from lessonstudy.domain.classroom import MAX_SEATS, MAX_SEATS_PER_TABLE
from lessonstudy.i18n import _

if TYPE_CHECKING:
    from lessonstudy.exchange.lesson_flatten import Flattened
    from lessonstudy.exchange.lesson_records import Record


def check_classroom(result: Flattened) -> None:
    """Append a problem (with its path) for every classroom rule the records break."""
    for prefix in ("default_", ""):
        _check_map(result, prefix)
    _check_note_places(result)


def _check_map(result: Flattened, prefix: str) -> None:
    places = {r.uuid: r for r in result.of(f"{prefix}place")}
    seats_of: dict[str, list[Record]] = defaultdict(list)
    for seat in result.of(f"{prefix}seat"):
        seats_of[seat.values["place_id"]].append(seat)
    per_map: dict[str, int] = defaultdict(int)
    for place_uuid, seats in seats_of.items():
        place = places[place_uuid]
        per_map[place.values["map_id"]] += len(seats)
        if place.values["kind"] != "table":
            result.problems.append(
                _("{path}.seats: a seat must be at a table; this is a {kind}").format(
                    path=place.path, kind=place.values["kind"]))
        if len(seats) > MAX_SEATS_PER_TABLE:
            result.problems.append(
                _("{path}.seats: {count} seats; a table seats at most {limit} pupils").format(
                    path=place.path, count=len(seats), limit=MAX_SEATS_PER_TABLE))
        taken: dict[int, str] = {}
        for seat in seats:
            position = seat.values["position"]
            if position in taken:
                result.problems.append(
                    _("{path}.position: two pupils on one seat (seat {position} is also at "
                      "{other})").format(path=seat.path, position=position, other=taken[position]))
            taken.setdefault(position, seat.path)
    for map_uuid, count in per_map.items():
        if count > MAX_SEATS:
            where = next(r.path for r in result.records if r.uuid == map_uuid)
            result.problems.append(
                _("{where}: the map has {count} seats; a classroom map holds at most {limit}")
                .format(where=where, count=count, limit=MAX_SEATS))
    _check_map_labels(result, prefix, places)


def _check_map_labels(result: Flattened, prefix: str, places: dict[str, Record]) -> None:
    labels: dict[tuple[str, str], str] = {}
    cases: dict[tuple[str, str], str] = {}
    for seat in result.of(f"{prefix}seat"):
        room = places[seat.values["place_id"]].values["map_id"]
        key = (room, seat.values["label"])
        if key in labels:
            result.problems.append(
                _("{path}.label: '{label}' already labels the seat at {other}").format(
                    path=seat.path, label=key[1], other=labels[key]))
        labels.setdefault(key, seat.path)
        case = seat.values.get("case_pupil_id")
        if case is not None:
            if (room, case) in cases:
                result.problems.append(
                    _("{path}.case_pupil: this case pupil already sits at {other}").format(
                        path=seat.path, other=cases[room, case]))
            cases.setdefault((room, case), seat.path)


def _check_note_places(result: Flattened) -> None:
    teaching_of_note = {r.uuid: r.values["teaching_id"] for r in result.of("note")}
    teaching_of_map = {r.uuid: r.values["teaching_id"] for r in result.of("classroom")}
    place_map = {r.uuid: r.values["map_id"] for r in result.of("place")}
    seat_place = {r.uuid: r.values["place_id"] for r in result.of("seat")}
    for link in result.of("note_place"):
        seat, table = link.values["seat_id"], link.values["place_id"]
        if (seat is None) == (table is None):
            result.problems.append(_("{path}: name either a seat or a table").format(
                                       path=link.path))
            continue
        place = seat_place.get(seat) if seat is not None else table
        teaching = teaching_of_map.get(place_map.get(str(place), ""))
        if teaching is not None and teaching != teaching_of_note.get(link.values["note_id"]):
            result.problems.append(_("{path}: that seat or table is on another teaching's "
                                     "classroom map").format(path=link.path))
