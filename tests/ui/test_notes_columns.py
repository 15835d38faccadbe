"""The notes tree beside the classroom map at 1024x768: the note's text is the widest column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.storage.library import Library
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.live.notes_model import COLUMNS

RESEARCH = 2  # the demo's research lesson: notes with observers, groups and case pupils


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def _shown_widths(tab: LiveLessonTab) -> dict[str, int]:
    header = tab.notes_panel.tree.header()
    return {name: header.sectionSize(c) for c, name in enumerate(COLUMNS)
            if not header.isSectionHidden(c)}


def test_at_1024_the_note_text_is_the_widest_column_and_the_rest_is_in_its_tooltip(
        qtbot, context: AppContext) -> None:
    tab = LiveLessonTab(context, RESEARCH, ManualClock())
    qtbot.addWidget(tab)
    tab.resize(700, 620)  # the detail pane of a 1024x768 window, beside the library tree
    tab.show()
    panel = tab.notes_panel
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() > 0)
    tree = panel.tree
    widths = _shown_widths(tab)
    assert max(widths, key=lambda name: widths[name]) == "text"
    assert widths["text"] >= tree.viewport().width() // 2
    assert not tree.horizontalScrollBar().isVisible()  # nothing to scroll sideways to
    note = panel.model.note_at(panel.model.index(0, 0, panel.model.index(0, 0)))
    tooltip = panel.model.index(0, COLUMNS.index("text"), panel.model.index(0, 0)).data(
        Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(note.text)
    assert note.group_name and f"Group: {note.group_name}" in tooltip
    assert "Kind: Evidence" in tooltip

    tab.resize(1900, 900)  # a wide screen: the columns come back
    qtbot.waitUntil(lambda: "observer_id" in _shown_widths(tab))


def test_the_header_menu_shows_a_column_and_the_choice_sticks(
        qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = LiveLessonTab(context, RESEARCH, ManualClock())
    qtbot.addWidget(tab)
    tab.resize(700, 620)
    tab.show()
    panel = tab.notes_panel
    qtbot.waitUntil(lambda: not panel.loading)
    assert "observer_id" not in _shown_widths(tab)
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _action=None: menus.append(menu))
    panel.tree.header().customContextMenuRequested.emit(QPoint(5, 5))
    observer = next(a for a in menus[0].actions() if a.text() == "Observer")
    assert "Note" not in [a.text() for a in menus[0].actions()]  # the text always stays
    observer.toggle()
    assert "observer_id" in _shown_widths(tab)
    tab.resize(720, 620)  # no more fitting once the observer chose
    qtbot.wait(10)
    assert "observer_id" in _shown_widths(tab)
