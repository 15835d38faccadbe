"""Group and focus-area forms, and the "Observer groups" tab in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.focus_areas import list_focus_areas
from lessonstudy.services.observer_records import FocusAreaInfo, GroupInput, ObserverInput
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.main_window import open_library
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.observers.dialogs import GroupDialog, ObserverDialog
from lessonstudy.ui.observers.focus_dialog import FocusAreaDialog

AREAS = [FocusAreaInfo(7, "Case pupils", ("Follow pupil A", "Follow pupil B"), 0)]


def test_picking_a_library_focus_copies_its_name_and_prompts(qtbot) -> None:
    dialog = GroupDialog(AREAS, ["Ms Ho"], GroupInput("Group A"))
    qtbot.addWidget(dialog)
    dialog.library_focus.setCurrentIndex(1)
    dialog.library_focus.activated.emit(1)
    dialog.prompts.setPlainText(dialog.prompts.toPlainText() + "\n觀察學生甲")
    dialog.convenor.setCurrentText("Ms Ho")
    assert dialog.value() == GroupInput("Group A", "Case pupils",
                                        "Follow pupil A\nFollow pupil B\n觀察學生甲", "Ms Ho",
                                        None, 7)
    dialog.capacity.setValue(8)
    assert dialog.value().capacity == 8


def test_the_observer_form_offers_every_role(qtbot) -> None:
    dialog = ObserverDialog(ObserverInput("陳大文", "沙田學院", ObserverRole.CRITICAL_FRIEND))
    qtbot.addWidget(dialog)
    assert dialog.role.count() == len(ObserverRole)
    assert dialog.value() == ObserverInput("陳大文", "沙田學院", ObserverRole.CRITICAL_FRIEND)
    dialog.role.setCurrentIndex(dialog.role.findData("timekeeper"))
    assert dialog.value().role is ObserverRole.TIMEKEEPER


def test_focus_area_dialog_adds_edits_and_refuses_duplicates(
        qtbot, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[LessonStudyError] = []
    monkeypatch.setattr("lessonstudy.ui.observers.focus_dialog.show_error",
                        lambda _parent, error, *_a: shown.append(error))
    dialog = FocusAreaDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.areas.count() == 4
    dialog.name.setText("iBoards 電子白板")
    dialog.prompts.setPlainText("Who holds the pen?\nWhose idea is written?")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.areas.currentItem().text() == "iBoards 電子白板"
    assert list_focus_areas(library)[-1].prompts == ("Who holds the pen?",
                                                     "Whose idea is written?")
    dialog.prompts.setPlainText("Only this")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list_focus_areas(library)[-1].prompts == ("Only this",)
    dialog.name.setText("case pupils")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already a focus area called 'Case pupils'" in shown[0].message
    assert len(list_focus_areas(library)) == 5


def test_the_tab_appears_for_teachings_and_activates_its_undo_stack(
        qtbot, data_dir: Path) -> None:
    from lessonstudy.services.demo import load_demo

    install_cjk_font()
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert open_library(window)
    load_demo(window.context.library)
    window.context.notify_changed()
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    tabs = window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Observer groups" in titles
    tabs.setCurrentIndex(titles.index("Observer groups"))
    board = tabs.currentWidget()
    assert isinstance(board, ObserverBoard)
    assert [c.group.name if c.group else None for c in board.columns] == [
        None, "Group A", "Group B", "Group C"]
    assert window.context.undo_group.activeStack() is board.undo_stack
    anna = board.columns[1].model.person(0)
    board.move_observers([anna.id], board.columns[3].group.id)
    assert tabs.currentWidget() is board, "a change must not tear down the board"
    assert window.context.undo_group.undoText() == "Move 1 observer(s) to Group C"
    window.context.undo_group.undo()
    assert board.columns[1].model.person(0).id == anna.id
