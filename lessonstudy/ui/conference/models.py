"""Thin Qt table models over plain lists of service records (agenda, feedback, actions).

The records come from services and are frozen; a model only says which
column shows which field, so the three conference tables share one class.
Editable cells hand the new value to a callback (which goes through a
service and the undo stack) instead of changing the record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header, how to show a record, and optionally how to edit it."""

    header: str
    show: Callable[[R], str]
    edit_value: Callable[[R], Any] | None = None
    colour: Callable[[R], str | None] | None = None
    tip: Callable[[R], str] | None = None  # the tooltip, when more than the cell's text


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-mostly table of records; ``on_edit(record, column, value)`` handles edits."""

    def __init__(self, columns: Sequence[Column[R]],
                 on_edit: Callable[[R, int, Any], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._on_edit = on_edit

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    @property
    def records(self) -> list[R]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(record)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(record) if column.edit_value else column.show(record)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(record)
            return QColor(colour) if colour else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit_value and self._on_edit:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._on_edit is None or not index.isValid():
            return False
        self._on_edit(self._records[index.row()], index.column(), value)
        return True
