"""The tallies chart for print: grouped bars per segment with the count written on each bar.

Numbers are printed on the bars (and in the table beside the chart) so the page
reads without a ruler and a PDF reader can find them.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from lessonstudy.domain.classroom_print import PrintCounter
from lessonstudy.printing.styles import Ink
from lessonstudy.printing.textruns import draw_string, fit_text

SERIES = ("#1565C0", "#C0201A", "#0B6E35", "#F2A900", "#6A1B9A", "#00838F", "#5D4037",
          "#AD1457")


class TallyChart(Flowable):
    """Counts of up to eight counters across a lesson's segments."""

    def __init__(self, counters: tuple[PrintCounter, ...], segments: int, width: float,
                 height: float = 150) -> None:
        super().__init__()
        self.counters = counters[:len(SERIES)]
        self.segments = segments
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, bottom, legend = 22.0, 14.0, 16.0
        top = self.height - legend - 4
        plot = self.width - left
        highest = max([1, *(max(c.by_segment, default=0) for c in self.counters)])
        slot = plot / max(1, self.segments)
        bar = slot * 0.8 / max(1, len(self.counters))
        canvas.setStrokeColor(Ink.RULE)
        canvas.line(left, bottom, self.width, bottom)
        for s, counter in enumerate(self.counters):
            colour = colors.HexColor(SERIES[s])
            lx = left + s * (plot / len(self.counters))
            canvas.setFillColor(colour)
            canvas.rect(lx, self.height - 9, 7, 7, stroke=0, fill=1)
            canvas.setFillColor(Ink.TEXT)
            name = counter.code or counter.label
            draw_string(canvas, lx + 10, self.height - 9,
                        fit_text(name, plot / len(self.counters) - 12, 7), 7)
            for i, value in enumerate(counter.by_segment):
                h = (top - bottom) * value / highest
                x = left + i * slot + slot * 0.1 + s * bar
                canvas.setFillColor(colour)
                canvas.rect(x, bottom, bar * 0.9, h, stroke=0, fill=1)
                if value:
                    canvas.setFillColor(Ink.TEXT)
                    draw_string(canvas, x + bar * 0.45, bottom + h + 1.5, str(value), 6,
                                align="centre")
        canvas.setFillColor(Ink.MUTED)
        for i in range(self.segments):
            draw_string(canvas, left + (i + 0.5) * slot, 4, str(i + 1), 7, align="centre")
