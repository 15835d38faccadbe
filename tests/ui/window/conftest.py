"""A main window over a private copy of the demo library, and a watch on every dialog.

Any message box that opens is recorded instead of blocking; tests assert on
the list, so an "unexpected error" (or any unasked-for warning) fails them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lessonstudy.storage.library import Library
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.main_window import MainWindow, open_library


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box that would have been shown (answered "Yes"/OK)."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.objectName()}: {box.text()}")
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def demo_window(qtbot, demo_library: Library, data_dir: Path,
                dialogs: list[str]) -> Iterator[MainWindow]:
    """The main window on the demo open class, shown at a laptop's 1280×800."""
    install_cjk_font()
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert open_library(window)
    yield window
    window.context.close()
