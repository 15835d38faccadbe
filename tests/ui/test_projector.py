"""The projector view: big countdown, colour by urgency, keys, and the main window's way in."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.controller import controller_for
from lessonstudy.ui.live.projector import ProjectorView
from lessonstudy.ui.main_window import MainWindow, open_library
from tests.live_support import add_fresh_teaching, stored_timings


@pytest.fixture
def controller(demo_library: Library) -> Iterator[object]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield controller_for(ctx, add_fresh_teaching(demo_library), ManualClock())
    ctx.deleteLater()


@pytest.fixture
def view(qtbot, controller) -> ProjectorView:
    install_cjk_font()
    projector = ProjectorView(controller)
    qtbot.addWidget(projector)
    projector.show()
    qtbot.waitExposed(projector)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(projector)
    return projector


def _background(view: ProjectorView) -> str:
    image = view.grab().toImage()
    return QColor(image.pixel(5, image.height() // 2)).name().upper()


def test_background_goes_green_amber_red_and_slate_when_paused(view: ProjectorView,
                                                               controller) -> None:
    controller.start()
    colours = []
    for seconds in (60, 100, 40):  # warm-up 3:00: 2:00 left, 0:20 left, 0:20 over
        controller.clock.advance(seconds)
        controller.tick()
        colours.append(_background(view))
    controller.pause()
    colours.append(_background(view))
    assert colours == ["#0B6E35", "#F2A900", "#C0201A", "#3A3F47"]
    assert view.labels["countdown"].text() == "+0:20"
    assert view.labels["footer"].text().startswith("PAUSED")


def test_type_scales_with_the_window(qtbot, view: ProjectorView) -> None:
    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.labels["countdown"].font().pixelSize() == 324)
    assert view.labels["segment"].font().pixelSize() == 108


def test_space_and_n_move_on_and_f11_toggles_full_screen(
        qtbot, demo_library: Library, view: ProjectorView, controller) -> None:
    controller.start()
    controller.clock.advance(180)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    controller.clock.advance(240)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert stored_timings(demo_library, controller.teaching_id) == [
        (0, 0, 180), (1, 180, 420), (2, 420, None)]
    assert view.labels["segment"].text() == "Pair work: predict the pattern"
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isFullScreen() and view.isVisible()


@pytest.fixture
def window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    win.show()
    assert open_library(win)
    from lessonstudy.services.demo import load_demo

    load_demo(win.context.library)
    win.context.notify_changed()
    return win


def test_main_window_offers_the_live_tab_and_the_projector(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("lessonstudy.ui.live.show_error",
                        lambda _parent, error, *_a: shown.append(str(error)))
    action = window.findChild(type(window.menu("view").actions()[0]), "actionProjector")
    action.trigger()
    assert shown == ["Select a teaching in the library first, then open its projector view."]
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    titles = [window.detail.tabs.tabText(i) for i in range(window.detail.tabs.count())]
    assert titles.count("Live lesson") == 1
    action.trigger()
    projectors = [w for w in window.findChildren(ProjectorView) if w.isVisible()]
    assert len(projectors) == 1
    assert projectors[0].labels["title"].text().startswith("Discovering Pythagoras")
    projectors[0].close()
