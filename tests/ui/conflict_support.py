"""Answer the "changed by someone else" dialog in tests, as a teacher would click it.

:func:`answer_conflicts` replaces ``QMessageBox.exec`` so that the conflict
dialog (object name ``conflictDialog``) is answered by clicking one of its
buttons (``reloadButton`` or ``keepMineButton``); what it said is recorded.
Any other message box is recorded and closed, so a test can check it too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from lessonstudy.storage import base


def answer_conflicts(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """Click ``button`` in every conflict dialog; returns the texts of the boxes shown."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        if box.objectName() == "conflictDialog":
            found = box.findChild(QAbstractButton, button)
            assert found is not None, button
            found.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def as_machine(monkeypatch: pytest.MonkeyPatch, who: str) -> None:
    """Make the next saves look as if made on ``who``'s computer (``updated_by``)."""
    monkeypatch.setattr(base, "CURRENT_AUTHOR", who)
