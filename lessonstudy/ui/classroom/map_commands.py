"""Undoable map edits: each edit stores the whole new map, undo stores the one before.

A map is small (at most 60 seats), so an edit is simply "the map before" and
"the map after"; storing either goes through the service, which keeps seats
that still exist under their ids (their notes stay attached) and refuses a
map that breaks a rule. The first store happens before the command is pushed,
so a refused edit never reaches the undo list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lessonstudy.domain.classroom import ClassroomMap
from lessonstudy.domain.errors import LessonStudyError

Store = Callable[[ClassroomMap, int | None], ClassroomMap]


class MapEdit(QUndoCommand):
    """One change to a map (move, add or remove a table, seats, labels, a template)."""

    def __init__(self, text: str, store: Store, before: ClassroomMap, after: ClassroomMap,
                 shown: Callable[[ClassroomMap], None],
                 failed: Callable[[LessonStudyError], None]) -> None:
        super().__init__(text)
        self._store, self._shown, self._failed = store, shown, failed
        self.before, self.after = before, after
        self._current = before
        self._done = False

    def apply_first(self) -> ClassroomMap:
        """Store the edit now (raises if refused); the push that follows will not repeat it."""
        self._current = self._store(self.after, self.before.row_version or None)
        self._done = True
        return self._current

    def redo(self) -> None:
        if self._done:
            self._done = False
            self._shown(self._current)
            return
        self._swap(self.after)

    def undo(self) -> None:
        self._swap(self.before)

    def _swap(self, target: ClassroomMap) -> None:
        try:
            self._current = self._store(target, None)
        except LessonStudyError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._shown(self._current)
