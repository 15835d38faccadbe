"""One observer group's members as a Qt list model, with drag and drop between groups.

The board shows one list view per group plus an "Unassigned" column. Each
view gets one of these models: a thin adapter over a plain list of
:class:`ObserverInfo`. Dragging carries observer ids as mime data; a drop
does not change the list itself but announces ``observers_dropped`` so the
board can push an undoable command that asks the service to move them, then
reload every column from the database.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lessonstudy.services.observer_records import ObserverInfo

MIME_TYPE = "application/x-lessonstudy-observer-ids"
OBSERVER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PINNED_ROLE = Qt.ItemDataRole.UserRole + 2
STAR = "★"

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate in the "ObserverGroups" context; ``n`` fills "%n" plurals."""
    return QCoreApplication.translate("ObserverGroups", text, disambiguation, n)


def role_label(role: Any) -> str:
    return tr(role.label)


def encode_ids(ids: Sequence[int]) -> QMimeData:
    """Mime data carrying observer ids (also used by tests to simulate a drop)."""
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps([int(i) for i in ids]).encode("ascii"))
    return data


def decode_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]


def pin_icon() -> QIcon:
    """A small drawn pin (no emoji font is needed for it)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#5F6368"))
    painter.drawLine(7, 7, 7, 13)
    painter.setBrush(QColor("#D55E00"))
    painter.drawEllipse(3, 1, 8, 8)
    painter.end()
    return QIcon(pixmap)


class GroupMembersModel(QAbstractListModel):
    """The observers of one group (or the unassigned ones) for a QListView."""

    observers_dropped = Signal(list, object)

    def __init__(self, group_id: int | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self._people: list[ObserverInfo] = []
        self._pin = pin_icon()

    def set_members(self, people: Sequence[ObserverInfo]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def members(self) -> list[ObserverInfo]:
        return list(self._people)

    def person(self, row: int) -> ObserverInfo:
        return self._people[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f"{STAR} " if person.is_critical_friend else ""
            details = " · ".join(p for p in (person.school, role_label(person.role)) if p)
            return f"{mark}{person.name}\n{details}"
        if role == Qt.ItemDataRole.DecorationRole and person.pinned:
            return self._pin
        if role == Qt.ItemDataRole.ToolTipRole:
            pinned = tr("Pinned: automatic assignment keeps them here.") if person.pinned else ""
            return "\n".join(p for p in (person.name, person.school, role_label(person.role),
                                         pinned) if p)
        if role == OBSERVER_ID_ROLE:
            return person.id
        if role == PINNED_ROLE:
            return person.pinned
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self._people[row].id for row in rows])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: AnyIndex) -> bool:
        return bool(self._incoming(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: AnyIndex) -> bool:
        """Announce the move; the board stores it and reloads (the list is not edited here)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        incoming = self._incoming(data)
        if not incoming:
            return False
        self.observers_dropped.emit(incoming, self.group_id)
        return True

    def _incoming(self, data: QMimeData) -> list[int]:
        """Dropped ids of people not already in this group."""
        here = {person.id for person in self._people}
        return [i for i in decode_ids(data) if i not in here]
