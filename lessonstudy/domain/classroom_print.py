"""What the printed classroom shows: the map, its heat, predictions and tallies, as plain data.

The observation forms print the map (seat labels, for paper notes) and the
team's predictions beside an empty "observed" column; the conference report
prints the map's heat, the tallies chart and predicted beside observed. Both
read this one record so printing never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lessonstudy.domain.classroom import ClassroomMap


@dataclass(frozen=True)
class PrintPrediction:
    """A case pupil in a segment: what the team predicted and (for the report) what was seen."""

    case_label: str
    segment_number: int
    segment_title: str
    predicted: str
    observed: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintCounter:
    """A tally counter with its counts per segment (in plan order) and per 2-minute interval."""

    group_name: str
    label: str
    code: str
    by_segment: tuple[int, ...]
    by_interval: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_segment)


@dataclass(frozen=True)
class ClassroomPrint:
    """Everything classroom-related one teaching prints."""

    classroom: ClassroomMap = field(default_factory=ClassroomMap)
    seat_heat: dict[int, int] = field(default_factory=dict)
    table_heat: dict[int, int] = field(default_factory=dict)
    case_labels: dict[int, str] = field(default_factory=dict)
    predictions: tuple[PrintPrediction, ...] = ()
    segment_titles: tuple[str, ...] = ()
    counters: tuple[PrintCounter, ...] = ()
    notes_on_map: int = 0

    @property
    def has_map(self) -> bool:
        return bool(self.classroom.places)
