"""The library tree keeps a sensible width: what its teachings need, the teacher's drag,
given back after a wide tab (the Live lesson) squeezed it, and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from lessonstudy.services.records import LessonNode, TeachingRef
from lessonstudy.ui import settings
from lessonstudy.ui.application import build_window
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow, open_library
from lessonstudy.ui.tree_width import default_width, leaves_width


def _settled(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)  # the width is given after the event loop laid the tab out
    QApplication.processEvents()


def _tree(window: MainWindow) -> int:
    return window.splitter.sizes()[0]


def test_the_default_width_fits_the_teachings_within_a_third_of_the_window() -> None:
    assert default_width(1024, 270) == 270
    assert default_width(1024, 420) == 341  # a third of a 1024-px window at most
    assert default_width(1024, 90) == 200  # never narrower than 200 px
    assert default_width(1920, 420) == 420


def test_a_wide_tab_squeezes_the_tree_and_the_next_tab_gives_the_width_back(
        qtbot, demo_window: MainWindow) -> None:
    demo_window.resize(1024, 768)
    assert demo_window.select_node(lambda n: isinstance(n, LessonNode))
    _settled(qtbot)
    wanted = demo_window.tree_width.wanted()
    assert wanted == default_width(demo_window.splitter.width(), leaves_width(demo_window.tree))
    assert leaves_width(demo_window.tree) > 250  # "Research lesson · 2026-11-03 · class 2A"
    assert _tree(demo_window) == wanted
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    live = demo_window.detail.widget_of(LiveLessonTab, show=True)
    assert live is not None
    _settled(qtbot)
    squeezed = _tree(demo_window)
    assert squeezed <= wanted
    assert demo_window.detail.width() >= live.minimumSizeHint().width()
    demo_window.detail.tabs.setCurrentIndex(0)  # the teaching's Overview
    _settled(qtbot)
    assert _tree(demo_window) == wanted, "a hidden Live lesson tab kept the tree squeezed"


def test_the_teachers_drag_is_kept_and_remembered(qtbot, demo_window: MainWindow,
                                                  data_dir: Path) -> None:
    assert demo_window.select_node(lambda n: isinstance(n, LessonNode))
    _settled(qtbot)
    demo_window.splitter.moveSplitter(222, 1)  # as a drag of the handle does
    _settled(qtbot)
    assert _tree(demo_window) == 222 and settings.TREE_WIDTH.get() == 222
    demo_window.detail.tabs.setCurrentIndex(1)
    _settled(qtbot)
    assert _tree(demo_window) == 222
    again = build_window(str(data_dir))
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    assert open_library(again)
    _settled(qtbot)
    assert _tree(again) == 222
    again.context.close()
