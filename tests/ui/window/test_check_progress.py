"""File → Check library shows that it is working, off the GUI thread, until its report."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressBar

from lessonstudy.storage.health import HealthReport
from lessonstudy.ui.main_window import MainWindow


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every information box (the check's report) instead of showing it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_a: shown.append(text))
    return shown


def _bar(window: MainWindow) -> QProgressBar:
    bar = window.findChild(QProgressBar, "checkProgress")
    assert bar is not None
    return bar


def test_the_check_shows_a_busy_bar_then_counts_the_photos(
        qtbot: Any, demo_window: MainWindow, reports: list[str], dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    library = demo_window.context.library
    go_on = threading.Event()
    threads: list[threading.Thread] = []

    def slow_check(*, full: bool = False, progress: Any = None) -> HealthReport:
        threads.append(threading.current_thread())
        progress(0, 0)
        go_on.wait(10)
        progress(40, 120)
        go_on.clear()
        go_on.wait(10)
        return HealthReport()

    monkeypatch.setattr(library, "check", slow_check)
    bar = _bar(demo_window)
    assert not bar.isVisible()
    demo_window.check_library()
    assert bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 0)  # busy, no count yet
    assert demo_window.statusBar().currentMessage() == "Checking the library and its photo files…"
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    go_on.set()
    qtbot.waitUntil(lambda: bar.maximum() == 120)
    assert bar.value() == 40 and bar.text() == "Photos checked: 40 of 120"
    go_on.set()
    qtbot.waitUntil(lambda: bool(reports))
    assert not bar.isVisible()
    assert reports == ["The library is healthy."] and dialogs == []


def test_a_real_check_of_the_demo_ends_with_its_report(
        qtbot: Any, demo_window: MainWindow, reports: list[str], dialogs: list[str]) -> None:
    bar = _bar(demo_window)
    demo_window.check_library()
    assert bar.isVisible()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert reports == ["The library is healthy."] and dialogs == []
    assert not bar.isVisible()
