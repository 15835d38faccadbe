"""The segment table behaves like a spreadsheet: Add after the selection, Tab, Enter, Escape."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from lessonstudy.services.plans import load_version_plan
from lessonstudy.storage.library import Library
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.planning.segment_model import KIND, PLANNED, TITLE


@pytest.fixture
def editor(qtbot: Any, context: Any, version_id: int) -> SegmentEditor:
    widget = SegmentEditor(context, version_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    return widget


def titles(library: Library, version_id: int) -> list[str]:
    return [s.title for s in load_version_plan(library, version_id).segments]


def _editor_widget(editor: SegmentEditor) -> Any:
    return QApplication.focusWidget()


def test_the_add_shortcut_inserts_after_the_selection_and_edits_its_title(
        qtbot: Any, editor: SegmentEditor, context: Any, version_id: int) -> None:
    editor.select_row(1)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(context.library, version_id)[2] == "New segment"
    field = _editor_widget(editor)
    assert isinstance(field, QLineEdit), "the new title is being edited"
    field.setText("Think time")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # the title is saved; Kind opens next
    qtbot.waitUntil(lambda: titles(context.library, version_id)[2] == "Think time")
    assert editor.table.currentIndex().row() == 2
    assert editor.table.currentIndex().column() == KIND
    assert isinstance(_editor_widget(editor), QComboBox)
    qtbot.keyClick(_editor_widget(editor), Qt.Key.Key_Tab)  # on to Planned
    assert editor.table.currentIndex().column() == PLANNED
    planned = _editor_widget(editor)
    assert isinstance(planned, QLineEdit)
    planned.setText("0:20")
    qtbot.keyClick(planned, Qt.Key.Key_Backtab)  # Shift+Tab goes back to Kind
    qtbot.waitUntil(lambda: load_version_plan(context.library, version_id)
                    .segments[2].planned_seconds == 20)
    assert editor.table.currentIndex().column() == KIND
    qtbot.keyClick(_editor_widget(editor), Qt.Key.Key_Escape)
    # undo takes the whole row back, step by step
    for _step in range(3):
        editor.undo_stack.undo()
    assert titles(context.library, version_id) == ["Warm-up 熱身", "Pair work", "iBoard writing"]


def test_enter_edits_escape_cancels_and_tab_wraps_to_the_next_row(
        qtbot: Any, editor: SegmentEditor, context: Any, version_id: int) -> None:
    table, model = editor.table, editor.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, TITLE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    field = _editor_widget(editor)
    assert isinstance(field, QLineEdit)
    field.setText("Never stored")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert titles(context.library, version_id)[0] == "Warm-up 熱身"
    assert editor.undo_stack.count() == 0
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert isinstance(_editor_widget(editor), QLineEdit)
    qtbot.keyClick(_editor_widget(editor), Qt.Key.Key_Escape)
    # from the last editable cell of row 1, Tab goes to row 2's title
    last = model.columnCount() - 1
    table.setCurrentIndex(model.index(0, last))
    table.edit(model.index(0, last))
    qtbot.keyClick(_editor_widget(editor), Qt.Key.Key_Tab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, TITLE)


def test_every_segment_action_shows_its_keys(editor: SegmentEditor) -> None:
    tips = {name: action.toolTip() for name, action in editor.actions_by_name.items()}
    assert tips["addSegment"] == "Add segment (Ctrl+Shift+N)"
    assert tips["moveUp"] == "Move up (Ctrl+Up)"
    assert all("(" in tip for tip in tips.values())
    assert set(editor.table.actions()) == set(editor.actions_by_name.values())
