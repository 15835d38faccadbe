"""Attach a photo (an iBoard, a pupil's working) to an observation note.

The photo goes through the photos service (upright, metadata-free JPEG and
thumbnail, one transaction, a duplicate stored once) for the note's
teaching, with the note's group and segment; then the note is linked to it.
"""

from __future__ import annotations

from lessonstudy.domain.errors import ImageError
from lessonstudy.imaging.pipeline import PhotoSource
from lessonstudy.services.note_records import Note, note_from
from lessonstudy.services.notes import note_row
from lessonstudy.services.photo_import import import_photo
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.services.photos import photo_thumbnails
from lessonstudy.storage.library import Library


def attach_photo(library: Library, note_id: int, source: PhotoSource, name: str = "") -> Note:
    """Store ``source`` as a photo of the note's teaching and link the note to it."""
    with library.unit_of_work() as session:
        row = note_row(session, note_id)
        target = ImportTarget(row.teaching_id, row.group_id, "", row.segment_id)
    outcome = import_photo(library, target, source, name)
    if outcome.photo_id is None or outcome.status not in (ImportStatus.IMPORTED,
                                                          ImportStatus.DUPLICATE):
        raise ImageError(outcome.message)
    with library.unit_of_work() as session:
        row = note_row(session, note_id)
        row.photo_id = outcome.photo_id
        session.flush()
        return note_from(session, row)


def photo_thumbnail(library: Library, photo_id: int) -> bytes:
    """The stored thumbnail JPEG of a photo, or empty bytes if it is gone."""
    return photo_thumbnails(library, [photo_id]).get(photo_id, b"")
