"""Undoable edits of stored notes: each command calls the notes service both ways.

Commands find their note by uuid, not id, because undoing a delete may give
the note back a different id. The first ``redo`` is skipped when the panel
has already made the change (so a refused edit never reaches the stack).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from lessonstudy.services import notes
from lessonstudy.services.notes import Note, NoteFields
from lessonstudy.storage.library import Library
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.live.look import tr

Refresh = Callable[[int | None], None]


class EditNoteCommand(QUndoCommand):
    """Replace a note's fields; undo puts the old ones back.

    Every save sends the note's version as this window last saw it (kept in
    ``known``, shared by the panel's commands and keyed by uuid), so an edit,
    undo or redo over a colleague's newer change asks "reload or keep mine".
    """

    def __init__(self, library: Library, before: Note, after: NoteFields,
                 refresh: Refresh, *, parent: QWidget | None = None,
                 known: dict[str, int] | None = None) -> None:
        super().__init__(tr("Edit note"))
        self._library, self._uuid, self._refresh = library, before.uuid, refresh
        self._before, self._after = before.fields, after
        self._parent = parent
        self._known = known if known is not None else {}
        self._opened_at = before.row_version
        self._done = False

    def apply_now(self) -> Note | None:
        """Make the change before pushing (so a refusal raises instead of entering the stack).

        None when the user chose to reload a colleague's change instead.
        """
        note = self._save(self._after, self._opened_at)
        self._done = note is not None
        return note

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._set(self._after)

    def undo(self) -> None:
        self._set(self._before)

    def _set(self, fields: NoteFields) -> None:
        note = self._save(fields, self._known.get(self._uuid, self._opened_at))
        if note is None:  # theirs stays (the reload refreshed the view): drop this step
            self.setObsolete(True)
            return
        self._refresh(note.id)

    def _save(self, fields: NoteFields, expected: int | None) -> Note | None:
        library = self._library
        note_id = notes.note_id_for(library, self._uuid)
        note = save_or_resolve(
            self._parent, lambda version: notes.update_note(library, note_id, fields, version),
            expected, reload=lambda: self._refresh(note_id))
        if note is not None:
            self._known[self._uuid] = note.row_version
        return note


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
