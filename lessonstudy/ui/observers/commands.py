"""Undoable edits of the observer board: each one a service call and its inverse.

The action itself runs before the command is pushed (so a refused edit never
reaches the undo stack, and its message is shown at once); ``redo`` after an
undo repeats it. Undo and redo bring records back with the same ids, so the
commands further along the stack still find what they refer to. A command
that can no longer be undone (someone removed the record meanwhile) reports
the problem through ``on_error`` instead of raising inside Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import assignment, observer_groups, observers, roster_import
from lessonstudy.services.observer_records import (
    GroupInput,
    ObserverInput,
    Placement,
    RemovedGroup,
    RemovedObserver,
)
from lessonstudy.storage.library import Library

Refresh = Callable[[], None]
ErrorSink = Callable[[LessonStudyError], None]


class BoardCommand(QUndoCommand):
    """Shared plumbing: skip the first redo, refresh the board, report expected errors."""

    def __init__(self, text: str, library: Library, refresh: Refresh,
                 on_error: ErrorSink) -> None:
        super().__init__(text)
        self.library = library
        self._refresh = refresh
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._guarded(self.do)
        self._refresh()

    def undo(self) -> None:
        self._guarded(self.undo_it)
        self._refresh()

    def _guarded(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except LessonStudyError as error:
            self._on_error(error)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class MoveObservers(BoardCommand):
    """People dragged to a group (pinned there) or to Unassigned."""

    def __init__(self, ids: list[int], group_id: int | None, before: list[Placement],
                 text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.ids, self.group_id, self.before = ids, group_id, before

    def do(self) -> None:
        observers.move_observers(self.library, self.ids, self.group_id)

    def undo_it(self) -> None:
        observers.restore_placements(self.library, self.before)


class SetPinned(BoardCommand):
    """Pin or unpin people where they are."""

    def __init__(self, ids: list[int], pinned: bool, before: list[Placement], text: str,
                 *args: Any) -> None:
        super().__init__(text, *args)
        self.ids, self.pinned, self.before = ids, pinned, before

    def do(self) -> None:
        observers.set_pinned(self.library, self.ids, self.pinned)

    def undo_it(self) -> None:
        observers.restore_placements(self.library, self.before)


class AddGroup(BoardCommand):
    """A new group; undo removes it (it has no records yet), redo brings it back."""

    def __init__(self, teaching_id: int, group_id: int, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.teaching_id, self.group_id = teaching_id, group_id
        self.removed: RemovedGroup | None = None

    def do(self) -> None:
        if self.removed is not None:
            observer_groups.restore_group(self.library, self.removed)

    def undo_it(self) -> None:
        self.removed = observer_groups.remove_group(self.library, self.teaching_id,
                                                    self.group_id)


class EditGroup(BoardCommand):
    """Changed name, focus, prompts, convenor or capacity."""

    def __init__(self, teaching_id: int, group_id: int, before: GroupInput, after: GroupInput,
                 text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.teaching_id, self.group_id, self.before, self.after = (
            teaching_id, group_id, before, after)

    def do(self) -> None:
        observer_groups.update_group(self.library, self.teaching_id, self.group_id, self.after)

    def undo_it(self) -> None:
        observer_groups.update_group(self.library, self.teaching_id, self.group_id, self.before)


class RemoveGroup(BoardCommand):
    """A removed group; undo brings it back with its members."""

    def __init__(self, removed: RemovedGroup, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.removed = removed

    def do(self) -> None:
        self.removed = observer_groups.remove_group(self.library, self.removed.teaching_id,
                                                    self.removed.id)

    def undo_it(self) -> None:
        observer_groups.restore_group(self.library, self.removed)


class AddObserver(BoardCommand):
    """A new observer; undo removes them, redo brings them back with the same id."""

    def __init__(self, observer_id: int, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.observer_id = observer_id
        self.removed: RemovedObserver | None = None

    def do(self) -> None:
        if self.removed is not None:
            observers.restore_observer(self.library, self.removed)

    def undo_it(self) -> None:
        self.removed = observers.remove_observer(self.library, self.observer_id)


class EditObserver(BoardCommand):
    """Changed name, school or role."""

    def __init__(self, observer_id: int, before: ObserverInput, after: ObserverInput,
                 text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.observer_id, self.before, self.after = observer_id, before, after

    def do(self) -> None:
        observers.update_observer(self.library, self.observer_id, self.after)

    def undo_it(self) -> None:
        observers.update_observer(self.library, self.observer_id, self.before)


class RemoveObserver(BoardCommand):
    """A removed observer; undo brings them back to their group."""

    def __init__(self, removed: RemovedObserver, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.removed = removed

    def do(self) -> None:
        self.removed = observers.remove_observer(self.library, self.removed.id)

    def undo_it(self) -> None:
        observers.restore_observer(self.library, self.removed)


class ImportRoster(BoardCommand):
    """A roster import; undo takes its observers and new groups out again."""

    def __init__(self, result: roster_import.RosterImportResult, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.result = result
        self.undone: roster_import.UndoneImport | None = None

    def do(self) -> None:
        if self.undone is not None:
            roster_import.redo_roster_import(self.library, self.undone)

    def undo_it(self) -> None:
        self.undone = roster_import.undo_roster_import(self.library, self.result)


class AssignAutomatically(BoardCommand):
    """One automatic split, groups it created included, as a single undo step."""

    def __init__(self, result: assignment.AssignmentResult, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.result = result
        self.removed: tuple[RemovedGroup, ...] = ()

    def do(self) -> None:
        assignment.redo_assignment(self.library, self.result, self.removed)

    def undo_it(self) -> None:
        self.removed = assignment.undo_assignment(self.library, self.result)
