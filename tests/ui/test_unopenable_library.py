"""A library that cannot be opened: the window says so, offers the ways out, and never crashes.

It showed "Your library is empty" (a teacher reads: my lessons are gone) and every File
action that needs a library raised "no library is open yet" into the crash box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from lessonstudy.ui import main_window
from lessonstudy.ui.application import _finish_start_up, build_window

ALWAYS_THERE = {"actionQuit", "actionHelp", "actionAbout", "actionRefresh", "actionSharedServer",
                "actionOpenLibrary", "actionRestoreBackup"}


@pytest.fixture
def unreadable_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "library.db").write_text("These are my notes, not a library.\n" * 200)
    return folder


def test_the_window_names_the_problem_and_keeps_library_actions_out_of_reach(
        qtbot, unreadable_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_error",
                        lambda _parent, error, title="": shown.append(title))
    crashes: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, value, _tb: crashes.append(value))
    before = (unreadable_folder / "library.db").read_bytes()
    window = build_window(str(unreadable_folder))
    qtbot.addWidget(window)
    _finish_start_up(window)
    qtbot.waitUntil(lambda: window.problem_page is not None, timeout=20_000)
    assert shown == ["The library could not be opened"]
    page = window.problem_page
    assert window.detail.currentWidget() is page
    assert str(unreadable_folder) in page.title.text()
    assert "cannot be read" in page.reason.text()
    assert page.restore_button.isVisibleTo(window) and page.open_button.isVisibleTo(window)
    assert not window.empty_page.demo_button.isEnabled()
    enabled = {a.objectName() for a in window.findChildren(QAction)
               if a.isEnabled() and a.objectName().startswith("action")}
    assert enabled <= ALWAYS_THERE, enabled - ALWAYS_THERE
    for name in ("actionNewLesson", "actionDemo", "actionBackup", "actionCheck", "actionFind"):
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled(), name
    window.findChild(QAction, "actionRefresh").trigger()
    qtbot.wait(50)
    assert crashes == []
    assert (unreadable_folder / "library.db").read_bytes() == before


def test_opening_a_good_library_afterwards_gives_the_actions_back(
        qtbot, unreadable_folder: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "show_error", lambda *_args, **_kw: None)
    window = build_window(str(unreadable_folder))
    qtbot.addWidget(window)
    _finish_start_up(window)
    qtbot.waitUntil(lambda: window.problem_page is not None, timeout=20_000)
    new_lesson = window.findChild(QAction, "actionNewLesson")
    assert new_lesson is not None and not new_lesson.isEnabled()
    window.library_switch.open_folder(tmp_path / "another")
    qtbot.waitUntil(lambda: window.context.has_library, timeout=20_000)
    assert new_lesson.isEnabled() and window.empty_page.demo_button.isEnabled()
    qtbot.waitUntil(lambda: window.detail.currentWidget() is window.empty_page, timeout=5_000)
