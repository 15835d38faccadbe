"""The main window: empty library offers the demo, the tree shows it, tabs follow selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.main_window import MainWindow, open_library
from lessonstudy.ui.messages import show_error


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    install_cjk_font()
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    win.show()
    assert open_library(win)
    return win


def _labels(win: MainWindow) -> list[str]:
    model, labels = win.tree_model, []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        labels.append(index.data())
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return labels


def test_empty_library_offers_the_demo_and_loads_it(qtbot, window: MainWindow) -> None:
    assert window.detail.currentWidget() is window.empty_page
    qtbot.mouseClick(window.empty_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=20000)
    labels = _labels(window)
    assert any("發現畢氏定理" in label for label in labels)
    assert any(label.startswith("Version 2") for label in labels)
    assert any(label.startswith("Research lesson") for label in labels)
    assert isinstance(window.selected_node(), LessonNode)
    assert window.detail.tabs.tabText(0) == "Overview"


def test_selecting_nodes_shows_their_overview(qtbot, window: MainWindow) -> None:
    from lessonstudy.services.demo import load_demo

    load_demo(window.context.library)
    window.context.notify_changed()
    assert window.select_node(lambda n: isinstance(n, VersionRef) and n.number == 2)
    browser = window.detail.tabs.widget(0)
    assert isinstance(browser, QTextBrowser)
    assert "Version 2" in browser.toPlainText()
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    assert "2026-11-03" in window.detail.tabs.widget(0).toPlainText()


def test_geometry_is_remembered(qtbot, data_dir: Path) -> None:
    first = build_window(str(data_dir))
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.show()
    first.close()
    second = build_window(str(data_dir))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_error_bridge_shows_every_problem(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show_error(window, ValidationError.from_problems("Two problems.", ["line 2: x", "line 3: y"]))
    assert shown[0].text() == "Two problems."
    assert "line 3: y" in shown[0].informativeText()


def test_one_problem_is_said_once(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                  window: MainWindow) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show_error(window, ValidationError.from_problems(
        "A segment of 10:00:00 is longer than the 40:00 lesson",
        ["A segment of 10:00:00 is longer than the 40:00 lesson"]))
    assert shown[0].text() == "A segment of 10:00:00 is longer than the 40:00 lesson"
    assert shown[0].informativeText() == ""


def test_bad_library_is_reported_not_crashed(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    (data_dir / "library.db").write_bytes(b"not sqlite" * 50)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    assert not open_library(win)
    assert "cannot be read" in shown[0]
    assert not win.context.has_library


def test_menus_have_shortcuts(window: MainWindow) -> None:
    actions = {a.objectName(): a for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert actions["actionQuit"].shortcut().toString()
    assert actions["actionBackup"].shortcut().toString() == "Ctrl+Shift+B"
    edit_texts = [a.text() for a in window.menu("edit").actions()]
    assert any("Undo" in t for t in edit_texts) and any("Redo" in t for t in edit_texts)


def test_second_window_does_not_duplicate_tabs(qtbot, data_dir: Path, window: MainWindow) -> None:
    from lessonstudy.services.demo import load_demo

    load_demo(window.context.library)
    window.context.notify_changed()
    window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    first = [window.detail.tabs.tabText(i) for i in range(window.detail.tabs.count())]
    other = build_window(str(data_dir))
    qtbot.addWidget(other)
    assert open_library(other)
    other.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    second = [other.detail.tabs.tabText(i) for i in range(other.detail.tabs.count())]
    assert second == first
    assert len(set(second)) == len(second)


def test_narrow_changes_leave_the_tree_alone(qtbot, window: MainWindow) -> None:
    from lessonstudy.services.demo import load_demo

    load_demo(window.context.library)
    window.context.notify_changed("lesson:1")
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    with qtbot.assertNotEmitted(window.tree_model.modelReset):
        window.context.notify_changed("notes:2")
    with qtbot.waitSignal(window.tree_model.modelReset):
        window.context.notify_changed("version:2")
    assert isinstance(window.selected_node(), TeachingRef)


def test_daily_backup_runs_off_the_gui_thread(qtbot, window: MainWindow) -> None:
    folder = window.context.library.location.backup_dir
    window.start_daily_backup()
    qtbot.waitUntil(lambda: not window._backup_op.running, timeout=20000)
    assert [p.name for p in folder.glob("*-daily.db")]
    assert "Daily backup written" in window.statusBar().currentMessage()
