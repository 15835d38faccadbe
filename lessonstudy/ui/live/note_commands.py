"""Undoable edits of stored notes: each command calls the notes service both ways.

Commands find their note by uuid, not id, because undoing a delete may give
the note back a different id. The first ``redo`` is skipped when the panel
has already made the change (so a refused edit never reaches the stack).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lessonstudy.services import notes
from lessonstudy.services.notes import Note, NoteFields
from lessonstudy.storage.library import Library
from lessonstudy.ui.live.look import tr

Refresh = Callable[[int | None], None]


class EditNoteCommand(QUndoCommand):
    """Replace a note's fields; undo puts the old ones back."""

    def __init__(self, library: Library, before: Note, after: NoteFields,
                 refresh: Refresh) -> None:
        super().__init__(tr("Edit note"))
        self._library, self._uuid, self._refresh = library, before.uuid, refresh
        self._before, self._after = before.fields, after
        self._done = False

    def apply_now(self) -> Note:
        """Make the change before pushing (so a refusal raises instead of entering the stack)."""
        note = notes.update_note(self._library, notes.note_id_for(self._library, self._uuid),
                                 self._after)
        self._done = True
        return note

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._set(self._after)

    def undo(self) -> None:
        self._set(self._before)

    def _set(self, fields: NoteFields) -> None:
        note = notes.update_note(self._library, notes.note_id_for(self._library, self._uuid),
                                 fields)
        self._refresh(note.id)


class DeleteNoteCommand(QUndoCommand):
    """Delete a note; undo restores it with its identity."""

    def __init__(self, library: Library, note: Note, refresh: Refresh) -> None:
        super().__init__(tr("Delete note"))
        self._library, self._note, self._refresh = library, note, refresh

    def redo(self) -> None:
        note_id = notes.note_id_for(self._library, self._note.uuid)
        self._note = notes.delete_note(self._library, note_id)
        self._refresh(None)

    def undo(self) -> None:
        self._note = notes.restore_note(self._library, self._note)
        self._refresh(self._note.id)
