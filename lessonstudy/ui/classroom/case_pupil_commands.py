"""Undoable case-pupil edits: add, rename and remove, each a service call and its inverse.

The action runs before the command is pushed (a refused edit never reaches the
undo list and its message shows at once); ``redo`` after an undo repeats it.
Undo of an addition removes the pupil (no notes can name them yet, or the
removal is refused and reported); undo of a removal brings the pupil back
with the same id, predictions and seats.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.services import case_pupils
from lessonstudy.services.case_pupils import RemovedCasePupil
from lessonstudy.ui.applied_command import AppliedCommand


class CasePupilCommand(AppliedCommand):
    """A case-pupil edit; one refused on undo or redo leaves the stack."""

    drop_when_refused = True


class AddCasePupil(CasePupilCommand):
    """A new case pupil; undo removes them, redo brings them back with the same id."""

    def __init__(self, pupil_id: int, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.pupil_id = pupil_id
        self.removed: RemovedCasePupil | None = None

    def do(self) -> None:
        if self.removed is not None:
            case_pupils.restore_case_pupil(self.library, self.removed)

    def undo_it(self) -> None:
        self.removed = case_pupils.remove_case_pupil(self.library, self.pupil_id)


class RenameCasePupil(CasePupilCommand):
    """A new label; undo puts the old one back."""

    def __init__(self, pupil_id: int, before: str, after: str, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.pupil_id, self.before, self.after = pupil_id, before, after

    def do(self) -> None:
        case_pupils.rename_case_pupil(self.library, self.pupil_id, self.after)

    def undo_it(self) -> None:
        case_pupils.rename_case_pupil(self.library, self.pupil_id, self.before)


class RemoveCasePupil(CasePupilCommand):
    """A removed case pupil; undo brings them back with their predictions and seats."""

    def __init__(self, removed: RemovedCasePupil, text: str, *args: Any) -> None:
        super().__init__(text, *args)
        self.removed = removed

    def do(self) -> None:
        self.removed = case_pupils.remove_case_pupil(self.library, self.removed.id)

    def undo_it(self) -> None:
        case_pupils.restore_case_pupil(self.library, self.removed)
