"""Undoable photo edits: caption and links, key ideas, and stored pixel edits.

Each command calls the photo services both ways. The first ``redo`` is
skipped because the controller has already made the change (so an edit the
service refuses never enters the stack). Pixel edits keep the stored image
bytes from before *and* after, so undo and redo put back exactly those bytes
instead of re-encoding the JPEG each time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import photo_edits, photos
from lessonstudy.services.photo_records import PhotoFields, PhotoImage, PhotoSummary
from lessonstudy.storage.library import Library

#: Called after every stored change: the photo now, and its new thumbnail if the pixels changed.
Applied = Callable[[PhotoSummary, bytes | None], None]
Failed = Callable[[LessonStudyError], None]
Change = Callable[[], tuple[PhotoSummary, bytes | None]]


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
        except LessonStudyError as error:  # e.g. the photo was deleted meanwhile
            self.setObsolete(True)
            self._failed(error)
            return
        self._applied(photo, thumbnail)


def fields_command(library: Library, photo_id: int, before: PhotoFields, after: PhotoFields,
                   applied: Applied, failed: Failed, text: str) -> PhotoCommand:
    def set_to(fields: PhotoFields) -> Change:
        return lambda: (photos.update_photo(library, photo_id, fields), None)

    return PhotoCommand(text, set_to(after), set_to(before), applied, failed)


def key_ideas_command(library: Library, photo_id: int, before: tuple[str, ...],
                      after: tuple[str, ...], applied: Applied, failed: Failed,
                      text: str) -> PhotoCommand:
    def set_to(ideas: tuple[str, ...]) -> Change:
        return lambda: (photos.set_key_ideas(library, photo_id, ideas), None)

    return PhotoCommand(text, set_to(after), set_to(before), applied, failed)


def image_command(library: Library, before: PhotoImage, after: PhotoImage, applied: Applied,
                  failed: Failed, text: str) -> PhotoCommand:
    def put_back(image: PhotoImage) -> Change:
        return lambda: (
            photo_edits.restore_image(library, image.photo_id, image), image.thumbnail
        )

    return PhotoCommand(text, put_back(after), put_back(before), applied, failed)
