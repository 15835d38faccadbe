"""Canary: the installed PySide6 must not lose references to ``None``.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a
Qt method that returns nothing; once the count reaches zero Python aborts with
"none_dealloc". pyproject.toml excludes that build; this test fails the suite
if such a build is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    calls = 2000
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("x")
        label.update()
    lost = before - sys.getrefcount(None)
    # Other code may take or drop a handful of references meanwhile; a leaking
    # build loses one per call (4000 here).
    assert lost < calls // 10, f"{lost} references to None lost over {2 * calls} Qt calls"
