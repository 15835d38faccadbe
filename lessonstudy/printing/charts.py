"""The lesson timeline chart: planned and actual segments as proportional blocks.

Teams compare the plan with what happened ("Planned" row over "Actual" row):
each segment is a block as long as it lasted, coloured by its kind (the same
colours as on screen), named when there is room. A minute axis runs below and
a line marks the lesson end, so over-time shows as blocks past the line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS, SegmentKind
from lessonstudy.domain.timing import format_clock
from lessonstudy.printing.styles import Ink, kind_colour, kind_text_colour
from lessonstudy.printing.textruns import draw_string, fit_text, string_width

_LABEL_STEPS_MIN = (1, 2, 5, 10, 15, 20, 30, 60)
_LABEL_STEPS_HOURS = (2, 3, 6, 12, 24)
_OVERTIME_TINT = colors.Color(0.84, 0.37, 0.0, alpha=0.12)


@dataclass(frozen=True)
class TimelineBlock:
    """One segment on a row: its name, kind, and start/end in seconds into the lesson."""

    label: str
    kind: SegmentKind
    start_s: float
    end_s: float


@dataclass(frozen=True)
class TimelineRow:
    """A labelled row of blocks, e.g. "Planned" or "Actual"."""

    label: str
    blocks: Sequence[TimelineBlock]


@dataclass(frozen=True)
class TimelineLook:
    """Sizes in points; the defaults suit a full-width chart on A4."""

    row_height: float = 18
    row_gap: float = 4
    block_text_size: float = 7
    row_label_size: float = 8
    axis_text_size: float = 7
    min_label_spacing: float = 22


class Timeline(Flowable):
    """A flowable timeline that scales to the width it is given."""

    def __init__(
        self,
        rows: Sequence[TimelineRow],
        lesson_end_s: float = DEFAULT_LESSON_SECONDS,
        *,
        look: TimelineLook | None = None,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.lesson_end_s = lesson_end_s
        self.look = look or TimelineLook()
        self.span_s = _span(self.rows, lesson_end_s)
        self.width = 0.0
        self.height = self._height()

    def _height(self) -> float:
        look = self.look
        rows = len(self.rows) * (look.row_height + look.row_gap)
        return self._top_pad() + rows + 6 + look.axis_text_size + 6

    def _top_pad(self) -> float:
        return self.look.axis_text_size + 4  # room for the lesson-end label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    # -- geometry -----------------------------------------------------------
    def _label_width(self) -> float:
        widest = max((string_width(r.label, self.look.row_label_size, True) for r in self.rows),
                     default=0.0)
        return min(widest + 6, self.width * 0.25)

    def _plot(self) -> tuple[float, float]:
        """Left x of the time area and points per second."""
        left = self._label_width()
        right_pad = string_width("00:00", self.look.axis_text_size) / 2 + 1
        return left, (self.width - left - right_pad) / self.span_s

    def _row_bottom(self, index: int) -> float:
        look = self.look
        return self.height - self._top_pad() - (index + 1) * (look.row_height + look.row_gap)

    # -- drawing ------------------------------------------------------------
    def draw(self) -> None:
        left, scale = self._plot()
        self._draw_overtime(left, scale)
        for index, row in enumerate(self.rows):
            self._draw_row(index, row, left, scale)
        self._draw_axis(left, scale)
        self._draw_end_marker(left, scale)

    def _draw_overtime(self, left: float, scale: float) -> None:
        if self.span_s <= self.lesson_end_s:
            return
        canvas = self.canv
        bottom = self._row_bottom(len(self.rows) - 1)
        top = self.height - self._top_pad()
        end_x = left + self.lesson_end_s * scale
        canvas.setFillColor(_OVERTIME_TINT)
        canvas.rect(end_x, bottom, self.width - end_x, top - bottom, stroke=0, fill=1)

    def _draw_row(self, index: int, row: TimelineRow, left: float, scale: float) -> None:
        canvas, look = self.canv, self.look
        bottom = self._row_bottom(index)
        canvas.setFillColor(Ink.TEXT)
        label = fit_text(row.label, left - 6, look.row_label_size, bold=True)
        draw_string(canvas, 0, bottom + look.row_height / 2 - look.row_label_size / 3, label,
                    look.row_label_size, bold=True)
        for block in row.blocks:
            self._draw_block(block, left + block.start_s * scale, bottom,
                             max(0.0, (block.end_s - block.start_s) * scale))

    def _draw_block(self, block: TimelineBlock, x: float, y: float, width: float) -> None:
        canvas, look = self.canv, self.look
        canvas.setFillColor(kind_colour(block.kind))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.75)
        canvas.rect(x, y, width, look.row_height, stroke=1, fill=1)
        text = fit_text(block.label, width - 4, look.block_text_size)
        if text and text != "…":
            canvas.setFillColor(kind_text_colour(block.kind))
            baseline = y + look.row_height / 2 - look.block_text_size / 3
            draw_string(canvas, x + width / 2, baseline, text, look.block_text_size,
                        align="centre")

    def _draw_axis(self, left: float, scale: float) -> None:
        canvas, look = self.canv, self.look
        axis_y = self._row_bottom(len(self.rows) - 1) - 1
        canvas.setStrokeColor(Ink.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, axis_y, left + self.span_s * scale, axis_y)
        step = _label_step(scale, look.min_label_spacing)
        every_minute = 60 * scale >= 2  # minute ticks only while they stay apart
        canvas.setFillColor(Ink.MUTED)
        tick = 1 if every_minute else step  # only the ticks drawn: a few dozen, never millions
        for minute in range(0, int(self.span_s // 60) + 1, tick):
            x = left + minute * 60 * scale
            major = minute % step == 0
            if major or every_minute:
                canvas.line(x, axis_y, x, axis_y - (4 if major else 2))
            if major:
                draw_string(canvas, x, axis_y - 5 - look.axis_text_size, str(minute),
                            look.axis_text_size, align="centre")

    def _draw_end_marker(self, left: float, scale: float) -> None:
        canvas, look = self.canv, self.look
        x = left + self.lesson_end_s * scale
        top = self.height - self._top_pad() + 1
        bottom = self._row_bottom(len(self.rows) - 1) - 1
        canvas.setStrokeColor(Ink.OVERTIME)
        canvas.setLineWidth(1)
        canvas.setDash(3, 2)
        canvas.line(x, bottom, x, top)
        canvas.setDash()
        canvas.setFillColor(Ink.OVERTIME)
        draw_string(canvas, x, top + 2, format_clock(int(self.lesson_end_s)),
                    look.axis_text_size, bold=True, align="centre")


def _span(rows: Sequence[TimelineRow], lesson_end_s: float) -> float:
    """Seconds the axis covers: the lesson, or the latest block if it ran over; whole minutes."""
    latest = max((b.end_s for r in rows for b in r.blocks), default=0.0)
    return max(60.0, math.ceil(max(lesson_end_s, latest) / 60) * 60)


def _label_step(points_per_second: float, min_spacing: float) -> int:
    """Minutes between axis labels so that they do not crowd."""
    for step in _LABEL_STEPS_MIN:
        if step * 60 * points_per_second >= min_spacing:
            return step
    for hours in _LABEL_STEPS_HOURS:
        if hours * 3600 * points_per_second >= min_spacing:
            return hours * 60
    days = math.ceil(min_spacing / (86400 * points_per_second))
    return days * 24 * 60
