"""The observer board with real widgets: drag between groups, undo, assign, import, print."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.observer_records import GroupInput
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import install_cjk_font
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.observers.members_model import PINNED_ROLE, encode_ids
from tests.printing.pdfcheck import page_texts
from tests.services.observers.support import membership, stored

ANNA = "Dr Anna Leung 梁安娜"


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    ctx = AppContext()
    ctx._library = demo_library  # the fixture owns and closes it
    yield ctx


def _board(qtbot, context: AppContext, teaching_id: int = 2) -> ObserverBoard:
    board = ObserverBoard(context, TeachingRef(teaching_id, "research", None, "2A", "", 2))
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    return board


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[LessonStudyError]:
    """Expected problems the board would show in a dialog, captured instead."""
    seen: list[LessonStudyError] = []
    monkeypatch.setattr("lessonstudy.ui.observers.board.show_error",
                        lambda _parent, error, *_a: seen.append(error))
    return seen


def test_drag_an_observer_to_another_group_then_undo_and_redo(
        qtbot, context: AppContext, demo_library: Library) -> None:
    board = _board(qtbot, context)
    group_a, group_c = board.columns[1], board.columns[3]
    assert group_a.model.person(0).name == ANNA
    dragged = group_a.model.mimeData([group_a.model.index(0)])
    assert group_c.model.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1,
                                         QModelIndex())
    assert group_c.model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: membership(demo_library, 2)[ANNA] == ("Group C", True))
    moved = [p for p in board.columns[3].model.members() if p.name == ANNA]
    assert moved and moved[0].pinned
    row = board.columns[3].model.members().index(moved[0])
    assert board.columns[3].model.index(row).data(PINNED_ROLE) is True
    assert board.columns[3].model.index(row).data(Qt.ItemDataRole.DecorationRole) is not None
    assert ANNA not in [p.name for p in board.columns[1].model.members()]
    assert context.undo_group.activeStack() is board.undo_stack
    assert context.undo_group.undoText() == "Move 1 observer(s) to Group C"
    context.undo_group.undo()
    assert membership(demo_library, 2)[ANNA] == ("Group A", False)
    assert board.columns[1].model.person(0).name == ANNA
    context.undo_group.redo()
    assert membership(demo_library, 2)[ANNA] == ("Group C", True)


def test_dropping_on_the_own_group_does_nothing(qtbot, context: AppContext,
                                                demo_library: Library) -> None:
    board = _board(qtbot, context)
    group_a = board.columns[1]
    own = group_a.model.mimeData([group_a.model.index(0)])
    assert not group_a.model.canDropMimeData(own, Qt.DropAction.MoveAction, -1, -1,
                                             QModelIndex())
    assert not group_a.model.dropMimeData(encode_ids([]), Qt.DropAction.MoveAction, -1, -1,
                                          QModelIndex())
    assert board.undo_stack.count() == 0


def test_unpin_the_selected_observer(qtbot, context: AppContext, demo_library: Library) -> None:
    board = _board(qtbot, context)
    anna = board.columns[1].model.person(0)
    board.move_observers([anna.id], board.columns[2].group.id)
    column = board.columns[2]
    row = [p.id for p in column.model.members()].index(anna.id)
    column.view.setFocus()
    board._set_current(column)
    column.view.selectionModel().select(column.model.index(row),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    board.set_pinned(False)
    assert membership(demo_library, 2)[ANNA] == ("Group B", False)
    assert board.undo_stack.undoText() == "Unpin 1 observer(s)"
    board.undo_stack.undo()
    assert membership(demo_library, 2)[ANNA] == ("Group B", True)


def test_import_then_assign_each_one_undo_step(qtbot, context: AppContext, tmp_path: Path,
                                               demo_library: Library) -> None:
    roster = tmp_path / "roster.csv"
    lines = [f"Visitor {n},School {n % 3},{'critical friend' if n < 3 else ''}"
             for n in range(21)]
    roster.write_text("name,school,role\n" + "\n".join(lines) + "\n", encoding="utf-8")
    board = _board(qtbot, context, teaching_id=1)
    before = stored(demo_library)
    board.toolbar.import_roster(str(roster))
    assert len(board.columns[0].model.members()) == 21
    assert "Imported 21 observer(s)" in board.notes.text()
    board.toolbar.groups.setValue(3)
    board.toolbar.assign()
    assert [c.group.name for c in board.columns[1:]] == ["Group A", "Group B", "Group C"]
    assert [len(c.model.members()) for c in board.columns] == [0, 7, 7, 7]
    assert "Assigned automatically (seed 0)" in board.notes.text()
    assert board.undo_stack.count() == 2
    board.undo_stack.undo()
    assert len(board.columns) == 1 and len(board.columns[0].model.members()) == 21
    board.undo_stack.undo()
    after = stored(demo_library)
    assert after["observers"] == before["observers"]
    assert after["observer_groups"] == before["observer_groups"]
    board.undo_stack.redo()
    board.undo_stack.redo()
    assert sorted(set(membership(demo_library, 1).values())) == [
        ("Group A", False), ("Group B", False), ("Group C", False)]


def test_a_refused_roster_shows_every_problem_and_stores_nothing(
        qtbot, context: AppContext, tmp_path: Path, demo_library: Library,
        errors: list[LessonStudyError]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,role\nChan,critic\n,visitor\n", encoding="utf-8")
    before = stored(demo_library)
    board = _board(qtbot, context)
    board.toolbar.import_roster(str(bad))
    assert len(errors) == 1
    assert [p.split(":")[0] for p in errors[0].problems] == ["line 2", "line 3"]
    assert board.undo_stack.count() == 0
    assert stored(demo_library) == before


def test_add_edit_and_remove_a_group_with_undo(qtbot, context: AppContext,
                                                demo_library: Library,
                                                errors: list[LessonStudyError]) -> None:
    board = _board(qtbot, context)
    board.toolbar.add_group(GroupInput("Group D", "Case pupils", "Watch pupil A", "", 5))
    assert [c.group.name for c in board.columns[1:]] == ["Group A", "Group B", "Group C",
                                                         "Group D"]
    assert board.columns[4].count.text() == "0 of 5 seats"
    group_d = board.columns[4].group.id
    board.toolbar.edit_group(group_d, GroupInput("Group D 丁組", "Case pupils", "", "Ms Ho"))
    assert board.columns[4].title.text() == "<b>Group D 丁組</b>"
    board.remove_group(group_d)
    assert len(board.columns) == 4
    board.undo_stack.undo()
    assert board.columns[4].group.name == "Group D 丁組"
    board.remove_group(board.columns[1].group.id)
    assert "cannot be removed" in errors[0].message
    assert len(board.columns) == 5


def test_print_the_group_list_off_the_gui_thread(qtbot, context: AppContext,
                                                 tmp_path: Path) -> None:
    board = _board(qtbot, context)
    out = tmp_path / "groups.pdf"
    operation = board.toolbar.print_list(str(out))
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    pages = page_texts(out)
    assert len(pages) == 3 and ANNA in pages[0]


def test_remove_two_selected_observers_in_one_undo_step(qtbot, context: AppContext,
                                                        demo_library: Library) -> None:
    board = _board(qtbot, context)
    column = board.columns[2]
    names = [column.model.person(row).name for row in (1, 2)]
    board._set_current(column)
    for row in (1, 2):
        column.view.selectionModel().select(column.model.index(row),
                                            QItemSelectionModel.SelectionFlag.Select)
    board.remove_observers()
    assert not set(names) & set(membership(demo_library, 2))
    assert board.undo_stack.undoText() == "Remove 2 observer(s)"
    board.undo_stack.undo()
    assert membership(demo_library, 2)[names[0]] == ("Group B", False)
    assert [column.model.person(row).name for row in (1, 2)] == names


def test_the_board_rereads_when_others_change_the_groups(qtbot, context: AppContext,
                                                         demo_library: Library) -> None:
    from lessonstudy.services.observers import move_observers

    board = _board(qtbot, context)
    broadcasts: list[str] = []
    context.changed.connect(broadcasts.append)
    anna = board.columns[1].model.person(0)
    move_observers(demo_library, [anna.id], None)  # e.g. another window or a script
    context.notify_changed("notes:2")
    assert board.columns[1].model.person(0).id == anna.id
    context.notify_changed("observers:2")
    assert board.columns[0].model.person(0).id == anna.id
    board.move_observers([anna.id], board.columns[2].group.id)
    assert broadcasts[-1] == "observers:2"


def test_more_menu_chooses_the_foci_new_groups_watch(
        qtbot, context: AppContext, demo_library: Library) -> None:
    board = _board(qtbot, context)
    toolbar = board.toolbar
    toolbar.fill_foci_menu()
    actions = {a.text(): a for a in toolbar.foci_menu.actions() if a.text()}
    assert actions["The teaching's own foci (default)"].isChecked()
    actions["Case pupils"].setChecked(True)
    assert toolbar.chosen_foci == ["Case pupils"]
    toolbar.fill_foci_menu()
    assert not toolbar.foci_menu.actions()[0].isChecked()
    toolbar.groups.setValue(4)
    toolbar.assign()
    assert [c.group.focus for c in board.columns[1:]][-1] == "Case pupils"
    board.undo_stack.undo()
    assert len(board.columns) == 4
