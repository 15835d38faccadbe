"""File → Export lesson bundle / Import lesson in the window, and the shared conflict dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lessonstudy.domain.errors import ConflictError
from lessonstudy.exchange.bundle import export_bundle
from lessonstudy.ui.application import build_window
from lessonstudy.ui.conflict import ConflictChoice, conflict_box, resolve_conflict
from lessonstudy.ui.main_window import MainWindow, open_library


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = build_window(str(tmp_path / "laptop-b"))
    qtbot.addWidget(win)
    assert open_library(win)
    return win


def test_menu_actions_exist(window: MainWindow) -> None:
    names = {a.objectName() for a in window.menu("file").actions()}
    assert {"actionExportBundle", "actionImportLesson", "actionSharedServer"} <= names


def test_import_runs_off_thread_then_refreshes_and_lists_nothing_to_review(
        qtbot, window: MainWindow, demo_library, tmp_path: Path) -> None:
    bundle = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    changes: list[str] = []
    window.context.changed.connect(changes.append)

    window.exchange.import_from(bundle)
    qtbot.waitUntil(lambda: not window.exchange.operation.running and bool(changes),
                   timeout=20000)

    assert window.tree_model.rowCount() == 1  # the tree now shows the imported team
    assert "Imported" in window.statusBar().currentMessage()
    assert window.exchange.review is None


def test_export_writes_a_bundle(qtbot, window: MainWindow, demo_library, tmp_path: Path) -> None:
    window.exchange.import_from(export_bundle(demo_library, "1", tmp_path / "in.lsb").path)
    qtbot.waitUntil(lambda: not window.exchange.operation.running, timeout=20000)
    out = tmp_path / "out.lsb"

    window.exchange.export_to(1, out)
    qtbot.waitUntil(lambda: not window.exchange.operation.running, timeout=20000)

    assert out.exists() and "Exported" in window.statusBar().currentMessage()


def test_conflict_dialog_names_who_and_offers_reload_or_keep(qtbot) -> None:
    error = ConflictError("changed", changed_by="ms.wong@staffroom",
                          changed_at="2026-11-20T02:31:00+00:00")
    box = conflict_box(None, error)
    qtbot.addWidget(box)
    assert "ms.wong@staffroom" in box.text() and "2026-11-20" in box.text()
    assert box.findChild(type(box.buttons()[0]), "keepMineButton") is not None
    calls: list[str] = []
    choice = resolve_conflict(None, error, reload=lambda: calls.append("reload"),
                              keep_mine=lambda: calls.append("keep"),
                              ask=lambda _p, _e: ConflictChoice.KEEP_MINE)
    assert choice is ConflictChoice.KEEP_MINE and calls == ["keep"]
    assert QMessageBox  # the helper builds a plain QMessageBox, no custom window
