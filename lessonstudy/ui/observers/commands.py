"""Undoable edits of the observer board: each one a service call and its inverse.

The action itself runs before the command is pushed (so a refused edit never
reaches the undo stack, and its message is shown at once); ``redo`` after an
undo repeats it. Undo and redo bring records back with the same ids, so the
commands further along the stack still find what they refer to. A command
that can no longer be undone (someone removed the record meanwhile) reports
the problem through ``on_error`` instead of raising inside Qt.

Edits of an observer's or a group's details (:class:`EditObserver`,
:class:`EditGroup`) send the row version this board last saved, so an undo
or redo over a colleague's newer change asks "reload theirs or keep mine"
(see :func:`~lessonstudy.ui.conflict.undo_expected`); choosing *Reload
theirs* (or cancelling) takes the step off the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lessonstudy.services import assignment, observer_groups, observers, roster_import
from lessonstudy.services.observer_records import (
    GroupEdit,
    GroupInput,
    ObserverEdit,
    ObserverInput,
    Placement,
    RemovedGroup,
    RemovedObserver,
)
from lessonstudy.ui.applied_command import AppliedCommand
from lessonstudy.ui.conflict import save_or_resolve, undo_expected

Key = tuple[str, int]


class SavedVersions:
    """The row versions this board last saved, by ``("observer", id)`` or ``("group", id)``.

    Shared by the board's edit commands (two edits of one observer must agree
    on it), with the widget the "changed by someone else" dialog belongs to.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.saved: dict[Key, int] = {}


class BoardCommand(AppliedCommand):
    """An edit of the board; a step that can no longer be undone stays and says why."""


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


class CheckedEdit(BoardCommand):
    """An edit of one record's details whose undo and redo check the record's version.

    ``before`` and ``after`` are the details as stored; subclasses read the
    record (:meth:`stored`) and save details with an expected version (:meth:`save`).
    """

    def __init__(self, key: Key, before: Any, after: Any, row_version: int,
                 versions: SavedVersions, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.key, self.before, self.after = key, before, after
        self.versions = versions
        self._last_saved = after
        versions.saved[key] = row_version

    def do(self) -> None:
        self._put(self.after)

    def undo_it(self) -> None:
        self._put(self.before)

    def _put(self, details: Any) -> None:
        stored_version, stored = self.stored()
        expected = undo_expected(self.versions.saved.get(self.key), stored_version, stored,
                                 self._last_saved)
        saved = save_or_resolve(self.versions.parent, lambda v: self.save(details, v),
                                expected, reload=lambda: None)  # the board refreshes after
        if saved is None:  # their change stays: this step leaves the stack
            self.setObsolete(True)
            return
        self._last_saved, self.versions.saved[self.key] = saved

    def stored(self) -> tuple[int, Any]:
        """The record's row version and details now."""
        raise NotImplementedError

    def save(self, details: Any, expected: int | None) -> tuple[Any, int]:
        """Store ``details`` over version ``expected``; the details and version stored."""
        raise NotImplementedError


class EditGroup(CheckedEdit):
    """Changed name, focus, prompts, convenor or capacity."""

    def __init__(self, teaching_id: int, edit: GroupEdit, versions: SavedVersions, text: str,
                 *args: Any) -> None:
        super().__init__(("group", edit.after.id), edit.before, edit.after.details,
                         edit.after.row_version, versions, text, *args)
        self.teaching_id, self.group_id = teaching_id, edit.after.id

    def stored(self) -> tuple[int, GroupInput]:
        group = observer_groups.find_group(self.library, self.teaching_id, self.group_id)
        return group.row_version, group.details

    def save(self, details: Any, expected: int | None) -> tuple[GroupInput, int]:
        edit = observer_groups.update_group(self.library, self.teaching_id, self.group_id,
                                            details, expected)
        return edit.after.details, edit.after.row_version


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


class EditObserver(CheckedEdit):
    """Changed name, school or role."""

    def __init__(self, edit: ObserverEdit, versions: SavedVersions, text: str,
                 *args: Any) -> None:
        super().__init__(("observer", edit.after.id), edit.before, edit.after.details,
                         edit.after.row_version, versions, text, *args)
        self.observer_id = edit.after.id

    def stored(self) -> tuple[int, ObserverInput]:
        person = observers.find_observer(self.library, self.observer_id)
        return person.row_version, person.details

    def save(self, details: Any, expected: int | None) -> tuple[ObserverInput, int]:
        edit = observers.update_observer(self.library, self.observer_id, details, expected)
        return edit.after.details, edit.after.row_version


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
