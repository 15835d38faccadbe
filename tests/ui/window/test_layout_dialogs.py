"""The other windows and dialogs on a 1024×768 laptop, light and dark: group and focus-area
dialogs, the "changed by someone else" question, the projector and the photo viewer."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from lessonstudy.domain.errors import ConflictError
from lessonstudy.services.focus_areas import list_focus_areas
from lessonstudy.services.observer_records import GroupInput
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui import screen_fit
from lessonstudy.ui.main_window import MainWindow
from tests.ui.window.layout_checks import layout_problems
from tests.ui.window.test_palette_and_names import colour_problems, dark  # noqa: F401

LAPTOP = QRect(0, 0, 1024, 728)  # 1024×768 less a task bar


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window sized from the screen sees a 1024×768 laptop's screen."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: QRect(LAPTOP))


def _research(window: MainWindow) -> TeachingRef:
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    node = window.selected_node()
    assert isinstance(node, TeachingRef)
    return node


def _group_dialog(window: MainWindow) -> QWidget:
    from lessonstudy.ui.observers.dialogs import GroupDialog

    areas = list_focus_areas(window.context.library)
    return GroupDialog(areas, ["黃美玲 Wong Mei Ling", "Mr Lee"],
                       GroupInput("Group A", "Pupils' reasoning about the right angle"), window)


def _focus_areas(window: MainWindow) -> QWidget:
    from lessonstudy.ui.observers.focus_dialog import FocusAreaDialog

    return FocusAreaDialog(window.context.library, window)


def _conflict(window: MainWindow) -> QWidget:
    from lessonstudy.ui.conflict import conflict_box

    return conflict_box(window, ConflictError("changed", "張老師 Ms Cheung",
                                              "2026-11-20T10:31:00+08:00", 4))


def _projector(window: MainWindow) -> QWidget:
    from lessonstudy.ui.live.controller import controller_for
    from lessonstudy.ui.live.projector import ProjectorView

    return ProjectorView(controller_for(window.context, _research(window).id), window)


def _photo_viewer(window: MainWindow) -> QWidget:
    from lessonstudy.ui.photos.photos_tab import PhotosTab

    _research(window)
    photos = window.detail.widget_of(PhotosTab, show=True)
    assert photos is not None
    proxy = photos.controller.proxy
    qt_wait_until(lambda: proxy.rowCount() > 0)
    viewer = photos.open_viewer(proxy.index(0, 0))
    assert viewer is not None
    return viewer


def qt_wait_until(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        assert not deadline.hasExpired(), "timed out"
        QApplication.processEvents()


WINDOWS: dict[str, Callable[[MainWindow], QWidget]] = {
    "group dialog": _group_dialog,
    "focus areas": _focus_areas,
    "conflict": _conflict,
    "projector": _projector,
    "photo viewer": _photo_viewer,
}


def _shown(make: Callable[[MainWindow], QWidget], window: MainWindow) -> Iterator[QWidget]:
    widget = make(window)
    widget.show()
    QApplication.processEvents()
    yield widget
    widget.close()


@pytest.mark.parametrize("name", list(WINDOWS))
def test_each_window_fits_a_laptop(laptop: None, demo_window: MainWindow, name: str) -> None:
    demo_window.resize(1024, 768)
    for widget in _shown(WINDOWS[name], demo_window):
        assert widget.width() <= LAPTOP.width() and widget.height() <= LAPTOP.height(), (
            name, widget.size())
        minimum = widget.minimumSizeHint()
        assert minimum.width() <= LAPTOP.width() and minimum.height() <= LAPTOP.height()
        assert layout_problems(widget) == [], name
        if shots := os.environ.get("LS_SHOTS"):
            widget.grab().save(str(Path(shots) / f"1024-{name.replace(' ', '-')}.png"))


@pytest.mark.parametrize("name", list(WINDOWS))
def test_each_window_is_readable_in_a_dark_palette(
        dark: None, laptop: None, demo_window: MainWindow, name: str) -> None:  # noqa: F811
    for widget in _shown(WINDOWS[name], demo_window):
        assert colour_problems(widget) == [], name
        if shots := os.environ.get("LS_SHOTS"):
            widget.grab().save(str(Path(shots) / f"dark-{name.replace(' ', '-')}.png"))
