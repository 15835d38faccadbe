"""The segment table as a Qt model: a thin adapter over a tuple of SegmentDraft.

The model never changes its list by itself. Typing into a cell or dropping a
dragged row calls back into the editor (``on_edit``/``on_move``), which pushes
an undo command; the command then hands the model the new list through
:meth:`SegmentTableModel.show`. Start and end times are derived on the fly
from the durations, so they are right after every edit, move and undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS, SegmentKind
from lessonstudy.domain.palette import segment_colour, text_colour_on
from lessonstudy.domain.segments import SegmentDraft, plan_schedule
from lessonstudy.domain.timing import Slot, format_clock, format_duration
from lessonstudy.ui.planning.plan_changes import step_between

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-lessonstudy-segment-row"
LINEAGE_ROLE = Qt.ItemDataRole.UserRole + 1
OVER_TIME = QColor("#D55E00")
_ROOT = QModelIndex()

# (field name or None for derived columns, header label)
COLUMNS: tuple[tuple[str | None, str], ...] = (
    (None, "#"),
    ("title", "Title"),
    ("kind", "Kind"),
    ("planned_seconds", "Planned"),
    (None, "Start–end"),
    ("activity", "Learning activities and key questions"),
    ("anticipated_responses", "Anticipated responses"),
    ("teacher_support", "Teacher support"),
    ("evaluation", "Points to evaluate"),
    ("materials", "Materials"),
)
NUMBER, TITLE, KIND, PLANNED, TIMES = range(5)


def kind_label(kind: SegmentKind) -> str:
    """A segment kind's label in the user's language."""
    return QCoreApplication.translate("SegmentKind", kind.label)


class SegmentTableModel(QAbstractTableModel):
    """Rows are segments in teaching order; columns as in :data:`COLUMNS`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._drafts: tuple[SegmentDraft, ...] = ()
        self._slots: list[Slot] = []
        self.lesson_seconds = DEFAULT_LESSON_SECONDS
        self.editable = True
        self.on_edit: Callable[[int, str, object], bool] | None = None
        self.on_move: Callable[[int, int], object] | None = None

    @property
    def drafts(self) -> tuple[SegmentDraft, ...]:
        return self._drafts

    def field_at(self, column: int) -> str | None:
        return COLUMNS[column][0]

    def column_of(self, field: str) -> int:
        return next(i for i, (name, _label) in enumerate(COLUMNS) if name == field)

    # -- replacing the list ------------------------------------------------------
    def set_plan(self, drafts: Sequence[SegmentDraft], lesson_seconds: int,
                 editable: bool) -> None:
        """Show a freshly loaded plan (resets views)."""
        self.beginResetModel()
        self._drafts = tuple(drafts)
        self._slots = plan_schedule(self._drafts)
        self.lesson_seconds, self.editable = lesson_seconds, editable
        self.endResetModel()

    def show(self, drafts: Sequence[SegmentDraft]) -> None:
        """Show the list after an edit, telling views exactly which rows changed."""
        new = tuple(drafts)
        step = step_between(self._drafts, new)
        if step.kind == "reset":
            self.set_plan(new, self.lesson_seconds, self.editable)
            return
        begin = {"insert": lambda: self.beginInsertRows(QModelIndex(), step.first, step.first),
                 "remove": lambda: self.beginRemoveRows(QModelIndex(), step.first, step.first),
                 "move": lambda: self.beginMoveRows(
                     QModelIndex(), step.first, step.first, QModelIndex(),
                     step.last + 1 if step.last > step.first else step.last)}.get(step.kind)
        if begin is not None:
            begin()
        self._drafts = new
        self._slots = plan_schedule(new)
        end = {"insert": self.endInsertRows, "remove": self.endRemoveRows,
               "move": self.endMoveRows}.get(step.kind)
        if end is not None:
            end()
        if self._drafts:
            first = min(step.first, step.last, len(new) - 1)
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(len(new) - 1, len(COLUMNS) - 1))

    # -- reading -----------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._drafts)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("SegmentTable", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._drafts):
            return None
        draft, column = self._drafts[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(draft, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(draft, column)
        if role == LINEAGE_ROLE:
            return draft.lineage
        if column == KIND and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(segment_colour(draft.kind)))
        if column == KIND and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(text_colour_on(segment_colour(draft.kind))))
        if (column == TIMES and role == Qt.ItemDataRole.ForegroundRole
                and self._slots[index.row()].end > self.lesson_seconds):
            return QBrush(OVER_TIME)
        return None

    def _text(self, draft: SegmentDraft, row: int, column: int) -> str:
        if column == NUMBER:
            return str(row + 1)
        if column == TIMES:
            slot = self._slots[row]
            return f"{format_clock(slot.start)}–{format_clock(slot.end)}"
        if column == KIND:
            return kind_label(draft.kind)
        if column == PLANNED:
            return format_duration(draft.planned_seconds)
        return str(getattr(draft, COLUMNS[column][0] or "title"))

    def _edit_value(self, draft: SegmentDraft, column: int) -> Any:
        field = COLUMNS[column][0]
        if field is None:
            return None
        if field == "kind":
            return draft.kind.value
        if field == "planned_seconds":
            return format_duration(draft.planned_seconds)
        return getattr(draft, field)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if COLUMNS[index.column()][0] is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- writing goes through the editor ------------------------------------------
    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = COLUMNS[index.column()][0] if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None or self.on_edit is None:
            return False
        return self.on_edit(index.row(), field, value)

    # -- drag and drop: a row dropped elsewhere is a move -------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._drafts))
        destination = target - 1 if target > source else target
        destination = max(0, min(destination, len(self._drafts) - 1))
        if destination != source and self.on_move is not None:
            self.on_move(source, destination)
        return True
