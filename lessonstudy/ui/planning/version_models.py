"""Qt models for the versions tab: the version history and a side-by-side comparison.

Both are thin adapters over plain lists from the services (VersionInfo rows,
and the domain's aligned SegmentChange rows), so the rules of what counts
as moved or retimed stay in :mod:`lessonstudy.domain.diff`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lessonstudy.domain.diff import ChangeKind, SegmentChange
from lessonstudy.domain.segments import field_label
from lessonstudy.domain.timing import Slot, format_clock, format_delta, format_duration
from lessonstudy.services.plan_records import VersionInfo

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


class _ListModel(QAbstractTableModel):
    """A read-only table over a list; subclasses say what each cell shows.

    Each row's texts and colour are worked out once, when the list is set: the
    views ask ``data()`` thousands of times while they size wrapped rows, and
    working out a comparison cell (its diff, times and words) on every ask cost
    ~80 ms each time the Versions tab opened.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._brushes: list[QBrush | None] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        columns = range(len(self.HEADERS))
        self._cells = [tuple(self.cell(item, column) for column in columns)
                       for item in self._items]
        self._brushes = [self.background(item) for item in self._items]
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells[index.row()]
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[index.row()]
        return None

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def background(self, item: Any) -> QBrush | None:
        return None


class VersionsModel(_ListModel):
    """The version history of one lesson, oldest first."""

    HEADERS = ("Version", "Status", "Author", "Created", "Segments", "Planned", "Change summary")

    def cell(self, item: VersionInfo, column: int) -> str:
        frozen = " (" + tr("frozen") + ")" if item.frozen else ""
        created = item.created_at.strftime("%Y-%m-%d %H:%M") if item.created_at else ""
        values = (f"{item.number}{frozen}", tr(item.status), item.author, created,
                  str(item.segment_count), format_duration(item.planned_seconds),
                  item.change_summary)
        return values[column]


_CHANGE_COLOURS = {ChangeKind.ADDED: "#DFF2E1", ChangeKind.REMOVED: "#F8DEDB",
                   ChangeKind.MOVED: "#DCE9F7", ChangeKind.CHANGED: "#FFF4CE",
                   ChangeKind.RETIMED: "#FFF4CE"}


def _side(index: int | None, title: str, slot: Slot | None, seconds: int | None) -> tuple[str,
                                                                                          str]:
    if index is None or slot is None or seconds is None:
        return "", ""
    return (f"{index + 1}. {title}",
            f"{format_clock(slot.start)}–{format_clock(slot.end)} ({format_duration(seconds)})")


def describe_change(change: SegmentChange) -> str:
    """What happened to one segment, in a few words."""
    kinds = change.kinds
    if ChangeKind.ADDED in kinds:
        return tr("added")
    if ChangeKind.REMOVED in kinds:
        return tr("removed")
    parts = []
    if change.moved and change.old_index is not None and change.new_index is not None:
        parts.append(tr("moved {a} → {b}").format(a=change.old_index + 1, b=change.new_index + 1))
    timing = change.timing
    if timing and timing.duration_changed:
        parts.append(tr("retimed {a} → {b} ({d})").format(
            a=format_duration(timing.old_seconds), b=format_duration(timing.new_seconds),
            d=format_delta(timing.delta)))
    if change.fields:
        labels = ", ".join(tr(field_label(f.field)).lower() for f in change.fields)
        parts.append(tr("changed: {fields}").format(fields=labels))
    return "; ".join(parts) or tr("unchanged")


class ComparisonModel(_ListModel):
    """Old version on the left, new on the right, one aligned row per segment."""

    HEADERS = ("Old version", "Old time", "What changed", "New version", "New time")

    def cell(self, item: SegmentChange, column: int) -> str:
        old = _side(item.old_index, item.old.title if item.old else "", item.old_slot,
                    item.old.planned_seconds if item.old else None)
        new = _side(item.new_index, item.new.title if item.new else "", item.new_slot,
                    item.new.planned_seconds if item.new else None)
        return (old[0], old[1], describe_change(item), new[0], new[1])[column]

    def background(self, item: SegmentChange) -> QBrush | None:
        for kind in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MOVED, ChangeKind.CHANGED,
                     ChangeKind.RETIMED):
            if kind in item.kinds:
                return QBrush(QColor(_CHANGE_COLOURS[kind]))
        return None
