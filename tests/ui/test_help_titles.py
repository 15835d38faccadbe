"""The help window's guide list is wide enough for the usual guide titles (they were cut)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lessonstudy.ui.help import HelpWindow


def test_guide_titles_fit_and_carry_their_full_title(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(776, 752)
    window.show()
    QApplication.processEvents()
    items = [window.guide_list.item(i) for i in range(window.guide_list.count())]
    debrief = next(item for item in items if item.text().startswith("Debrief packets"))
    needed = window.guide_list.fontMetrics().horizontalAdvance(debrief.text())
    assert window.guide_list.viewport().width() >= needed
    assert all(item.toolTip() == item.text() for item in items)
