"""The observer board: every group of a teaching side by side, editable and undoable.

This is where the facilitator spends the morning of an open class: import
the roster, press "Assign automatically", drag a few people by hand (which
pins them), fix a focus, print the list. Every edit is a command on this
board's undo stack, which joins the window's undo group and becomes active
whenever the board is shown. The board reloads itself from the services
after each step; widgets never hold ORM objects. A teaching without observers
says how they get onto the board (roster, one by one, or their phones).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import observer_groups, observers
from lessonstudy.services.observer_records import GroupBoard, ObserverInput
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.context import AppContext, affects_tree
from lessonstudy.ui.empty_hint import EmptyHint
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.observation.button import ObservationButton
from lessonstudy.ui.observers import commands as cmd
from lessonstudy.ui.observers.board_toolbar import BoardToolbar
from lessonstudy.ui.observers.column import GroupColumn
from lessonstudy.ui.observers.dialogs import ObserverDialog
from lessonstudy.ui.observers.members_model import tr


def observer_groups_title() -> str:
    return tr("Observer groups")


def observer_groups_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    """The detail-pane tab builder registered for teachings."""
    return ObserverBoard(context, teaching)


class ObserverBoard(QWidget):
    """Columns of groups plus Unassigned, a toolbar, and notes from the last action."""

    def __init__(self, context: AppContext, teaching: TeachingRef,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observerBoard")
        self.context = context
        self.teaching_id = teaching.id
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.versions = cmd.SavedVersions(self)  # what undo and redo of edits check against
        self.board: GroupBoard | None = None
        self.columns: list[GroupColumn] = []
        self._current: GroupColumn | None = None
        self.toolbar = BoardToolbar(self)
        self.notes = QLabel()
        self.notes.setObjectName("boardNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._strip = QWidget()
        self._strip_layout = QHBoxLayout(self._strip)
        self._strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._strip)
        self.observation_button = ObservationButton(context, teaching.id)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.observation_button)  # the join card, e.g. for late visitors
        self.no_observers = EmptyHint("noObserversHint", tr(
            "No observers yet. Import the visitors' roster (a CSV file from the registration "
            "spreadsheet: a name column, and school, role or group if you have them) or add "
            "people one by one; then Assign automatically splits them into balanced groups."))
        self.no_observers.add_action(tr("Import roster…"), self.toolbar.import_roster,
                                     "hintImportRoster")
        self.no_observers.add_action(tr("Add observer"), self.add_observer, "hintAddObserver")
        self.no_observers.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.no_observers)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._broadcasting = False
        context.changed.connect(self._library_changed)
        self.reload()

    # -- showing ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.context.undo_group.setActiveStack(self.undo_stack)

    def update_node(self, _node: TeachingRef) -> None:
        """The detail pane shows the same teaching again: keep this board, re-read it."""
        self.reload()

    def changed(self) -> None:
        """After every step: show the new state and tell the other views."""
        self.reload()
        self._broadcasting = True
        try:
            self.context.notify_changed(f"observers:{self.teaching_id}")
        finally:
            self._broadcasting = False

    def _library_changed(self, what: str) -> None:
        """Someone else changed the library: re-read if it can concern these groups."""
        if self._broadcasting or not self.context.has_library:
            return
        if affects_tree(what) or what.split(":", 1)[0] == "observers":
            self.reload()

    def reload(self) -> None:
        """Read the board again and show it, rebuilding columns only when groups changed."""
        try:
            board = observers.load_board(self.context.library, self.teaching_id)
        except LessonStudyError as error:
            self.notes.setText(error.message)
            return
        self.board = board
        wanted = [None, *[g.id for g in board.groups]]
        if [c.group.id if c.group else None for c in self.columns] != wanted:
            self._build_columns(len(wanted))
        for column, group in zip(self.columns, [None, *board.groups], strict=True):
            column.show_members(group, board.members(group.id if group else None))
        self.toolbar.update_counts(board)
        self.no_observers.setVisible(not board.observers)

    def _build_columns(self, count: int) -> None:
        for column in self.columns:
            self._strip_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        groups = [None, *(self.board.groups if self.board else ())]
        for group in groups[:count]:
            column = GroupColumn(group)
            column.model.observers_dropped.connect(self.move_observers,
                                                   Qt.ConnectionType.QueuedConnection)
            column.view.focused.connect(lambda c=column: self._set_current(c))
            column.view.doubleClicked.connect(lambda _i, c=column: self._edit_from(c))
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._column_menu(c, pos))
            column.edit_requested.connect(self.edit_group)
            column.remove_requested.connect(self.remove_group)
            self._strip_layout.addWidget(column)
            self.columns.append(column)
        self._current = None

    def _set_current(self, column: GroupColumn) -> None:
        self._current = column

    def column_of(self, group_id: int | None) -> GroupColumn:
        return next(c for c in self.columns if (c.group.id if c.group else None) == group_id)

    def selected_ids(self) -> list[int]:
        """Observers selected in the column the user worked in last."""
        column = self._current
        if column is None:
            return []
        rows = sorted(i.row() for i in column.view.selectionModel().selectedIndexes())
        return [column.model.person(row).id for row in rows]

    # -- pushing commands ----------------------------------------------------------
    def push(self, make: Callable[[], QUndoCommand | None]) -> bool:
        """Do an action (``make`` performs it and returns its command) and stack it.

        ``make`` returns None when nothing was done (a colleague's newer change
        was reloaded instead).
        """
        try:
            command = make()
        except LessonStudyError as error:
            show_error(self, error)
            self.reload()
            return False
        if command is None:
            return False
        self.undo_stack.push(command)
        return True

    def command_args(self) -> tuple[object, ...]:
        return self.context.library, self.changed, lambda e: show_error(self, e)

    # -- observers ------------------------------------------------------------------
    def move_observers(self, ids: list[int], group_id: int | None) -> None:
        """Dropped on a group (pinned there) or on Unassigned; one undo step."""
        group = self.board.group(group_id) if self.board and group_id else None
        name = group.name if group else tr("Unassigned")
        text = tr("Move %n observer(s) to {group}", "", len(ids)).format(group=name)
        self.push(lambda: cmd.MoveObservers(
            ids, group_id, observers.move_observers(self.context.library, ids, group_id),
            text, *self.command_args()))

    def move_menu(self) -> QMenu:
        """Every group (and Unassigned) to move the selected observers to, without dragging."""
        menu = QMenu(tr("Move to group…"), self)
        menu.setObjectName("moveToGroupMenu")
        ids = self.selected_ids()
        here = self._current.group.id if self._current and self._current.group else None
        targets = [(None, tr("Unassigned")),
                   *((g.id, g.name) for g in (self.board.groups if self.board else ()))]
        for group_id, name in targets:
            action = menu.addAction(name, partial(self.move_observers, ids, group_id))
            action.setEnabled(bool(ids) and group_id != here)
        return menu

    def move_with_keyboard(self) -> None:
        """Ctrl+M: the "Move to group" menu at the selected observer."""
        column = self._current
        if column is None or not self.selected_ids():
            return
        rect = column.view.visualRect(column.view.currentIndex())
        self.move_menu().exec(column.view.viewport().mapToGlobal(rect.center()))

    def _column_menu(self, column: GroupColumn, pos: QPoint) -> None:
        self._current = column
        menu = QMenu(self)
        menu.addMenu(self.move_menu())
        for name in ("actionRemoveObserver", "actionPin", "actionUnpin"):
            action = self.toolbar.findChild(QAction, name)
            if action is not None:
                menu.addAction(action)
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def set_pinned(self, pinned: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = tr("Pin %n observer(s)", "", len(ids)) if pinned else tr(
            "Unpin %n observer(s)", "", len(ids))
        self.push(lambda: cmd.SetPinned(
            ids, pinned, observers.set_pinned(self.context.library, ids, pinned), text,
            *self.command_args()))

    def add_observer(self, details: ObserverInput | None = None) -> None:
        details = details or self._ask_observer(ObserverInput(""))
        if details is None:
            return
        group_id = self._current.group.id if self._current and self._current.group else None
        self.push(lambda: cmd.AddObserver(
            observers.add_observer(self.context.library, self.teaching_id, details, group_id),
            tr("Add observer {name}").format(name=details.name), *self.command_args()))

    def _edit_from(self, column: GroupColumn) -> None:
        self._current = column
        self.edit_observer()

    def edit_observer(self, details: ObserverInput | None = None) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.board is None:
            return
        person = next(p for p in self.board.observers if p.id == ids[0])
        details = details or self._ask_observer(ObserverInput(person.name, person.school,
                                                              person.role))
        if details is None:
            return
        library, edited = self.context.library, details

        def make() -> QUndoCommand | None:
            edit = save_or_resolve(  # a colleague's change meanwhile asks first
                self, lambda v: observers.update_observer(library, person.id, edited, v),
                person.row_version, reload=self.reload)
            return None if edit is None else cmd.EditObserver(
                edit, self.versions, tr("Edit observer {name}").format(name=person.name),
                *self.command_args())

        self.push(make)

    def remove_observers(self) -> None:
        """Remove the selected people as one undo step."""
        ids = self.selected_ids()
        if not ids:
            return
        self.undo_stack.beginMacro(tr("Remove %n observer(s)", "", len(ids)))
        for observer_id in ids:
            self.push(partial(self._remove_one, observer_id))
        self.undo_stack.endMacro()

    def _remove_one(self, observer_id: int) -> QUndoCommand:
        return cmd.RemoveObserver(observers.remove_observer(self.context.library, observer_id),
                                  tr("Remove observer"), *self.command_args())

    def _ask_observer(self, initial: ObserverInput) -> ObserverInput | None:
        dialog = ObserverDialog(initial, self)
        return dialog.value() if dialog.exec() else None

    # -- groups --------------------------------------------------------------------
    def edit_group(self, group_id: int) -> None:
        self.toolbar.edit_group(group_id)

    def remove_group(self, group_id: int) -> None:
        group = self.board.group(group_id) if self.board else None
        if group is None:
            return
        self.push(lambda: cmd.RemoveGroup(
            observer_groups.remove_group(self.context.library, self.teaching_id, group_id),
            tr("Remove {group}").format(group=group.name), *self.command_args()))
