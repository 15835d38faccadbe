"""The whole cycle through the widgets, as a new team walks it on a laptop-sized window.

New lesson → segments typed into the table (a 20-second pair work among them)
→ Record a teaching → observer groups and observers → automatic assignment
→ live notes across tree-node switches → photos → conference → report PDF
(read back with pypdf). Any message box, unexpected error or Qt warning fails
the test (the ``dialogs`` fixture and ``qt_log_level_fail``), and so does any
view that is stale after a change made elsewhere.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from lessonstudy.domain.timing import format_duration
from lessonstudy.services import notes
from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow, open_library
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.photos.photos_tab import PhotosTab
from lessonstudy.ui.planning import new_lesson, teaching_dialog
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.planning.teaching_view import TeachingView
from lessonstudy.ui.planning.versions_view import VersionsView
from tests.photo_support import phone_photo

SEGMENTS = [("Warm-up", "presentation", "5:00"), ("Predict with a partner", "pair_work", "0:20"),
            ("Measure the squares", "group_work", "12:00")]


@pytest.fixture
def window(qtbot: Any, data_dir: Path, dialogs: list[str]) -> MainWindow:
    install_cjk_font()
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(win)
    assert open_library(win)
    return win


def _tab(window: MainWindow, kind: type) -> Any:
    tab = window.detail.widget_of(kind, show=True)
    assert tab is not None, f"no {kind.__name__} tab"
    QApplication.processEvents()
    return tab


def _label(window: MainWindow, predicate: Any) -> str:
    return str(window.tree_model.find(predicate).data())


def _new_lesson(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: new_lesson.NewLessonDialog) -> int:
        dialog.lines["title"].setText("Discovering Pythagoras")
        dialog.lines["grade"].setText("S2")
        dialog.lines["team_name"].setText("S2 Maths")
        dialog.submit()
        return int(dialog.result())

    monkeypatch.setattr(new_lesson.NewLessonDialog, "exec", fill)
    window.findChild(type(window.menu("file").actions()[0]), "actionNewLesson").trigger()
    assert isinstance(window.selected_node(), VersionRef)


def _type_segments(qtbot: Any, window: MainWindow) -> None:
    editor = _tab(window, SegmentEditor)
    for title, kind, planned in SEGMENTS:
        editor.table.setFocus()
        qtbot.keyClick(editor.table, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit)
        field.setText(title)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(kind))
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        time_field = QApplication.focusWidget()
        assert isinstance(time_field, QLineEdit)
        time_field.setText(planned)
        qtbot.keyClick(time_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=title, p=planned: (t, p) in [
            (d.title, format_duration(d.planned_seconds)) for d in editor.model.drafts])
    assert [(d.title, d.planned_seconds) for d in editor.model.drafts] == [
        ("Warm-up", 300), ("Predict with a partner", 20), ("Measure the squares", 720)]
    # the tree follows at once: three segments, 17:20 planned
    assert "17:20" in _label(window, lambda n: isinstance(n, VersionRef))


def _record_teaching(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> int:
    assert window.select_node(lambda n: isinstance(n, LessonNode))
    versions = _tab(window, VersionsView)

    def fill(dialog: teaching_dialog.TeachingDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("research"))
        dialog.class_name.setText("2A")
        dialog.teacher.setText("Ms Chan")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(teaching_dialog.TeachingDialog, "exec", fill)
    teaching_id = versions.record_teaching()
    assert teaching_id is not None
    assert "taught" in _label(window, lambda n: isinstance(n, VersionRef))
    return teaching_id


def _observers(qtbot: Any, window: MainWindow) -> None:
    board = _tab(window, ObserverBoard)
    board.toolbar.add_group(GroupInput("Group A", "Questioning"))
    board.toolbar.add_group(GroupInput("Group B", "Pair talk"))
    for name in ("Ms Lee", "Mr Ho", "Ms Ng", "Mr Yip"):
        board.add_observer(ObserverInput(name, "Fanling School"))
    board.toolbar.groups.setValue(2)
    board.toolbar.assign()
    assert sum(len(c.model.members()) for c in board.columns[1:]) == 4


def _live_notes(qtbot: Any, window: MainWindow, teaching_id: int) -> None:
    live = _tab(window, LiveLessonTab)
    assert live.quick_note.group_combo.count() == 3  # "—", Group A, Group B: not stale
    live.controller.start()
    for text in ("Pairs start at once", "Two pupils disagree"):
        live.quick_note.text_edit.setText(text)
        qtbot.keyClick(live.quick_note.text_edit, Qt.Key.Key_Return)
    assert window.select_node(lambda n: isinstance(n, LessonNode))
    qtbot.wait(10)
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)
    live = _tab(window, LiveLessonTab)
    live.quick_note.text_edit.setText("Group B measures again")
    qtbot.keyClick(live.quick_note.text_edit, Qt.Key.Key_Return)
    live.controller.next_segment()
    live.controller.end()
    stored = notes.list_notes(window.context.library, teaching_id, "")
    assert len(stored) == 3
    timings = _tab(window, TeachingView)
    assert any(row.actual_start is not None for row in timings.timings.rows)


def test_a_team_walks_the_whole_cycle_through_the_window(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        dialogs: list[str]) -> None:
    _new_lesson(window, monkeypatch)
    _type_segments(qtbot, window)
    teaching_id = _record_teaching(window, monkeypatch)
    assert isinstance(window.selected_node(), TeachingRef)
    _observers(qtbot, window)
    _live_notes(qtbot, window, teaching_id)
    photos = _tab(window, PhotosTab)
    run = photos.import_files([phone_photo(tmp_path, "iboard.jpg")])
    assert run is not None
    qtbot.waitUntil(lambda: photos.view.model().rowCount() == 1, timeout=20000)
    conference = _tab(window, ConferenceTab)
    qtbot.waitUntil(lambda: not conference.loading, timeout=20000)  # first read off-thread
    conference.prepare()
    QApplication.processEvents()
    report = tmp_path / "report.pdf"
    button = conference.report_button
    button.open_when_done = False
    button.build(report)
    qtbot.waitUntil(lambda: report.exists() and button.isEnabled(), timeout=30000)
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Discovering Pythagoras" in text and "Pairs start at once" in text
    assert window.saved_notice.path == report  # "Saved report.pdf" with Open / Show in folder
    assert dialogs == []
