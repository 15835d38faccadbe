"""Stored pixel edits: turn a photo a quarter, blur a face or a name, and put it back.

A photo taken flat on a desk can come out sideways even after EXIF, and a
photo shared beyond the team must not show a pupil's face or name. Both
edits replace the stored JPEG (and thumbnail): the photo names a new stored file,
and the old one is removed by ``check --repair`` once no kept backup names it, so a
blurred area is really gone from the library (docs/photos.md). Decoding and encoding
happen between two short transactions, and the second refuses to write if
someone changed the photo in between. The result carries the image as it
was, so the window's undo can put exactly those bytes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select, update

from lessonstudy.domain.errors import ConflictError
from lessonstudy.i18n import N_
from lessonstudy.imaging import EditedPhoto, redact, rotate
from lessonstudy.services.photo_records import PhotoEdit, PhotoImage, PhotoSummary
from lessonstudy.services.photo_rows import photo_row, summary
from lessonstudy.services.photos import image_of
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import PhotoData

Box = tuple[int, int, int, int]


def rotate_photo(library: Library, photo_id: int, quarter_turns: int) -> PhotoEdit:
    """Turn the stored photo; positive quarter turns are clockwise ("rotate right")."""
    return _edit(library, photo_id, lambda image: rotate(image, quarter_turns))


def redact_photo(library: Library, photo_id: int, box: Box) -> PhotoEdit:
    """Blur a rectangle (left, top, right, bottom in stored-image pixels) for good.

    A box reaching outside the photo is clipped; one with no area inside it
    is a ``ValidationError`` and nothing changes.
    """
    return _edit(library, photo_id, lambda image: redact(image, box))


def restore_image(library: Library, photo_id: int, image: PhotoImage) -> PhotoSummary:
    """Store ``image`` (kept from before an edit) as the photo's image again: undo."""
    edited = EditedPhoto(image.image, image.thumbnail, image.width, image.height)
    return _store(library, photo_id, edited, expected_revision=None)


def _edit(library: Library, photo_id: int, change: Callable[[bytes], EditedPhoto]) -> PhotoEdit:
    with library.unit_of_work() as session:
        before = image_of(session, photo_row(session, photo_id))
    edited = change(before.image)  # slow: decode and encode, outside any transaction
    after = _store(library, photo_id, edited, expected_revision=before.revision)
    return PhotoEdit(after, before)


def _store(
    library: Library, photo_id: int, edited: EditedPhoto, *, expected_revision: int | None
) -> PhotoSummary:
    with library.unit_of_work() as session:
        photo = photo_row(session, photo_id)
        if expected_revision is not None and photo.row_version != expected_revision:
            raise ConflictError(
                N_("Someone else changed this photo while it was being edited. Reload it and "
                   "try again."),
                changed_by=photo.updated_by,
            )
        old = session.scalar(select(PhotoData.image_sha256)
                             .where(PhotoData.photo_id == photo.id))
        name = photo_store.of(session).put(session, edited.image)  # on disk before commit
        session.execute(
            update(PhotoData)
            .where(PhotoData.photo_id == photo.id)
            .values(image_sha256=name, thumbnail=edited.thumbnail)
        )
        photo.width, photo.height = edited.width, edited.height
        photo.updated_at = datetime.now(UTC)  # bumps the revision even if the size is the same
        result = summary(session, photo)
    if old is not None and old != name:
        library.release_photos([old])  # the unblurred picture leaves the disk now
    return result
