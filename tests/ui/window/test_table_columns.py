"""At 1024×768 the column that matters gets the width: the feedback text in the conference.

Audit D22: the Feedback table gave its text about 100 px while focus, group,
author and segment kept 100 px each. Now the text keeps at least 45 % of the
table, the details step aside (segment first) with their values in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.conference.feedback_panel import TEXT_COLUMN
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.main_window import MainWindow


def _settled(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)
    QApplication.processEvents()


def test_the_feedback_text_is_the_wide_column_at_1024(qtbot, demo_window: MainWindow) -> None:
    demo_window.resize(1024, 768)
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    tab = demo_window.detail.widget_of(ConferenceTab, show=True)
    assert isinstance(tab, ConferenceTab)
    qtbot.waitUntil(lambda: hasattr(tab, "feedback") and tab.feedback.model.rowCount() > 0,
                    timeout=10000)  # read in the background first
    panel = tab.feedback
    tab.sections.setCurrentWidget(panel)
    _settled(qtbot)
    table = panel.table
    viewport = table.viewport().width()
    shown = [c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)]
    text = table.columnWidth(TEXT_COLUMN)
    assert text >= 0.45 * viewport, (text, viewport)
    assert all(text > table.columnWidth(c) for c in shown if c != TEXT_COLUMN)
    assert not table.horizontalScrollBar().isVisible()
    assert table.isColumnHidden(4) and not table.isColumnHidden(3)  # segment first, not author
    first = panel.model.record(0)
    tip = panel.model.data(panel.model.index(0, TEXT_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(first.text) and first.segment_title in tip  # … and is in the tooltip

    demo_window.resize(1800, 900)  # a wide screen shows every column again
    _settled(qtbot)
    assert not any(table.isColumnHidden(c) for c in range(panel.model.columnCount()))
    assert table.columnWidth(TEXT_COLUMN) >= 0.45 * table.viewport().width()


def test_the_timings_difference_is_in_view_at_1024(qtbot, demo_window: MainWindow) -> None:
    """Audit D20: planned, actual and difference were behind a scroll bar; the segment gives way."""
    from lessonstudy.ui.planning.teaching_view import TeachingView

    demo_window.resize(1024, 768)
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    view = demo_window.detail.widget_of(TeachingView, show=True)
    assert isinstance(view, TeachingView)
    _settled(qtbot)
    table, model = view.table, view.model
    assert model.rowCount() > 0
    assert not table.horizontalScrollBar().isVisible()
    right = table.viewport().width()
    last = model.columnCount() - 1  # the difference
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= right
    assert any(model.data(model.index(r, last)) for r in range(model.rowCount()))
    assert table.columnWidth(1) >= 150  # the segment keeps a readable share
    title = model.index(0, 1)
    assert model.data(title, Qt.ItemDataRole.ToolTipRole) == model.data(title)
