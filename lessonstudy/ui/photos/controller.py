"""One teaching's photos for this app session: the gallery model, filters, undo and edits.

The detail pane rebuilds its tabs on every change of selection, and the
viewer lives in a window of its own; neither may lose the cached thumbnails,
the chosen filters or the undo history. So that state lives here, one
controller per teaching per :class:`AppContext`, and widgets come and go
around it. Widgets call these methods; the methods call the services and
push undo commands, and slow pixel work runs off the GUI thread.

Other screens and observers' phones change photos while the tab shows them
(ten phones' iBoard photos in a minute, each broadcast as ``photos:<id>``).
Those broadcasts are read off the GUI thread, one read at a time (a burst
costs at most one more read; :class:`~lessonstudy.ui.background_read.BackgroundRead`),
only the new or changed photos' thumbnails are fetched, and new photos are put
in as rows, so selection and scrolling stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import photo_edits, photos
from lessonstudy.services.photo_records import (
    PhotoChoices,
    PhotoEdit,
    PhotoFields,
    PhotoImage,
    PhotoSummary,
)
from lessonstudy.ui.background_read import READ_AGAIN, BackgroundRead, Work
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.photos.commands import (
    SavedRevisions,
    fields_command,
    image_command,
    key_ideas_command,
)
from lessonstudy.ui.photos.gallery_filter import PhotoFilterProxy
from lessonstudy.ui.photos.gallery_model import PhotoListModel
from lessonstudy.ui.photos.look import tr

if TYPE_CHECKING:
    from lessonstudy.storage.library import Library

_CONTROLLERS: WeakKeyDictionary[AppContext, dict[int, GalleryController]] = WeakKeyDictionary()
Box = tuple[int, int, int, int]


class GalleryController(QObject):
    """Photos of one teaching: model and proxy, undo stack, edits and their signals."""

    photo_changed = Signal(object)  # PhotoSummary, after any stored change
    image_changed = Signal(int)  # photo id whose stored pixels changed
    photo_removed = Signal(int)
    reloaded = Signal()
    failed = Signal(object)  # an error from work done off the GUI thread or in undo
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, teaching_id: int) -> None:
        super().__init__(context)
        self.context = context
        self.teaching_id = teaching_id
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.revisions = SavedRevisions()  # what undo and redo of notes edits check against
        self.model = PhotoListModel(self)
        self.proxy = PhotoFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.choices = PhotoChoices((), ())
        self._edit_op: Operation | None = None
        # Reads after broadcasts; one overtaken by an edit shown here is read again (it
        # fetched only the thumbnails not shown then, so dropping it could miss photos).
        self._reads = BackgroundRead(
            self, self._prepare_read, self._show, failed=self._read_failed, settle_ms=0,
            stale=READ_AGAIN,
            current=lambda: self.context.library if self.context.has_library else None)
        self.import_run: QObject | None = None  # the import in progress, kept alive here
        context.changed.connect(self._library_changed)
        self.reload()

    @property
    def library(self) -> Library:
        return self.context.library

    def reload(self) -> None:
        """Read the list and thumbnail bytes again now (opening the tab, after an import or
        a conflict; no image decoding here)."""
        self._show(read_gallery(self.library, self.teaching_id, {}))

    def refresh_later(self) -> None:
        """Read again off the GUI thread (another screen's or a phone's change)."""
        self._reads.request()

    @property
    def refreshing(self) -> bool:
        """A read started by a broadcast has not been shown yet (tests wait on this)."""
        return self._reads.busy

    def _prepare_read(self) -> Work:
        library, teaching_id = self.library, self.teaching_id
        known = self.model.revisions()
        return lambda: read_gallery(library, teaching_id, known)

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, LessonStudyError) and self.context.has_library:
            self._reads.shown()  # the teaching itself was deleted
            self.model.set_photos([], {})
        else:
            self.failed.emit(error)

    def _show(self, found: GalleryRead) -> None:
        self._reads.shown()
        self.choices = found.choices
        self.model.merge_photos(found.photos, found.thumbnails)
        self.reloaded.emit()

    def photo(self, photo_id: int) -> PhotoSummary | None:
        row = self.model.row_of(photo_id)
        return None if row is None else self.model.photos()[row]

    def image(self, photo_id: int) -> PhotoImage:
        return photos.photo_image(self.library, photo_id)

    # -- notes: caption, links, key ideas (undoable) ---------------------------
    def edit_fields(self, photo: PhotoSummary, after: PhotoFields) -> PhotoSummary:
        """Store new caption/links now and push the undo step; raises if refused.

        Saved over the version ``photo`` shows: if a colleague changed the photo
        meanwhile, the user chooses; after "reload theirs" the stored photo is returned.
        """
        library = self.library
        changed = save_or_resolve(
            None, lambda v: photos.update_photo(library, photo.id, after, v), photo.revision,
            reload=self.reload)
        if changed is None:
            return photos.get_photo(library, photo.id)
        self._push(fields_command(library, photo.fields, changed, self.revisions,
                                  self._applied, self._undo_failed, tr("Edit photo details")))
        self._applied(changed, None)
        return changed

    def edit_key_ideas(self, photo: PhotoSummary, ideas: tuple[str, ...]) -> PhotoSummary:
        """Store the key ideas now and push the undo step; raises if refused.

        Checked against the revision ``photo`` shows, as :meth:`edit_fields` is.
        """
        library = self.library
        changed = save_or_resolve(
            None, lambda v: photos.set_key_ideas(library, photo.id, ideas, v), photo.revision,
            reload=self.reload)
        if changed is None:
            return photos.get_photo(library, photo.id)
        self._push(key_ideas_command(library, photo.key_ideas, changed, self.revisions,
                                     self._ideas_applied, self._undo_failed,
                                     tr("Edit key ideas")))
        self._ideas_applied(changed, None)
        return changed

    def _ideas_applied(self, photo: PhotoSummary, thumbnail: bytes | None) -> None:
        """A photo's key ideas changed (or were undone): other views count a group's ideas."""
        self._applied(photo, thumbnail)
        self.context.notify_changed(f"keyideas:{self.teaching_id}")

    # -- pixels: rotate, redact (off the GUI thread, undoable) -----------------
    def rotate(self, photo_id: int, quarter_turns: int) -> bool:
        text = tr("Rotate photo right") if quarter_turns > 0 else tr("Rotate photo left")
        return self._edit_pixels(
            lambda: photo_edits.rotate_photo(self.library, photo_id, quarter_turns), text)

    def redact(self, photo_id: int, box: Box) -> bool:
        return self._edit_pixels(
            lambda: photo_edits.redact_photo(self.library, photo_id, box), tr("Blur region"))

    @property
    def busy(self) -> bool:
        return self._edit_op is not None and self._edit_op.running

    def delete(self, photo_id: int) -> None:
        """Delete for good (the caller has asked the teacher first)."""
        photos.delete_photo(self.library, photo_id)
        self._reads.shown()
        self.model.remove_photo(photo_id)
        self.photo_removed.emit(photo_id)

    # -- internals ---------------------------------------------------------------
    def _edit_pixels(self, work: Callable[[], PhotoEdit], text: str) -> bool:
        if self.busy:
            return False
        library = self.library

        def edit_and_read_back() -> tuple[PhotoEdit, PhotoImage]:
            edit = work()
            return edit, photos.photo_image(library, edit.photo.id)

        self._edit_op = Operation(edit_and_read_back, parent=self)
        self._edit_op.finished.connect(lambda result: self._pixels_done(result, text))
        self._edit_op.failed.connect(self._pixels_failed)
        self.busy_changed.emit(True)
        self._edit_op.start()
        return True

    def _pixels_done(self, result: tuple[PhotoEdit, PhotoImage], text: str) -> None:
        edit, after = result
        self._push(image_command(self.library, edit.before, after, self._applied,
                                 self._undo_failed, text))
        self._applied(edit.photo, after.thumbnail)
        self.busy_changed.emit(False)

    def _pixels_failed(self, error: BaseException) -> None:
        self.busy_changed.emit(False)
        self.failed.emit(error)

    def _push(self, command: QUndoCommand) -> None:
        self.context.undo_group.setActiveStack(self.undo_stack)
        self.undo_stack.push(command)

    def _applied(self, photo: PhotoSummary, thumbnail: bytes | None) -> None:
        self._reads.shown()
        self.model.update_photo(photo, thumbnail)
        self.photo_changed.emit(photo)
        if thumbnail is not None:
            self.image_changed.emit(photo.id)

    def _undo_failed(self, error: LessonStudyError) -> None:
        self.failed.emit(error)

    def _library_changed(self, what: str) -> None:
        kind, _sep, ident = what.partition(":")
        if kind in _NOT_PHOTOS:  # e.g. 30 phone notes a second
            return
        if kind in _THIS_TEACHING_ONLY and ident and ident != str(self.teaching_id):
            return
        if self.context.has_library:
            self.refresh_later()


# Broadcast kinds that never change a photo, its group names or its segments (a photo's
# own key-idea edits are applied here before they are broadcast as ``keyideas``).
_NOT_PHOTOS = frozenset({"notes", "timings", "keyideas", "classroom", "tallies"})
# Kinds that name the teaching they changed ("photos:2"): another teaching's are no news here.
_THIS_TEACHING_ONLY = frozenset({"photos", "observers"})


@dataclass(frozen=True)
class GalleryRead:
    """What one read found: every photo, the thumbnails not already shown, the choices."""

    photos: list[PhotoSummary]
    thumbnails: dict[int, bytes]
    choices: PhotoChoices


def read_gallery(library: Library, teaching_id: int, known: Mapping[int, int]) -> GalleryRead:
    """Read a teaching's photos; thumbnails only of photos not in ``known`` (id → revision)
    at that revision (ten 320-px JPEGs are quick; forty on every broadcast are not)."""
    listed = photos.list_photos(library, teaching_id)
    wanted = [p.id for p in listed if known.get(p.id) != p.revision]
    return GalleryRead(listed, photos.photo_thumbnails(library, wanted),
                       photos.photo_choices(library, teaching_id))


def controller_for(context: AppContext, teaching_id: int) -> GalleryController:
    """The one controller of this teaching in this window's session."""
    mine = _CONTROLLERS.setdefault(context, {})
    if teaching_id not in mine:
        mine[teaching_id] = GalleryController(context, teaching_id)
    return mine[teaching_id]
