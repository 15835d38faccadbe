"""The actual timings table of a teaching: plan, actual start and end, difference.

A thin adapter over the service's TimingRow list. Typing a time ("12:30")
into the Actual start or Actual end column calls back into the view, which
saves it through the teachings service; an empty cell clears the timing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lessonstudy.domain.actuals import SegmentActual
from lessonstudy.domain.timing import format_clock, format_delta
from lessonstudy.services.teachings import TimingRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
HEADERS = ("#", "Segment", "Planned", "Actual start", "Actual end", "Difference")
START, END, DIFFERENCE = 3, 4, 5


class TimingsModel(QAbstractTableModel):
    """One row per planned segment; actual start and end are editable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TimingRow] = []
        self._actuals: list[SegmentActual] = []
        self.on_edit: Callable[[int, str, str], bool] | None = None

    def set_rows(self, rows: Sequence[TimingRow], actuals: Sequence[SegmentActual]) -> None:
        self.beginResetModel()
        self._rows, self._actuals = list(rows), list(actuals)
        self.endResetModel()

    def row_at(self, row: int) -> TimingRow:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("TimingsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.segment.title  # the column gives way in a narrow window
        if role == Qt.ItemDataRole.ForegroundRole and column == DIFFERENCE:
            delta = self._actuals[index.row()].delta_seconds
            if delta is not None and delta > 0:
                return QBrush(QColor("#D55E00"))
        return None

    def _text(self, number: int, row: TimingRow, column: int) -> str:
        segment = row.segment
        if column == 0:
            return str(number + 1)
        if column == 1:
            return segment.title
        if column == 2:
            return f"{segment.time_range} ({segment.duration_text})"
        if column in (START, END):
            value = row.actual_start if column == START else row.actual_end
            return "" if value is None else format_clock(value)
        delta = self._actuals[number].delta_seconds
        return "" if delta is None else format_delta(delta)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in (START, END) else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.column() not in (START, END) or self.on_edit is None):
            return False
        which = "start" if index.column() == START else "end"
        return self.on_edit(index.row(), which, str(value))
