"""The classroom on the page: tables, seats, the teacher's place, the board and iBoards.

Observers at an open class write about a pupil or a group, not about "the
class": the map gives every seat and table a short name so a note can say
which. A map is pure data here (no Qt, no database) so the editor, the live
lesson, the printed map page and the importer all check it with one set of
rules (:func:`map_problems`) and place seats with one geometry
(:func:`seat_points`).

Coordinates are centimetres in a room of :data:`ROOM_WIDTH` × :data:`ROOM_DEPTH`,
origin at the back-left corner seen from the observers, board at the top.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from lessonstudy.i18n import _, pgettext

ROOM_WIDTH = 1000
ROOM_DEPTH = 800
MIN_SEATS_PER_TABLE = 1
MAX_SEATS_PER_TABLE = 8
#: The largest class a map holds: a Hong Kong class is at most about 40 pupils, a lecture room
#: of 200 is not a lesson-study classroom and would make seat labels unreadable on paper.
MAX_SEATS = 60
MAX_PLACES = 40
MAX_LABEL = 20


class PlaceKind(StrEnum):
    """What stands at a place on the map."""

    TABLE = "table"
    TEACHER = "teacher"
    BOARD = "board"
    IBOARD = "iboard"


@dataclass(frozen=True)
class Seat:
    """A pupil's seat at a table: an anonymous label or initials, maybe a case pupil."""

    position: int
    label: str
    case_pupil_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Place:
    """A table (with seats), the teacher's place, the board or an iBoard, by its centre."""

    kind: PlaceKind
    label: str
    x: int
    y: int
    width: int = 120
    depth: int = 80
    seats: tuple[Seat, ...] = ()
    id: int | None = None

    @property
    def is_table(self) -> bool:
        return self.kind is PlaceKind.TABLE


@dataclass(frozen=True)
class ClassroomMap:
    """All places of one teaching's (or one lesson's default) classroom."""

    places: tuple[Place, ...] = ()
    id: int | None = None
    row_version: int = 0

    @property
    def tables(self) -> list[Place]:
        return [p for p in self.places if p.is_table]

    @property
    def seat_count(self) -> int:
        return sum(len(p.seats) for p in self.places)


@dataclass(frozen=True)
class SeatPoint:
    """Where a seat is drawn: its centre and radius in room centimetres."""

    x: float
    y: float
    radius: float


def seat_points(place: Place) -> list[SeatPoint]:
    """Seats spread evenly around a table's edge (same on screen and on paper)."""
    count = len(place.seats)
    if count == 0:
        return []
    radius = 28.0
    rx, ry = place.width / 2 + radius, place.depth / 2 + radius
    points = []
    for i in range(count):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        points.append(SeatPoint(place.x + rx * math.cos(angle), place.y + ry * math.sin(angle),
                                radius))
    return points


def map_problems(classroom: ClassroomMap) -> list[str]:
    """Every rule the map breaks, in words a teacher understands (empty when it is fine)."""
    problems: list[str] = []
    if len(classroom.places) > MAX_PLACES:
        problems.append(_("The map has {n} tables and places; at most {most} fit a classroom.")
                        .format(n=len(classroom.places), most=MAX_PLACES))
    if classroom.seat_count > MAX_SEATS:
        problems.append(_("The map has {n} seats; a classroom map holds at most {most}.")
                        .format(n=classroom.seat_count, most=MAX_SEATS))
    for place in classroom.places:
        problems.extend(_place_problems(place))
    problems.extend(_label_problems(classroom))
    return problems


def _place_problems(place: Place) -> list[str]:
    name = place.label or _("(unnamed)")
    problems = []
    if not place.label.strip():
        problems.append(_("Every table and place needs a name."))
    if len(place.label) > MAX_LABEL:
        problems.append(_("The name '{name}' is longer than {most} characters.")
                        .format(name=name, most=MAX_LABEL))
    if not place.is_table and place.seats:
        problems.append(_("'{name}' is not a table, so it cannot have seats (a seat must be at "
                          "a table).").format(name=name))
    if place.is_table and not MIN_SEATS_PER_TABLE <= len(place.seats) <= MAX_SEATS_PER_TABLE:
        problems.append(_("Table '{name}' has {n} seats; a table seats {least} to {most} pupils.")
                        .format(name=name, n=len(place.seats), least=MIN_SEATS_PER_TABLE,
                                most=MAX_SEATS_PER_TABLE))
    if not (0 <= place.x <= ROOM_WIDTH and 0 <= place.y <= ROOM_DEPTH):
        problems.append(_("'{name}' is outside the room.").format(name=name))
    if not (10 <= place.width <= ROOM_WIDTH and 10 <= place.depth <= ROOM_DEPTH):
        problems.append(_("'{name}' has an impossible size.").format(name=name))
    positions = Counter(seat.position for seat in place.seats)
    for position, n in sorted(positions.items()):
        if n > 1:
            problems.append(_("Table '{name}' has two pupils on seat {seat}.")
                            .format(name=name, seat=position + 1))
    return problems


def _label_problems(classroom: ClassroomMap) -> list[str]:
    problems = []
    seats = [s for p in classroom.places for s in p.seats]
    for label, n in sorted(Counter(s.label for s in seats if s.label).items()):
        if n > 1:
            problems.append(_("Two seats are both labelled '{label}'; each pupil needs their own "
                              "label.").format(label=label))
    for seat in seats:
        if len(seat.label) > MAX_LABEL:
            problems.append(_("The seat label '{label}' is longer than {most} characters.")
                            .format(label=seat.label, most=MAX_LABEL))
    cases = Counter(s.case_pupil_id for s in seats if s.case_pupil_id is not None)
    if any(n > 1 for n in cases.values()):
        problems.append(_("A case pupil is placed on two seats; a case pupil sits in one seat."))
    for label, n in sorted(Counter(p.label for p in classroom.places if p.label).items()):
        if n > 1:
            problems.append(_("Two places are both called '{name}'.").format(name=label))
    return problems


def relabelled_seats(place: Place, count: int) -> tuple[Seat, ...]:
    """``count`` seats for a table, keeping existing seats' labels and case pupils."""
    count = max(MIN_SEATS_PER_TABLE, min(MAX_SEATS_PER_TABLE, count))
    kept = list(place.seats[:count])
    number = table_number(place)
    for i in range(len(kept), count):
        kept.append(Seat(i, default_seat_label(number, i)))
    return tuple(replace(s, position=i) for i, s in enumerate(kept))


def table_number(place: Place) -> str:
    """The short name seat labels start with: 'Group 3' → '3', 'T12' → '12'."""
    digits = "".join(ch for ch in place.label if ch.isdigit())
    return digits or place.label[:2]


def default_seat_label(number: str, position: int) -> str:
    """An anonymous seat label: table 3, second seat → '3B' (never a pupil's name)."""
    return f"{number}{chr(ord('A') + position)}"


@dataclass
class _Builder:
    places: list[Place] = field(default_factory=list)

    def front(self) -> None:
        self.places.append(Place(PlaceKind.BOARD, _("Board"), ROOM_WIDTH // 2, 40, 500, 20))
        self.places.append(Place(PlaceKind.TEACHER, pgettext("classroom place", "Teacher"),
                                 820, 130, 140, 60))

    def table(self, label: str, number: str, x: int, y: int, seats: int,
              width: int = 120, depth: int = 80) -> None:
        row = tuple(Seat(i, default_seat_label(number, i)) for i in range(seats))
        self.places.append(Place(PlaceKind.TABLE, label, x, y, width, depth, row))


def groups_of_four(groups: int = 6, with_iboards: bool = True) -> ClassroomMap:
    """Tables of four in rows of three (four when there are more than six), each with an iBoard."""
    b = _Builder()
    b.front()
    groups = max(1, min(9, groups))
    columns = 3 if groups <= 6 else 4
    across, down = (300, 250) if columns == 3 else (240, 200)
    left = 200 if columns == 3 else 140
    for g in range(groups):
        row, col = divmod(g, columns)
        x, y = left + col * across, 290 + row * down
        size = (140, 90) if columns == 3 else (120, 70)
        b.table(_("Group {n}").format(n=g + 1), str(g + 1), x, y, 4, *size)
        if with_iboards:
            b.places.append(Place(PlaceKind.IBOARD, _("iBoard {n}").format(n=g + 1),
                                  x + (125 if columns == 3 else 95), y - 95, 90, 26))
    return ClassroomMap(tuple(b.places))


def rows(rows_count: int = 5, pairs: int = 4) -> ClassroomMap:
    """Rows of paired desks facing the board."""
    b = _Builder()
    b.front()
    for r in range(rows_count):
        for p in range(pairs):
            n = r * pairs + p + 1
            b.table(_("Desk {n}").format(n=n), str(n), 170 + p * 220, 280 + r * 110, 2, 120, 40)
    return ClassroomMap(tuple(b.places))


def horseshoe(seats: int = 24) -> ClassroomMap:
    """Desks in a U open towards the board: left arm, back, right arm, six seats a desk."""
    b = _Builder()
    b.front()
    per_desk = 6
    desks = max(1, min(8, math.ceil(seats / per_desk)))
    spots = [(120, 320, 60, 200), (120, 560, 60, 200), (380, 700, 200, 60),
             (620, 700, 200, 60), (880, 560, 60, 200), (880, 320, 60, 200),
             (380, 500, 200, 60), (620, 500, 200, 60)]
    left = seats
    for d in range(desks):
        x, y, w, h = spots[d]
        n = min(per_desk, left)
        left -= n
        b.table(_("Desk {n}").format(n=d + 1), str(d + 1), x, y, n, w, h)
    return ClassroomMap(tuple(b.places))


TEMPLATES: dict[str, Callable[[], ClassroomMap]] = {
    "groups_of_four": groups_of_four, "rows": rows, "horseshoe": horseshoe}
