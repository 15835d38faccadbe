"""A new team's empty tabs say what goes there and offer the action, instead of blank tables.

A fresh library with one new lesson (one version, no segments) and one teaching
of it with nothing in it: the Tallies, Versions, Observer groups and Timings tabs,
and Find in library with nothing typed and with nothing found.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.services import tallies
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.observer_groups import add_group
from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.services.observers import add_observer
from lessonstudy.services.plans import load_plan
from lessonstudy.services.records import LessonNode, TeachingRef
from lessonstudy.services.teachings import TeachingInput, record_teaching
from lessonstudy.ui.application import build_window
from lessonstudy.ui.classroom.tallies_view import TalliesView
from lessonstudy.ui.main_window import MainWindow, open_library
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.planning.teaching_view import TeachingView
from lessonstudy.ui.planning.versions_view import VersionsView


@pytest.fixture
def new_window(qtbot, data_dir: Path, dialogs: list[str]) -> Iterator[MainWindow]:
    """The window over a library holding one new lesson, not yet taught."""
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert open_library(window)
    create_lesson(window.context.library, NewLesson(title="Fractions on a number line",
                                                   team_name="Maths", school="Fanling"))
    window.context.notify_changed("library")
    qtbot.waitUntil(lambda: window.tree_model.find(
        lambda n: isinstance(n, LessonNode)).isValid(), timeout=10000)
    yield window
    window.context.close()


def _teach(window: MainWindow) -> int:
    library = window.context.library
    lesson = next(n for n in _nodes(window) if isinstance(n, LessonNode))
    version = load_plan(library, lesson.id).versions[0]
    teaching_id = record_teaching(library, version.id,
                                  TeachingInput(kind=TeachingKind.RESEARCH, class_name="3B"))
    window.context.notify_changed("teaching")
    return teaching_id


def _nodes(window: MainWindow) -> list[Any]:
    from lessonstudy.ui.library_model import NODE_ROLE

    model, found = window.tree_model, []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        found.append(index.data(NODE_ROLE))
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


def _open(window: MainWindow, kind: type, predicate: Any) -> Any:
    assert window.select_node(predicate)
    tab = window.detail.widget_of(kind, show=True)
    assert tab is not None
    return tab


def test_tallies_without_groups_then_without_counters_say_what_to_do(
        qtbot, new_window: MainWindow, dialogs: list[str]) -> None:
    teaching_id = _teach(new_window)
    view: TalliesView = _open(new_window, TalliesView,
                              lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)
    assert view.no_groups.isVisible() and "no groups yet" in view.no_groups.text()
    assert not view.table.isVisible() and not view.chart.isVisible()
    assert all(not b.isEnabled() for b in view._bar_buttons)  # nothing to count yet
    add_group(new_window.context.library, teaching_id, GroupInput("Group A"))
    new_window.context.notify_changed(f"observers:{teaching_id}")  # as the board says it
    assert view.group_combo.currentText() == "Group A"
    assert not view.no_groups.isVisible() and view.no_counters.isVisible()
    assert "Group A counts nothing yet" in view.no_counters.text()
    assert not view.table.isVisible() and not view.chart.isVisible()
    suggested = view.no_counters.findChild(QPushButton, "hintSuggestedSet")
    assert suggested is not None
    suggested.click()
    assert view.table.rowCount() > 0 and view.table.isVisible() and view.chart.isVisible()
    assert not view.no_counters.isVisible()
    view.save()
    assert len(tallies.counters(new_window.context.library, teaching_id)) == view.table.rowCount()
    assert dialogs == []


def test_one_version_and_no_teaching_say_how_to_go_on(
        qtbot, new_window: MainWindow, dialogs: list[str]) -> None:
    view: VersionsView = _open(new_window, VersionsView, lambda n: isinstance(n, LessonNode))
    assert view.one_version.isVisible() and view.no_teaching.isVisible()
    assert not view.comparison_view.isVisible() and not view.picks.isVisible()
    assert view.no_teaching.findChild(QPushButton, "hintRecordTeaching") is not None
    assert view.one_version.findChild(QPushButton, "hintNewVersion") is not None
    assert dialogs == []


def test_the_demo_lesson_compares_its_versions_without_hints(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    view: VersionsView = _open(demo_window, VersionsView, lambda n: isinstance(n, LessonNode))
    assert not view.one_version.isVisible() and not view.no_teaching.isVisible()
    assert view.comparison_view.isVisible() and view.comparison.rowCount() > 0


def test_a_board_without_observers_says_how_they_get_there(
        qtbot, new_window: MainWindow, dialogs: list[str]) -> None:
    teaching_id = _teach(new_window)
    board: ObserverBoard = _open(new_window, ObserverBoard,
                                 lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)
    assert board.no_observers.isVisible() and "roster" in board.no_observers.text()
    assert board.no_observers.findChild(QPushButton, "hintImportRoster") is not None
    add_observer(new_window.context.library, teaching_id, ObserverInput("Ms Wendy Choi"))
    new_window.context.notify_changed(f"observers:{teaching_id}")
    assert not board.no_observers.isVisible()
    assert dialogs == []


def test_timings_of_a_version_without_segments_say_where_to_plan_them(
        qtbot, new_window: MainWindow) -> None:
    teaching_id = _teach(new_window)
    view: TeachingView = _open(new_window, TeachingView,
                               lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)
    assert "has no segments yet" in view.summary.text()


def test_timings_of_an_untimed_teaching_say_how_to_time_it(
        qtbot, demo_window: MainWindow) -> None:
    from tests.live_support import add_fresh_teaching

    fresh = add_fresh_teaching(demo_window.context.library)
    demo_window.context.notify_changed("teaching")
    view: TeachingView = _open(demo_window, TeachingView,
                               lambda n: isinstance(n, TeachingRef) and n.id == fresh)
    assert view.summary.text().startswith("Nothing timed yet")


def test_find_in_library_says_what_it_searches_and_how_to_widen(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    dock = demo_window.search_dock  # type: ignore[attr-defined]  # added by the search feature
    dock.open_search()
    assert dock.hint.isVisible() and "notes, feedback" in dock.hint.text()
    dock.box.setText("zebra crossing")
    qtbot.waitUntil(lambda: dock.status.text().startswith("Nothing"), timeout=10000)
    assert dock.hint.isVisible() and "Every word must appear" in dock.hint.text()
    dock.box.setText("正方形")
    qtbot.waitUntil(lambda: not dock.searching and dock.model.rowCount() > 0, timeout=10000)
    assert not dock.hint.isVisible()
    assert dialogs == []


def test_predictions_without_case_pupils_show_the_hint_alone(
        qtbot, new_window: MainWindow) -> None:
    from lessonstudy.services.records import VersionRef
    from lessonstudy.ui.classroom.predictions_view import PredictionsView

    view: PredictionsView = _open(new_window, PredictionsView,
                                  lambda n: isinstance(n, VersionRef))
    assert "no case pupils yet" in view.hint.text()
    assert not view.table.isVisible()
