"""An undo step for an edit the service already applied: the plumbing the editors share.

The action runs before the command is pushed (a refused edit never reaches the undo
list and its message shows at once), so the first ``redo`` Qt makes on push does
nothing; later redos repeat the action. Either way the view refreshes, and an
expected error (someone removed the record meanwhile) goes to ``on_error`` instead
of raising inside Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.storage.library import Library

Refresh = Callable[[], None]
ErrorSink = Callable[[LessonStudyError], None]


class AppliedCommand(QUndoCommand):
    """Subclasses give ``do`` (repeat the edit) and ``undo_it`` (its inverse)."""

    #: Take a step that failed off the stack (it would fail again the same way).
    drop_when_refused = False

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
            if self.drop_when_refused:
                self.setObsolete(True)
            self._on_error(error)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError
