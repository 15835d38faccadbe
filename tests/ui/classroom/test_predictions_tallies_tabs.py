"""The Predictions tab (type a prediction, it is stored) and the Tallies tab (COPUS set, chart)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lessonstudy.services import predictions, tallies
from lessonstudy.services.records import TeachingRef, VersionRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.classroom.predictions_view import PredictionsView
from lessonstudy.ui.classroom.tabs import predictions_tab, tallies_tab
from lessonstudy.ui.classroom.tallies_view import TalliesView
from lessonstudy.ui.context import AppContext

SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"
RESEARCH, VERSION_2 = 2, 2


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error, *_a: shown.append(
        str(error)))
    return shown


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def test_typing_a_prediction_stores_it(qtbot, context: AppContext,
                                       demo_library: Library) -> None:
    view = predictions_tab(context, VersionRef(VERSION_2, 2, "taught", "", 10, 3000,
                                                       True))
    assert isinstance(view, PredictionsView)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    table = view.table
    assert table.columnCount() == 3 and table.rowCount() == 10
    assert table.item(3, 2).text().startswith("Miscounts squares")  # demo: C in group work
    table.item(0, 0).setText("Answers first, before the others have thought.")
    grid = predictions.version_predictions(demo_library, VERSION_2)
    first = grid.rows[0]
    assert grid.predicted("A", first.segment_id) == "Answers first, before the others have thought."
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "predictions-tab.png"))


def test_copus_counters_saved_and_charted(qtbot, context: AppContext, demo_library: Library,
                                          errors: list[str]) -> None:
    ref = TeachingRef(RESEARCH, "research", None, "2A", "", 2)
    view = tallies_tab(context, ref)
    assert isinstance(view, TalliesView)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    view.group_combo.setCurrentIndex(1)  # Group B: the demo's suggested set, with counts
    assert [s.key for s in view.specs()] == ["q", "w", "e", "r"]
    assert [name for name, _v in view.chart.series] == ["PQ", "TQ", "PP", "WT"]
    assert sum(view.chart.series[0][1]) == 12
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "tallies-tab.png"))

    view.group_combo.setCurrentIndex(0)  # Group A: none yet
    assert view.specs() == []
    qtbot.mouseClick(view.findChild(QPushButton, "copusSet"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.findChild(QPushButton, "saveCounters"), Qt.MouseButton.LeftButton)
    saved = [c for c in tallies.counters(demo_library, RESEARCH)
             if c.group_id == view.group_id()]
    assert len(saved) == 16 and saved[0].code == "L" and not errors

    view.table.item(1, 1).setText("Q")  # the same key as the first counter
    qtbot.mouseClick(view.findChild(QPushButton, "saveCounters"), Qt.MouseButton.LeftButton)
    assert errors and "'q' is used by 2 counters" in errors[-1]
    assert len([c for c in tallies.counters(demo_library, RESEARCH)
                if c.group_id == view.group_id()]) == 16
