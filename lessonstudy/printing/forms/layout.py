"""How much room each segment gets on the grid, and which rows go on which page.

Observers write more during a ten-minute group task than during twenty
seconds of pair work, so a row grows with its segment's planned length, but
within bounds: a 20-second segment still gets a row one can write two lines
in, a long one grows to about a sixth of the page and never to a whole page.
A row is also never shorter than its own segment label. Rows are never split
across pages; the header row repeats on every grid page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

ROW_MIN = 15 * mm
"""Height of the shortest row (a few seconds of pair work): two written lines and the label."""

ROW_PER_MINUTE = 3 * mm
ROW_MAX = 46 * mm
"""Tallest row, reached by segments of about ten minutes."""

SEGMENT_COLUMN = 46 * mm


def row_height(seconds: int, label_height: float = 0.0) -> float:
    """Writing room for a segment of ``seconds``, at least ``label_height``."""
    grown = ROW_MIN + ROW_PER_MINUTE * max(0, seconds) / 60
    return max(min(grown, ROW_MAX), ROW_MIN, label_height)


def paginate(heights: Sequence[float], room: float) -> list[list[int]]:
    """Row indexes per page: as many whole rows as fit in ``room`` (at least one)."""
    pages: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for index, height in enumerate(heights):
        if current and used + height > room:
            pages.append(current)
            current, used = [], 0.0
        current.append(index)
        used += height
    if current:
        pages.append(current)
    return pages or [[]]


@dataclass(frozen=True)
class GridColumns:
    """x positions and widths of the grid: the segment column, then the writing columns."""

    left: float
    segment_width: float
    writing_widths: tuple[float, ...]

    @property
    def width(self) -> float:
        return self.segment_width + sum(self.writing_widths)

    def writing_x(self, index: int) -> float:
        return self.left + self.segment_width + sum(self.writing_widths[:index])

    @property
    def edges(self) -> list[float]:
        """Every vertical rule's x, left to right."""
        return [self.left] + [self.writing_x(i) for i in range(len(self.writing_widths) + 1)]


def grid_columns(left: float, width: float, focus_columns: int, pupil_columns: int) -> GridColumns:
    """Focus columns share the room equally with case-pupil columns (which get 80 %)."""
    room = width - SEGMENT_COLUMN
    shares = [1.0] * focus_columns + [0.8] * pupil_columns
    unit = room / sum(shares) if shares else room
    return GridColumns(left, SEGMENT_COLUMN, tuple(unit * share for share in shares))
