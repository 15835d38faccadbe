"""Attach a photo (an iBoard, a pupil's working) to an observation note.

A minimal path until the photo gallery service exists: the file goes through
the imaging pipeline (upright, metadata-free JPEG and thumbnail) off the
database transaction, then one transaction stores it for the note's teaching,
with the note's segment and group, and links the note to it. The same photo
attached twice is stored once.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from lessonstudy.imaging.pipeline import PhotoSource, process_photo
from lessonstudy.services.note_records import Note, note_from
from lessonstudy.services.notes import note_row
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Photo, PhotoData

_CAPTION_CHARS = 120


def attach_photo(library: Library, note_id: int, source: PhotoSource, name: str = "") -> Note:
    """Store ``source`` as a photo of the note's teaching and link the note to it."""
    with library.unit_of_work() as session:
        note_row(session, note_id)
    processed = process_photo(source, name=name)
    with library.unit_of_work() as session:
        row = note_row(session, note_id)
        photo = session.scalar(select(Photo).where(Photo.teaching_id == row.teaching_id,
                                                   Photo.sha256 == processed.sha256))
        if photo is None:
            photo = Photo(teaching_id=row.teaching_id, group_id=row.group_id,
                          segment_id=row.segment_id, caption=row.text[:_CAPTION_CHARS],
                          taken_at=processed.taken_at, width=processed.width,
                          height=processed.height, sha256=processed.sha256,
                          original_name=name or _file_name(source))
            session.add(photo)
            session.flush()
            session.add(PhotoData(photo_id=photo.id, image=processed.image,
                                  thumbnail=processed.thumbnail))
        row.photo_id = photo.id
        session.flush()
        return note_from(session, row)


def photo_thumbnail(library: Library, photo_id: int) -> bytes:
    """The stored thumbnail JPEG of a photo, or empty bytes if it is gone."""
    with library.unit_of_work() as session:
        data = session.get(PhotoData, photo_id)
        return bytes(data.thumbnail) if data is not None else b""


def _file_name(source: PhotoSource) -> str:
    return "" if isinstance(source, bytes | bytearray | memoryview) else Path(str(source)).name
