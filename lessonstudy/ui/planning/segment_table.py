"""The segment table's keyboard: a spreadsheet's Tab, Shift+Tab, Enter, F2 and Escape.

Teams type a plan row by row. Tab must go to the next editable cell (then
the next row), Shift+Tab back, Enter or F2 open the current cell, Escape
leaves it unchanged. Qt's own Tab handling starts from the *current* index,
which a save moves (the saved row is reselected), so the table works out
the next cell from where the closing editor sat instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Hint = QAbstractItemDelegate.EndEditHint


class SegmentTable(QTableView):
    """A table view whose editors hand over to the next editable cell on Tab."""

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if hint not in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        origin = self.indexAt(editor.geometry().topLeft() + QPoint(1, 1))
        super().closeEditor(editor, Hint.NoHint)
        target = self.neighbour(origin, 1 if hint == Hint.EditNextItem else -1)
        if target.isValid():
            self.setCurrentIndex(target)
            self.edit(target)

    def neighbour(self, origin: QModelIndex, step: int) -> QModelIndex:
        """The next (``step`` = 1) or previous (-1) editable cell, row after row."""
        model = self.model()
        if not origin.isValid() or model is None:
            return QModelIndex()
        columns = model.columnCount()
        position = origin.row() * columns + origin.column() + step
        while 0 <= position < model.rowCount() * columns:
            index = model.index(position // columns, position % columns)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return index
            position += step
        return QModelIndex()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState
                and self.currentIndex().isValid()
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            current = self.currentIndex()
            if not self.model().flags(current) & Qt.ItemFlag.ItemIsEditable:
                current = self.neighbour(current, 1)
            if current.isValid() and current.row() == self.currentIndex().row():
                self.setCurrentIndex(current)
                self.edit(current)
                return
        super().keyPressEvent(event)
