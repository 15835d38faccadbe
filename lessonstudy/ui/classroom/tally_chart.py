"""A bar chart of tallies by segment: one group of bars per segment, one bar per counter.

Painted directly (no chart library): the counts are small whole numbers and
the same picture is drawn for print by :mod:`lessonstudy.printing.classroom`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = ("#1565C0", "#C0201A", "#0B6E35", "#F2A900", "#6A1B9A", "#00838F",
                  "#5D4037", "#AD1457")


class TallyChart(QWidget):
    """Counts per segment for a few counters, with a legend of their codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyChart")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.segments: list[str] = []
        self.series: list[tuple[str, list[int]]] = []

    def set_data(self, segments: list[str], series: list[tuple[str, list[int]]]) -> None:
        self.segments, self.series = segments, series
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # the palette's colours, not white and grey: a white block glared in the dark theme
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if not self.segments or not self.series:
            return
        left, bottom, top = 34.0, self.height() - 24.0, 26.0
        width = self.width() - left - 8
        highest = max([1, *(max(values, default=0) for _n, values in self.series)])
        slot = width / len(self.segments)
        bar = max(2.0, slot * 0.8 / len(self.series))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawLine(int(left), int(bottom), int(left + width), int(bottom))
        painter.drawText(QRectF(0, top - 6, left - 4, 14), Qt.AlignmentFlag.AlignRight,
                         str(highest))
        for s, (name, values) in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)])
            painter.fillRect(QRectF(left + s * 90, 4, 10, 10), colour)
            painter.drawText(QRectF(left + s * 90 + 14, 0, 76, 16), name)
            for i, value in enumerate(values):
                h = (bottom - top) * value / highest
                x = left + i * slot + slot * 0.1 + s * bar
                painter.fillRect(QRectF(x, bottom - h, bar - 1, h), colour)
                if value:
                    painter.drawText(QRectF(x - 6, bottom - h - 15, bar + 12, 14),
                                     Qt.AlignmentFlag.AlignHCenter, str(value))
        for i in range(len(self.segments)):
            painter.drawText(QRectF(left + i * slot, bottom + 2, slot, 18),
                             Qt.AlignmentFlag.AlignHCenter, str(i + 1))
