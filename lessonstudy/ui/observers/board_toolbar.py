"""The observer board's toolbar and the actions behind it that need more than a click.

Group forms (which need the focus-area library), roster import (a file
dialog, then one undoable import), automatic assignment (group count, seed
and, under More → Foci for new groups, the foci new groups watch; then one
undoable split) and printing live here, so the board itself
stays about showing groups and moving people.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from lessonstudy.domain.assignment import suggest_group_count
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import assignment, focus_areas, observer_groups, roster_import
from lessonstudy.services.observer_records import GroupBoard, GroupInput
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.input_folders import ROSTER, remember_picked, start_folder
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.observers import commands as cmd
from lessonstudy.ui.observers.dialogs import GroupDialog
from lessonstudy.ui.observers.members_model import tr
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, remember_folder, suggested_path
from lessonstudy.ui.print_language import print_language_for

if TYPE_CHECKING:
    from lessonstudy.ui.observers.board import ObserverBoard


class BoardToolbar(QToolBar):
    """Buttons for groups, observers, roster, assignment and printing."""

    def __init__(self, board: ObserverBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observerToolbar")
        self.board = board
        self._print_op: Operation | None = None
        # The morning-of steps first (import, assign, print); hand edits after them, so a
        # narrow window hides the least-used actions behind the toolbar's » menu.
        self.addAction(tr("Import roster…"), self.import_roster)
        self.groups = QSpinBox()
        self.groups.setRange(1, 100)
        self.groups.setPrefix(tr("Groups: "))
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setPrefix(tr("Seed: "))
        self.seed.setToolTip(tr("Another seed gives another, equally balanced split."))
        self.addWidget(self.groups)
        self.addWidget(self.seed)
        self.addAction(tr("Assign automatically"), self.assign).setObjectName("actionAssign")
        self.addAction(tr("Print group list…"), self.print_list)
        self.addSeparator()
        self.addAction(tr("Add group"), self.add_group).setObjectName("actionAddGroup")
        self.addAction(tr("Add observer"), board.add_observer).setObjectName("actionAddObserver")
        self.addWidget(self._more_button(board))
        self.summary = QLabel()
        self.addWidget(self.summary)

    def _more_button(self, board: ObserverBoard) -> QToolButton:
        """Less frequent edits in one menu, so a 1024-pixel window hides none of them."""
        menu = QMenu(self)
        for name, text, slot, keys in (
                ("actionMoveTo", tr("Move to group…"), board.move_with_keyboard, "Ctrl+M"),
                ("actionRemoveObserver", tr("Remove observer"), board.remove_observers, ""),
                ("actionPin", tr("Pin"), lambda: board.set_pinned(True), ""),
                ("actionUnpin", tr("Unpin"), lambda: board.set_pinned(False), ""),
                ("actionFocusAreas", tr("Focus areas…"), self.edit_focus_areas, "")):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            board.addAction(action)  # its shortcut works anywhere on the board
        self.chosen_foci: list[str] = []  # none: new groups reuse the teaching's own foci
        self.foci_menu = QMenu(tr("Foci for new groups"), self)
        self.foci_menu.setObjectName("fociMenu")
        self.foci_menu.aboutToShow.connect(self.fill_foci_menu)
        menu.addMenu(self.foci_menu)
        button = QToolButton()
        button.setObjectName("boardMoreButton")
        button.setText(tr("More"))
        button.setToolTip(tr("Move, remove, pin or unpin the selected observers; focus areas"))
        button.setAccessibleName(tr("More"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.more_menu = menu
        return button

    def fill_foci_menu(self) -> None:
        """The library's focus areas, ticked when chosen for the groups "Assign" creates."""
        self.foci_menu.clear()
        own = self.foci_menu.addAction(tr("The teaching's own foci (default)"))
        own.setCheckable(True)
        own.setChecked(not self.chosen_foci)
        own.triggered.connect(lambda: self.choose_foci([]))
        self.foci_menu.addSeparator()
        try:
            areas = focus_areas.list_focus_areas(self.library)
        except LessonStudyError as error:
            show_error(self.board, error)
            return
        for area in areas:
            action = self.foci_menu.addAction(area.name)
            action.setCheckable(True)
            action.setChecked(area.name in self.chosen_foci)
            action.toggled.connect(lambda on, name=area.name: self.choose_focus(name, on))

    def choose_foci(self, names: list[str]) -> None:
        self.chosen_foci = list(dict.fromkeys(names))

    def choose_focus(self, name: str, chosen: bool) -> None:
        rest = [n for n in self.chosen_foci if n != name]
        self.choose_foci([*rest, name] if chosen else rest)

    @property
    def library(self):  # type: ignore[no-untyped-def]
        return self.board.context.library

    def update_counts(self, board: GroupBoard) -> None:
        people = len(board.observers)
        self.groups.setValue(max(len(board.groups), suggest_group_count(people)))
        self.summary.setText("  " + tr("%n observer(s)", "", people))

    # -- groups ------------------------------------------------------------------
    def add_group(self, details: GroupInput | None = None) -> None:
        board = self.board
        if details is None:
            taken = [g.name for g in board.board.groups] if board.board else []
            details = self._ask_group(GroupInput(observer_groups.next_group_names(taken, 1)[0]))
        if details is None:
            return
        board.push(lambda: cmd.AddGroup(
            board.teaching_id,
            observer_groups.add_group(self.library, board.teaching_id, details),
            tr("Add {group}").format(group=details.name), *board.command_args()))

    def edit_group(self, group_id: int, details: GroupInput | None = None) -> None:
        board = self.board
        group = board.board.group(group_id) if board.board else None
        if group is None or board.board is None:
            return
        details = details or self._ask_group(GroupInput(
            group.name, group.focus, group.prompts, group.convenor, group.capacity,
            group.focus_area_id), [p.name for p in board.board.members(group_id)])
        if details is None:
            return
        library, edited, teaching_id = self.library, details, board.teaching_id

        def make() -> cmd.EditGroup | None:
            edit = save_or_resolve(  # a colleague's change meanwhile asks first
                board, lambda v: observer_groups.update_group(library, teaching_id, group_id,
                                                              edited, v),
                group.row_version, reload=board.reload)
            return None if edit is None else cmd.EditGroup(
                teaching_id, edit, board.versions, tr("Edit {group}").format(group=group.name),
                *board.command_args())

        board.push(make)

    def _ask_group(self, initial: GroupInput, members: list[str] | None = None
                   ) -> GroupInput | None:
        try:
            areas = focus_areas.list_focus_areas(self.library)
        except LessonStudyError as error:
            show_error(self, error)
            return None
        dialog = GroupDialog(areas, members or [], initial, self.board)
        return dialog.value() if dialog.exec() else None

    def edit_focus_areas(self) -> None:
        from lessonstudy.ui.observers.focus_dialog import FocusAreaDialog

        FocusAreaDialog(self.library, self.board).exec()

    # -- roster and assignment ------------------------------------------------------
    def import_roster(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.board, tr("Import roster"), start_folder(ROSTER),
                tr("CSV files (*.csv *.txt);;All files (*)"))
            remember_picked(ROSTER, path)
        if not path:
            return
        board = self.board
        file = Path(path)

        def run() -> cmd.ImportRoster:
            try:
                data = file.read_bytes()
            except OSError as error:
                raise LessonStudyError(tr("{file} cannot be read: {why}").format(
                    file=file.name, why=error.strerror or error)) from error
            result = roster_import.import_roster(self.library, board.teaching_id, data, file.name)
            board.notes.setText(_import_summary(result))
            return cmd.ImportRoster(result, tr("Import roster {file}").format(file=file.name),
                                    *board.command_args())

        board.push(run)

    def assign(self) -> None:
        board = self.board

        def run() -> cmd.AssignAutomatically:
            result = assignment.assign_automatically(
                self.library, board.teaching_id, groups=self.groups.value(),
                seed=self.seed.value(), foci=self.chosen_foci)
            board.notes.setText(_assignment_summary(result))
            return cmd.AssignAutomatically(result, tr("Assign automatically"),
                                           *board.command_args())

        board.push(run)

    # -- printing ----------------------------------------------------------------------
    def print_list(self, path: str | None = None) -> Operation | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.board, tr("Print group list"),
                suggested_path("group_list", "observer-groups.pdf"), tr("PDF (*.pdf)"))
            if path:
                remember_folder("group_list", path)
        if not path:
            return None
        library, teaching_id = self.library, self.board.teaching_id
        language = print_language_for(library)

        def build() -> object:
            from lessonstudy.printing.group_list import build_group_list
            from lessonstudy.services.observers import load_board

            return build_group_list(path, load_board(library, teaching_id), language=language)

        self._print_op = Operation(build, parent=self)
        self._print_op.finished.connect(lambda result: announce_saved(
            self.board, Path(result.path),
            tr("Group list written: {path}").format(path=result.path)))
        self._print_op.failed.connect(lambda error: show_error(self.board, error))
        self._print_op.start()
        return self._print_op


def _import_summary(result: roster_import.RosterImportResult) -> str:
    lines = [tr("Imported %n observer(s)", "", result.added)
             + tr("; {placed} placed in a group from the file.").format(placed=result.placed)]
    if result.created_groups:
        lines.append(tr("Created: {groups}.").format(groups=", ".join(result.created_groups)))
    lines += result.notes
    return "\n".join(lines)


def _assignment_summary(result: assignment.AssignmentResult) -> str:
    sizes = ", ".join(f"{name} {size}" for name, size in result.sizes)
    lines = [tr("Assigned automatically (seed {seed}): {sizes}.").format(
        seed=result.seed, sizes=sizes)]
    if result.created_groups:
        lines.append(tr("Created: {groups}.").format(groups=", ".join(result.created_groups)))
    lines += [*result.notes, *result.unmet]
    if not result.unmet:
        lines.append(tr("Every rule was met."))
    return "\n".join(lines)
