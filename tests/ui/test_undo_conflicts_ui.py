"""Undo and redo meet a colleague's save: observers, groups, photos, key ideas, actions.

As in ``test_edit_conflicts_ui.py``, machine B saves straight through the
services with ``updated_by`` set to B, then machine A (the widgets) undoes,
redoes or saves from what it showed; ``QMessageBox.exec`` is replaced so the
conflict dialog is answered by clicking the button a teacher would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from lessonstudy.services import actions as act
from lessonstudy.services import observer_groups, observers, photos
from lessonstudy.services.observer_records import ObserverInput
from lessonstudy.services.photo_records import PhotoSummary
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.photos.photos_tab import PhotosTab
from lessonstudy.ui.photos.viewer import PhotoViewer
from tests.ui.conflict_support import answer_conflicts, as_machine

A, B = "mr.chan@staffroom-1", "ms.wong@staffroom-2"
TEACHING = 2  # the demo's open class, with observers, photos and actions


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx._library = demo_library  # the demo_library fixture owns and closes it
    yield ctx
    ctx._library = None


# -- the observer board ------------------------------------------------------------------


@pytest.fixture
def board(qtbot: Any, context: AppContext) -> ObserverBoard:
    widget = ObserverBoard(context, TeachingRef(TEACHING, "research", None, "2A", "", 2))
    qtbot.addWidget(widget)
    return widget


def _select_first_of(board: ObserverBoard, column_index: int) -> int:
    """Select the first person of a column, as a click would; returns their id."""
    column = board.columns[column_index]
    board._set_current(column)
    column.view.selectionModel().select(column.model.index(0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return column.model.person(0).id


def _their_school(library: Library, observer_id: int, school: str,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    as_machine(monkeypatch, B)
    person = observers.find_observer(library, observer_id)
    observers.update_observer(library, observer_id, dataclasses.replace(person.details,
                                                                        school=school),
                              person.row_version)
    as_machine(monkeypatch, A)


def _my_school_edit(board: ObserverBoard, library: Library) -> tuple[int, ObserverInput]:
    person_id = _select_first_of(board, 1)
    before = observers.find_observer(library, person_id).details
    board.edit_observer(dataclasses.replace(before, school="My school 我的學校"))
    assert observers.find_observer(library, person_id).details.school == "My school 我的學校"
    return person_id, before


def test_observer_undo_over_their_change_reload_drops_the_step(
        board: ObserverBoard, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, _before = _my_school_edit(board, demo_library)
    assert board.undo_stack.count() == 1
    _their_school(demo_library, person_id, "Their school", monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    board.undo_stack.undo()
    assert len(shown) == 1 and B in shown[0]
    assert observers.find_observer(demo_library, person_id).school == "Their school"
    assert board.undo_stack.count() == 0  # the step that lost left the stack
    assert board.columns[1].model.person(0).school == "Their school"  # the board shows theirs


def test_observer_undo_keep_mine_then_redo_without_a_question(
        board: ObserverBoard, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, before = _my_school_edit(board, demo_library)
    _their_school(demo_library, person_id, "Their school", monkeypatch)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    board.undo_stack.undo()
    assert len(shown) == 1
    assert observers.find_observer(demo_library, person_id).details == before
    board.undo_stack.redo()  # nobody saved since my undo: no question
    assert len(shown) == 1
    assert observers.find_observer(demo_library, person_id).school == "My school 我的學校"


def test_my_own_drag_between_edit_and_undo_does_not_ask(
        board: ObserverBoard, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id, before = _my_school_edit(board, demo_library)
    board.move_observers([person_id], board.columns[3].group.id)  # moves the row version too
    shown = answer_conflicts(monkeypatch, "reloadButton")
    board.undo_stack.undo()  # the drag
    board.undo_stack.undo()  # the edit: the details are still mine, so no question
    assert shown == []
    assert observers.find_observer(demo_library, person_id).details == before
    board.undo_stack.redo()
    assert shown == [] and observers.find_observer(demo_library, person_id).school == (
        "My school 我的學校")


def test_group_redo_over_their_change_asks(board: ObserverBoard, demo_library: Library,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    group = board.columns[1].group
    assert group is not None
    board.toolbar.edit_group(group.id, dataclasses.replace(group.details, focus="My focus"))
    board.undo_stack.undo()
    assert observer_groups.find_group(demo_library, TEACHING, group.id).focus == group.focus
    as_machine(monkeypatch, B)
    stored = observer_groups.find_group(demo_library, TEACHING, group.id)
    observer_groups.update_group(demo_library, TEACHING, group.id,
                                 dataclasses.replace(stored.details, focus="Their focus"),
                                 stored.row_version)
    as_machine(monkeypatch, A)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    board.undo_stack.redo()
    assert len(shown) == 1 and B in shown[0]
    assert observer_groups.find_group(demo_library, TEACHING, group.id).focus == "Their focus"
    assert board.undo_stack.count() == 0


# -- photos: caption undo and the key-idea editor ------------------------------------------


@pytest.fixture
def viewer(qtbot: Any, context: AppContext) -> PhotoViewer:
    tab = PhotosTab(context, TEACHING)
    qtbot.addWidget(tab)
    opened = tab.open_viewer(tab.controller.proxy.index(0, 0))
    assert opened is not None
    qtbot.addWidget(opened)
    return opened


def _stored(library: Library, viewer: PhotoViewer) -> PhotoSummary:
    return photos.get_photo(library, viewer.photo_id)


def _their_key_ideas(library: Library, photo_id: int, first: str,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    as_machine(monkeypatch, B)
    photo = photos.get_photo(library, photo_id)
    photos.set_key_ideas(library, photo_id, (first, *photo.key_ideas[1:]), photo.revision)
    as_machine(monkeypatch, A)


def _type_idea(qtbot: Any, viewer: PhotoViewer, text: str) -> None:
    edit = viewer.details.ideas[0]
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_key_idea_editor_reload_shows_their_ideas(
        qtbot: Any, viewer: PhotoViewer, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _their_key_ideas(demo_library, viewer.photo_id, "Their idea", monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    _type_idea(qtbot, viewer, "My idea 我的想法")  # typed on the photo as shown before
    assert len(shown) == 1 and B in shown[0]
    assert _stored(demo_library, viewer).key_ideas[0] == "Their idea"
    assert viewer.details.ideas[0].text() == "Their idea"
    assert viewer.controller.undo_stack.count() == 0


def test_key_idea_editor_keep_mine_then_undo_over_their_changes(
        qtbot: Any, viewer: PhotoViewer, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = _stored(demo_library, viewer)
    _their_key_ideas(demo_library, viewer.photo_id, "Their idea", monkeypatch)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    _type_idea(qtbot, viewer, "My idea 我的想法")
    assert len(shown) == 1 and _stored(demo_library, viewer).key_ideas[0] == "My idea 我的想法"
    stack = viewer.controller.undo_stack
    assert stack.count() == 1

    as_machine(monkeypatch, B)  # their caption: the undo of my key ideas leaves it alone
    photos.update_photo(demo_library, viewer.photo_id,
                        dataclasses.replace(original.fields, caption="Their caption"),
                        _stored(demo_library, viewer).revision)
    as_machine(monkeypatch, A)
    stack.undo()
    stored = _stored(demo_library, viewer)
    assert len(shown) == 1
    assert (stored.caption, stored.key_ideas) == ("Their caption", original.key_ideas)
    stack.redo()
    assert len(shown) == 1 and _stored(demo_library, viewer).key_ideas[0] == "My idea 我的想法"

    as_machine(monkeypatch, B)  # their key idea: my undo would put my old ideas over it
    photo = _stored(demo_library, viewer)
    photos.set_key_ideas(demo_library, photo.id, (photo.key_ideas[0], "Their second idea"),
                         photo.revision)
    as_machine(monkeypatch, A)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    stack.undo()
    assert len(shown) == 1 and B in shown[0]
    assert _stored(demo_library, viewer).key_ideas[:2] == ("My idea 我的想法", "Their second idea")
    assert viewer.details.ideas[1].text() == "Their second idea"
    assert stack.count() == 0  # the step that lost left the stack


def test_caption_undo_after_my_key_ideas_does_not_ask(
        qtbot: Any, viewer: PhotoViewer, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = _stored(demo_library, viewer)
    viewer.details.caption.setText("My caption")
    qtbot.keyClick(viewer.details.caption, Qt.Key.Key_Return)
    _type_idea(qtbot, viewer, "My idea")
    shown = answer_conflicts(monkeypatch, "reloadButton")
    stack = viewer.controller.undo_stack
    stack.undo()
    stack.undo()
    assert shown == [] and stack.count() == 2
    stored = _stored(demo_library, viewer)
    assert (stored.caption, stored.key_ideas) == (original.caption, original.key_ideas)


# -- the conference's actions (status undo) ------------------------------------------------


@pytest.fixture
def conference_tab(qtbot: Any, context: AppContext) -> ConferenceTab:
    tab = ConferenceTab(context, TeachingRef(TEACHING, "research", None, "2A", "", 2))
    qtbot.addWidget(tab)
    tab.sections.setCurrentWidget(tab.actions_panel)
    return tab


def test_action_status_undo_over_their_change(conference_tab: ConferenceTab,
                                              demo_library: Library,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = conference_tab.actions_panel
    panel.table.selectRow(0)
    before = panel.selected()
    assert before is not None and before.status == "open"
    panel.set_status("dropped")
    stack = conference_tab.stack
    assert act.list_actions(demo_library, TEACHING)[0].status == "dropped"

    stack.undo()  # nobody else saved: no question, and the action keeps its id
    stack.redo()
    again = act.list_actions(demo_library, TEACHING)[0]
    assert (again.id, again.status) == (before.id, "dropped")

    as_machine(monkeypatch, B)
    theirs = act.list_actions(demo_library, TEACHING)[0]
    act.update_action(demo_library, before.id,
                      dataclasses.replace(theirs.draft(), owner="Ms Wong"), theirs.row_version)
    as_machine(monkeypatch, A)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    stack.undo()  # meets their change: asked; keep mine puts the status back
    assert len(shown) == 1 and B in shown[0]
    stored = act.list_actions(demo_library, TEACHING)[0]
    assert (stored.status, stored.owner) == ("open", "Ms Wong")

    as_machine(monkeypatch, B)
    act.update_action(demo_library, before.id, dataclasses.replace(stored.draft(), owner="Mr Lee"),
                      stored.row_version)
    as_machine(monkeypatch, A)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    stack.redo()  # reload theirs: the step leaves the stack
    assert len(shown) == 1
    assert act.list_actions(demo_library, TEACHING)[0].status == "open"
    assert stack.count() == 0
