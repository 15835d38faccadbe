"""A timeline strip: segments as proportional coloured blocks, with the lesson's end marked.

Above the segment table it shows the plan at a glance (is group work really
a third of the lesson?); on a teaching it shows two rows, planned over
actual. Colours are the segment kinds' colours everywhere (domain palette);
a dashed line marks the lesson's end, so running over shows as blocks past it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lessonstudy.domain.actuals import TimelineBar
from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS
from lessonstudy.domain.palette import segment_colour, text_colour_on
from lessonstudy.domain.timing import format_clock, format_duration

ROW_HEIGHT = 26
END_COLOUR = QColor("#D55E00")


class TimelineStrip(QWidget):
    """Rows of blocks on one time scale; set with :meth:`set_rows`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self._rows: list[tuple[str, tuple[TimelineBar, ...]]] = []
        self._lesson_seconds = DEFAULT_LESSON_SECONDS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[TimelineBar]]],
                 lesson_seconds: int) -> None:
        self._rows = [(label, tuple(bars)) for label, bars in rows]
        self._lesson_seconds = lesson_seconds
        self.setFixedHeight(self.sizeHint().height())
        self._update_tooltip()
        self.update()

    @property
    def rows(self) -> list[tuple[str, tuple[TimelineBar, ...]]]:
        return list(self._rows)

    def span(self) -> int:
        """Seconds the strip covers: the lesson, or further when something runs over."""
        ends = [bar.end for _label, bars in self._rows for bar in bars]
        return max([self._lesson_seconds, 60, *ends])

    def sizeHint(self) -> QSize:
        return QSize(400, 18 + max(1, len(self._rows)) * (ROW_HEIGHT + 4))

    def _update_tooltip(self) -> None:
        lines = [f"{bar.label}: {format_clock(bar.start)}–{format_clock(bar.end)} "
                 f"({format_duration(bar.end - bar.start)})"
                 for _label, bars in self._rows[:1] for bar in bars]
        self.setToolTip("\n".join(lines))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(label) + 8 for label, _b in self._rows]
                          + [0])
        right_pad = metrics.horizontalAdvance("00:00") / 2 + 2  # room for the end label
        left, scale = label_width, (self.width() - label_width - right_pad) / self.span()
        for row, (label, bars) in enumerate(self._rows):
            top = 14 + row * (ROW_HEIGHT + 4)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, top, label_width, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, label)
            for bar in bars:
                self._paint_bar(painter, metrics, bar,
                                QRectF(left + bar.start * scale, top,
                                       max(1.0, (bar.end - bar.start) * scale), ROW_HEIGHT))
        self._paint_end(painter, left + self._lesson_seconds * scale)
        painter.end()

    def _paint_bar(self, painter: QPainter, metrics: QFontMetrics, bar: TimelineBar,
                   rect: QRectF) -> None:
        fill = segment_colour(bar.kind)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(fill))
        if bar.estimated:
            painter.setBrush(QColor(fill).lighter(140))
        painter.drawRect(rect)
        text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(rect.width()) - 4)
        if len(text) > 1:
            painter.setPen(QColor(text_colour_on(fill)))
            painter.drawText(rect.adjusted(2, 0, -2, 0), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_end(self, painter: QPainter, x: float) -> None:
        pen = QPen(END_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = 14 + max(1, len(self._rows)) * (ROW_HEIGHT + 4)
        painter.drawLine(int(x), 12, int(x), bottom)
        box = QRectF(min(x - 40, self.width() - 80), 0, 80, 12)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, format_clock(self._lesson_seconds))
