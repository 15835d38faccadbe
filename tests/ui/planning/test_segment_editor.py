"""The segment editor driven as a teacher would: type, reorder, undo, redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from lessonstudy.services.plans import load_plan, load_version_plan
from lessonstudy.storage.library import Library
from lessonstudy.ui.planning import segment_editor
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.planning.segment_model import COLUMNS, PLANNED, TIMES, TITLE


def stored(library: Library, version_id: int) -> list[tuple[str, int, int]]:
    """(title, start, end) of every stored segment, in order."""
    return [(s.title, s.start, s.end) for s in load_version_plan(library, version_id).segments]


@pytest.fixture
def editor(qtbot: Any, context: Any, version_id: int) -> SegmentEditor:
    widget = SegmentEditor(context, version_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the editor would have shown (instead of a modal dialog)."""
    shown: list[str] = []
    monkeypatch.setattr(segment_editor, "show_error", lambda _parent, error: shown.append(
        str(error)))
    return shown


def test_model_passes_the_qt_model_tester(qtmodeltester: Any, demo_context: Any) -> None:
    widget = SegmentEditor(demo_context, load_plan(demo_context.library, 1).version.id)
    assert widget.model.rowCount() == 10
    qtmodeltester.check(widget.model)
    widget.deleteLater()


def test_type_reorder_undo_redo_with_the_database_after_each(
        qtbot: Any, editor: SegmentEditor, context: Any, version_id: int) -> None:
    library, model, table = context.library, editor.model, editor.table
    # type a new time into the "Planned" cell through its real delegate
    table.setCurrentIndex(model.index(0, PLANNED))
    table.edit(model.index(0, PLANNED))
    field = table.findChild(QLineEdit, "durationEditor")
    field.setText("4:30")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 1)  # the delegate commits queued
    assert stored(library, version_id) == [
        ("Warm-up 熱身", 0, 270), ("Pair work", 270, 290), ("iBoard writing", 290, 770)]
    # reorder by keyboard: the first segment moves down twice
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after_moves = [("Pair work", 0, 20), ("iBoard writing", 20, 500), ("Warm-up 熱身", 500, 770)]
    assert stored(library, version_id) == after_moves
    assert [model.index(r, TIMES).data() for r in range(3)] == [
        "00:00–00:20", "00:20–08:20", "08:20–12:50"]
    assert editor.current_row() == 2  # the moved segment stays selected
    # undo through the window's undo group, as the Edit menu does
    group = context.undo_group
    assert group.activeStack() is editor.undo_stack
    group.undo()
    assert stored(library, version_id) == [
        ("Pair work", 0, 20), ("Warm-up 熱身", 20, 290), ("iBoard writing", 290, 770)]
    group.undo()
    group.undo()
    assert stored(library, version_id)[0] == ("Warm-up 熱身", 0, 300)
    assert not group.canUndo()
    for _ in range(3):
        group.redo()
    assert stored(library, version_id) == after_moves
    assert model.index(2, TIMES).data() == "08:20–12:50"


def test_add_duplicate_delete_and_drag(qtbot: Any, editor: SegmentEditor, context: Any,
                                       version_id: int) -> None:
    library, model = context.library, editor.model
    editor.select_row(1)
    assert editor.add_segment()
    assert [t for t, *_ in stored(library, version_id)] == [
        "Warm-up 熱身", "Pair work", "New segment", "iBoard writing"]
    model.setData(model.index(2, TITLE), "Gallery 畫廊", Qt.ItemDataRole.EditRole)
    model.setData(model.index(2, model.column_of("kind")), "peer_feedback")
    assert load_version_plan(library, version_id).segments[2].kind.value == "peer_feedback"
    editor.select_row(0)
    assert editor.duplicate_segment()
    assert stored(library, version_id)[1] == ("Warm-up 熱身 (copy)", 300, 600)
    assert editor.delete_segment()
    assert len(stored(library, version_id)) == 4
    # drag the last row onto the top
    data = model.mimeData([model.index(3, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for t, *_ in stored(library, version_id)] == [
        "iBoard writing", "Warm-up 熱身", "Pair work", "Gallery 畫廊"]
    assert editor.undo_stack.count() == 6
    editor.undo_stack.undo()
    assert stored(library, version_id)[0][0] == "Warm-up 熱身"


@pytest.mark.parametrize(("column", "typed", "message"), [
    (PLANNED, "ten minutes", "'ten minutes' is not a time"),
    (PLANNED, "0:00", "longer than zero"),
    (PLANNED, "-5", "cannot be negative"),
    (PLANNED, "55:00", "longer than the 50:00 lesson"),
    (TITLE, "   ", "needs a title"),
])
def test_bad_input_is_explained_and_nothing_changes(
        qtbot: Any, editor: SegmentEditor, context: Any, version_id: int, errors: list[str],
        column: int, typed: str, message: str) -> None:
    before = load_version_plan(context.library, version_id)
    assert not editor.model.setData(editor.model.index(1, column), typed)
    qtbot.waitUntil(lambda: bool(errors))
    assert message in errors[0]
    assert load_version_plan(context.library, version_id) == before
    assert editor.undo_stack.count() == 0
    assert editor.model.index(1, PLANNED).data() == "0:20"


def test_running_total_warns_when_over_time(editor: SegmentEditor) -> None:
    assert editor.total_label.text() == "13:20 planned of a 50:00 lesson — 36:40 left"
    editor.model.setData(editor.model.index(2, PLANNED), "45:00")
    assert "⚠ 0:20 over time" in editor.total_label.text()
    bars = editor.timeline.rows[0][1]
    assert [(b.start, b.end) for b in bars] == [(0, 300), (300, 320), (320, 3020)]
    assert editor.timeline.span() == 3020


def test_frozen_version_refuses_edits_and_offers_a_new_version(
        qtbot: Any, demo_context: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    library = demo_context.library
    v2 = load_plan(library, 1).version
    widget = SegmentEditor(demo_context, v2.id)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.frozen_label.isVisible() and "can no longer change" in widget.frozen_label.text()
    assert not widget.model.flags(widget.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    questions: list[str] = []
    monkeypatch.setattr(segment_editor, "confirm", lambda _p, text, _t: questions.append(text)
                        or True)
    created: list[Any] = []
    monkeypatch.setattr(segment_editor, "make_new_version",
                        lambda ctx, parent, source: created.append(source))
    before = load_plan(library, 1)
    widget.select_row(0)
    assert not widget.delete_segment()
    assert not widget.edit_field(0, "title", "Changed")
    qtbot.waitUntil(lambda: len(created) == 2)
    assert "Make a new version" in questions[0]
    assert created[0] == v2
    assert load_plan(library, 1) == before


def test_columns_are_the_lesson_plan_columns() -> None:
    labels = [label for _field, label in COLUMNS]
    assert labels[:5] == ["#", "Title", "Kind", "Planned", "Start–end"]
    assert "Anticipated responses" in labels and "Points to evaluate" in labels
