"""Cell editors for the segment table: a kind picker, a time field, multi-line text.

Teachers type times the way they say them ("0:20", "90", "5 min"); the time
field accepts any text and leaves checking to the domain, whose message the
editor shows. Long fields (key questions, anticipated responses) get a
multi-line box in which Enter makes a new line and Ctrl+Enter finishes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.ui.planning.segment_model import kind_label

Index = QModelIndex | QPersistentModelIndex


class KindDelegate(QStyledItemDelegate):
    """Picks a segment kind from its labels; stores the kind's value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("kindEditor")
        for kind in SegmentKind:
            combo.addItem(kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DurationDelegate(QStyledItemDelegate):
    """A one-line field for a planned time such as "0:20" or "12:30"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("durationEditor")
        editor.setPlaceholderText(self.tr("m:ss, e.g. 0:20 or 12:30"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text().strip() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """Multi-line text; Ctrl+Enter, Tab (or leaving the cell) saves, Escape cancels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("textEditor")
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 260), max(rect.height(), 96))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and isinstance(watched, QWidget)):
            return super().eventFilter(watched, event)
        hint = {Qt.Key.Key_Tab: QStyledItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QStyledItemDelegate.EndEditHint.EditPreviousItem}.get(
            Qt.Key(event.key()))
        if hint is None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            hint = QStyledItemDelegate.EndEditHint.NoHint
        if hint is None:
            return super().eventFilter(watched, event)
        self.commitData.emit(watched)  # Tab moves on like a spreadsheet, Ctrl+Enter finishes
        self.closeEditor.emit(watched, hint)
        return True


def install_delegates(view: Any, model: Any) -> list[QStyledItemDelegate]:
    """Put the right editor on each segment column; returns the delegates (keep them alive)."""
    kinds, times, texts = KindDelegate(view), DurationDelegate(view), TextDelegate(view)
    view.setItemDelegateForColumn(model.column_of("kind"), kinds)
    view.setItemDelegateForColumn(model.column_of("planned_seconds"), times)
    for field in ("activity", "anticipated_responses", "teacher_support", "evaluation",
                  "materials"):
        view.setItemDelegateForColumn(model.column_of(field), texts)
    return [kinds, times, texts]
