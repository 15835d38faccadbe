"""Find in library (Ctrl+F): results grouped by lesson and teaching open the record."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow


def _activate(window: MainWindow) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _search(qtbot, window: MainWindow, text: str) -> None:
    dock = window.search_dock
    dock.box.setText(text)  # non-ASCII never goes through keyClicks
    qtbot.waitUntil(lambda: (not dock.searching and dock.model.rowCount() > 0)
                    or dock.status.text().startswith("Nothing"), timeout=10000)


def test_ctrl_f_opens_the_search_and_a_note_hit_opens_its_teaching(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    _activate(demo_window)
    demo_window.tree.setFocus()
    qtbot.keyClick(demo_window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dock = demo_window.search_dock
    assert dock.isVisible() and dock.box.hasFocus()
    _search(qtbot, demo_window, "正方形")
    group = dock.model.item(0)
    assert "Pythagoras" in group.text() and "Research lesson" in group.text()
    hit = group.child(0)
    assert hit.text().startswith("Note: ") and "正方形" in hit.text()
    dock.results.activated.emit(hit.index())
    tab = demo_window.detail.tabs.currentWidget()
    assert isinstance(tab, LiveLessonTab)
    qtbot.waitUntil(lambda: tab.notes_panel.selected_note() is not None, timeout=10000)
    assert "正方形" in tab.notes_panel.selected_note().text
    assert dialogs == []


def test_ctrl_f_in_the_notes_searches_them_first_then_the_library(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    _activate(demo_window)
    _search(qtbot, demo_window, "正方形")
    demo_window.search_dock.results.activated.emit(demo_window.search_dock.model.item(0)
                                                   .child(0).index())
    panel = demo_window.detail.tabs.currentWidget().notes_panel
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_edit.hasFocus()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.search_dock.box.hasFocus()
    assert dialogs == []


def test_query_syntax_finds_nothing_without_an_error(qtbot, demo_window: MainWindow,
                                                      dialogs: list[str]) -> None:
    _search(qtbot, demo_window, 'NEAR("pupil" *')
    assert demo_window.search_dock.status.text() == "Nothing in the library mentions that."
    assert dialogs == []


def test_at_1024_beside_the_live_lesson_the_results_stay_readable(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    """Docked beside the Live lesson the results were ~70 px and the window grew past 1024."""
    from lessonstudy.services.records import TeachingRef

    demo_window.resize(1024, 768)
    demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    tab = demo_window.detail.widget_of(LiveLessonTab)
    demo_window.detail.tabs.setCurrentWidget(tab)
    qtbot.wait(50)
    dock = demo_window.search_dock
    dock.open_search()
    _search(qtbot, demo_window, "Pythagoras")
    assert demo_window.width() <= 1024
    assert dock.results.width() >= 250
    dock.close()
    demo_window.detail.tabs.setCurrentIndex(0)  # the Overview leaves room: docked again
    qtbot.wait(50)
    dock.open_search()
    assert not dock.isFloating() and dock.width() >= 270 and demo_window.width() <= 1024
