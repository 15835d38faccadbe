"""Undoable photo edits: caption and links, key ideas, and stored pixel edits.

Each command calls the photo services both ways. The first ``redo`` is
skipped because the controller has already made the change (so an edit the
service refuses never enters the stack). Pixel edits keep the stored image
bytes from before *and* after, so undo and redo put back exactly those bytes
instead of re-encoding the JPEG each time.

Caption/links and key-idea edits send the photo's revision as this window
last saved it (:class:`SavedRevisions`), so an undo or redo over a
colleague's newer change asks "reload theirs or keep mine"; choosing *Reload
theirs* (or cancelling) shows the stored photo and takes the step off the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import photo_edits, photos
from lessonstudy.services.photo_records import PhotoFields, PhotoImage, PhotoSummary
from lessonstudy.storage.library import Library
from lessonstudy.ui.conflict import save_or_resolve, undo_expected

#: Called after every stored change: the photo now, and its new thumbnail if the pixels changed.
Applied = Callable[[PhotoSummary, bytes | None], None]
Failed = Callable[[LessonStudyError], None]
Change = Callable[[], tuple[PhotoSummary, bytes | None]]


class SavedRevisions:
    """The revision this window last saved per photo id, shared by the photo edit commands.

    One revision covers a photo's caption, links and key ideas (and moves with
    pixel edits too); ``parent`` is the widget the conflict dialog belongs to.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.saved: dict[int, int] = {}


class NotSaved(Exception):
    """An undo or redo met a colleague's change and the user kept theirs (or cancelled)."""

    def __init__(self, photo: PhotoSummary) -> None:
        super().__init__("not saved")
        self.photo = photo


class PhotoCommand(QUndoCommand):
    """A change already made once; redo and undo replay it through the services."""

    def __init__(self, text: str, forward: Change, backward: Change, applied: Applied,
                 failed: Failed) -> None:
        super().__init__(text)
        self._forward, self._backward = forward, backward
        self._applied, self._failed = applied, failed
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _run(self, change: Change) -> None:
        try:
            photo, thumbnail = change()
        except NotSaved as kept:  # the user already chose: theirs stays and is shown
            self.setObsolete(True)
            self._applied(kept.photo, None)
            return
        except LessonStudyError as error:  # e.g. the photo was deleted meanwhile
            self.setObsolete(True)
            self._failed(error)
            return
        self._applied(photo, thumbnail)


class _CheckedNotes:
    """Replays one notes edit of a photo with the version check of :func:`undo_expected`.

    ``part`` picks the edited part of a stored photo (its fields or key ideas),
    ``write`` stores a value over an expected revision.
    """

    def __init__(self, library: Library, photo: PhotoSummary,
                 part: Callable[[PhotoSummary], Any],
                 write: Callable[[Any, int | None], PhotoSummary],
                 revisions: SavedRevisions) -> None:
        self._library, self._photo_id = library, photo.id
        self._part, self._write, self._revisions = part, write, revisions
        self._last_saved = part(photo)
        revisions.saved[photo.id] = photo.revision

    def put(self, value: Any) -> Change:
        return lambda: (self._store(value), None)

    def _store(self, value: Any) -> PhotoSummary:
        library, photo_id, revisions = self._library, self._photo_id, self._revisions
        stored = photos.get_photo(library, photo_id)
        expected = undo_expected(revisions.saved.get(photo_id), stored.revision,
                                 self._part(stored), self._last_saved)
        saved = save_or_resolve(revisions.parent, lambda v: self._write(value, v), expected,
                                reload=lambda: None)
        if saved is None:
            raise NotSaved(photos.get_photo(library, photo_id))
        self._last_saved, revisions.saved[photo_id] = self._part(saved), saved.revision
        return saved


def fields_command(library: Library, before: PhotoFields, after: PhotoSummary,
                   revisions: SavedRevisions, applied: Applied, failed: Failed,
                   text: str) -> PhotoCommand:
    """Caption and links changed from ``before`` to what ``after`` (the saved photo) shows."""
    notes = _CheckedNotes(
        library, after, lambda photo: photo.fields,
        lambda fields, v: photos.update_photo(library, after.id, fields, v), revisions)
    return PhotoCommand(text, notes.put(after.fields), notes.put(before), applied, failed)


def key_ideas_command(library: Library, before: tuple[str, ...], after: PhotoSummary,
                      revisions: SavedRevisions, applied: Applied, failed: Failed,
                      text: str) -> PhotoCommand:
    """Key ideas changed from ``before`` to what ``after`` (the saved photo) shows."""
    notes = _CheckedNotes(
        library, after, lambda photo: photo.key_ideas,
        lambda ideas, v: photos.set_key_ideas(library, after.id, ideas, v), revisions)
    return PhotoCommand(text, notes.put(after.key_ideas), notes.put(before), applied, failed)


def image_command(library: Library, before: PhotoImage, after: PhotoImage, applied: Applied,
                  failed: Failed, text: str) -> PhotoCommand:
    def put_back(image: PhotoImage) -> Change:
        return lambda: (
            photo_edits.restore_image(library, image.photo_id, image), image.thumbnail
        )

    return PhotoCommand(text, put_back(after), put_back(before), applied, failed)
