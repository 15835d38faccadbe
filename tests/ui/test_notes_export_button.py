"""The Live lesson notes view's "Export notes…": a real export off the GUI thread, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lessonstudy.storage.library import Library
from lessonstudy.ui.live import notes_export_button as module
from lessonstudy.ui.live.notes_export_button import ExportNotesButton

RESEARCH = 2


def test_export_writes_every_note_and_says_where(qtbot, demo_library: Library,
                                                 tmp_path: Path) -> None:
    button = ExportNotesButton(demo_library, RESEARCH)
    qtbot.addWidget(button)
    out = tmp_path / "notes.xlsx"
    with qtbot.waitSignal(button.exported, timeout=20_000) as said:
        button.export(out)
    assert said.args == [f"Exported 9 notes to {out}."]
    assert button.isEnabled()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 10 and rows[0][0] == "Teaching"


def test_a_refused_path_is_one_message_and_writes_nothing(
        qtbot, demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(module, "show_error", lambda _parent, error: shown.append(str(error)))
    button = ExportNotesButton(demo_library, RESEARCH)
    qtbot.addWidget(button)
    button.export(tmp_path / "missing" / "notes.csv")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "does not exist" in shown[0] and button.isEnabled()
    assert not (tmp_path / "missing").exists()
