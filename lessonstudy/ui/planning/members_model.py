"""The team members table (name, role) as a Qt model over a plain list.

The last row is always blank so typing into it adds a member; clearing a
name removes that member when the lesson is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lessonstudy.services.plan_records import MemberInfo

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_HEADERS = ("Name", "Role in the team")


class MembersModel(QAbstractTableModel):
    """Editable (name, role) rows plus one blank row for a new member."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = [["", ""]]

    def set_members(self, members: tuple[MemberInfo, ...]) -> None:
        self.beginResetModel()
        self._rows = [[m.name, m.role] for m in members] + [["", ""]]
        self.endResetModel()

    def members(self) -> tuple[MemberInfo, ...]:
        return tuple(MemberInfo(name, role) for name, role in self._rows if name or role)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 2):
            return QCoreApplication.translate("MembersModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        return self._rows[index.row()][index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        if index.row() == len(self._rows) - 1 and str(value).strip():
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(["", ""])
            self.endInsertRows()
        return True
