"""Every tab and window fits a 1024×768 laptop screen: nothing off-screen, no clipped buttons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.main_window import MainWindow
from tests.ui.window.layout_checks import layout_problems

NODES = {
    "lesson": lambda n: isinstance(n, LessonNode),
    "version": lambda n: isinstance(n, VersionRef) and n.number == 2,
    "teaching": lambda n: isinstance(n, TeachingRef) and n.kind == "research",
}


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_every_tab_fits(qtbot, demo_window: MainWindow, size: tuple[int, int]) -> None:
    demo_window.resize(*size)
    problems: list[str] = []
    for node, predicate in NODES.items():
        assert demo_window.select_node(predicate)
        tabs = demo_window.detail.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert demo_window.width() <= size[0], f"{tabs.tabText(index)} widened the window"
            problems += [f"{node}/{tabs.tabText(index)}: {p}"
                         for p in layout_problems(demo_window)]
    assert problems == []


def test_the_department_view_fits_and_closes_with_escape(qtbot, demo_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from lessonstudy.ui.department import open_department_view
    from lessonstudy.ui.screen_fit import available_geometry

    view = open_department_view(demo_window)
    assert view is not None
    qtbot.waitExposed(view)
    area = available_geometry(view)
    assert view.width() <= area.width() and view.height() <= area.height()
    assert layout_problems(view) == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_the_window_can_be_made_laptop_sized(demo_window: MainWindow) -> None:
    for predicate in NODES.values():
        assert demo_window.select_node(predicate)
        hint = demo_window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, hint


def test_the_dialogs_fit(qtbot, demo_window: MainWindow) -> None:
    from lessonstudy.domain.enums import TeachingKind
    from lessonstudy.services.observer_records import ObserverInput
    from lessonstudy.ui.help import HelpWindow
    from lessonstudy.ui.observers.dialogs import ObserverDialog
    from lessonstudy.ui.planning.new_lesson import NewLessonDialog
    from lessonstudy.ui.planning.teaching_dialog import TeachingDialog
    from lessonstudy.ui.planning.version_dialogs import NewVersionDialog

    demo_window.resize(1024, 768)
    for dialog in (TeachingDialog(2, True, TeachingKind.RESEARCH, demo_window),
                   NewVersionDialog(2, demo_window),
                   NewLessonDialog(demo_window.context, demo_window),
                   ObserverDialog(ObserverInput(""), demo_window), HelpWindow(demo_window)):
        dialog.show()
        QApplication.processEvents()
        name = dialog.objectName()
        assert dialog.width() <= 1024 and dialog.height() <= 768, name
        assert layout_problems(dialog) == [], name
        dialog.close()
