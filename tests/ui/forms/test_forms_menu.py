"""File menu actions for forms act on the selected teaching, through its forms tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import forms as forms_feature
from lessonstudy.ui.application import build_window
from lessonstudy.ui.forms.forms_tab import FormsTab
from lessonstudy.ui.main_window import MainWindow, open_library


@pytest.fixture
def window(qtbot, demo_library: Library, data_dir: Path) -> MainWindow:
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    assert open_library(win)
    return win


def test_menu_actions_sit_before_quit(window: MainWindow) -> None:
    names = [a.objectName() for a in window.menu("file").actions() if a.objectName()]
    assert (
        names.index("actionPrintForms")
        < names.index("actionImportForm")
        < names.index("actionQuit")
    )


def test_print_action_opens_the_selected_teachings_forms_tab(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(FormsTab, "choose_and_print", lambda self: asked.append("print"))
    monkeypatch.setattr(
        "lessonstudy.ui.messages.show_info", lambda _parent, text, *_a: asked.append(text)
    )
    window.tree.setCurrentIndex(window.tree_model.index(0, 0))  # the team, not a teaching
    forms_feature._run(window, "choose_and_print")
    assert asked and "Select a teaching" in asked[0]
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    action = window.findChild(QAction, "actionPrintForms")
    assert action is not None
    action.trigger()
    assert asked[-1] == "print"
    assert isinstance(window.detail.tabs.currentWidget(), FormsTab)
    assert window.detail.tabs.tabText(window.detail.tabs.currentIndex()) == "Observation forms"
