"""The iBoard photos of a teaching: list them, show them, describe them, transcribe them.

Each function is one teacher action in one short transaction. Listing never
touches image bytes (they live in a table of their own); thumbnails and the
full image are separate calls, so a gallery of forty photos opens at once and
loads pictures as they scroll into view. Importing is in ``photo_import`` and
pixel edits (rotate, redact) in ``photo_edits``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lessonstudy.services.key_ideas import checked_ideas
from lessonstudy.services.photo_links import checked_fields, teaching_choices
from lessonstudy.services.photo_records import (
    KEY_IDEA_COUNT,
    PhotoChoices,
    PhotoFields,
    PhotoImage,
    PhotoSummary,
)
from lessonstudy.services.photo_rows import (
    photo_row,
    summaries,
    summary,
    teaching_photos,
    teaching_row,
)
from lessonstudy.storage import photo_store
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, Photo, PhotoData
from lessonstudy.storage.photo_store import PhotoUnavailableError


def list_photos(library: Library, teaching_id: int) -> list[PhotoSummary]:
    """Every photo of a teaching, oldest first, with names and key ideas (no image bytes)."""
    with library.reading() as session:
        teaching_row(session, teaching_id)
        return summaries(session, teaching_photos(session, teaching_id))


def get_photo(library: Library, photo_id: int) -> PhotoSummary:
    with library.reading() as session:
        return summary(session, photo_row(session, photo_id))


def photo_choices(library: Library, teaching_id: int) -> PhotoChoices:
    """The observer groups and plan segments a photo of this teaching may be linked to."""
    with library.reading() as session:
        return teaching_choices(session, teaching_row(session, teaching_id))


def photo_thumbnails(library: Library, photo_ids: Iterable[int]) -> dict[int, bytes]:
    """Thumbnail JPEGs (about 320 px) by photo id; photos that are gone are left out."""
    wanted = list(dict.fromkeys(photo_ids))
    if not wanted:
        return {}
    with library.reading() as session:
        rows = session.execute(
            select(PhotoData.photo_id, PhotoData.thumbnail).where(PhotoData.photo_id.in_(wanted))
        ).all()
        return {photo_id: bytes(data) for photo_id, data in rows}


def photo_image(library: Library, photo_id: int) -> PhotoImage:
    """The stored upright, metadata-free JPEG of one photo, with its thumbnail.

    A stored file that went missing or was damaged gives an empty image and a
    ``problem`` saying so (the viewer shows it), never an error.
    """
    with library.reading() as session:
        photo = photo_row(session, photo_id)
        try:
            return image_of(session, photo)
        except PhotoUnavailableError as error:
            thumbnail = session.scalar(select(PhotoData.thumbnail)
                                       .where(PhotoData.photo_id == photo.id))
            return PhotoImage(photo.id, b"", bytes(thumbnail or b""), photo.width,
                              photo.height, photo.row_version, problem=error.message)


def update_photo(library: Library, photo_id: int, fields: PhotoFields,
                 expected_version: int | None = None) -> PhotoSummary:
    """Change the caption, observer group / pupils' label and segment of a photo.

    With ``expected_version`` (the photo's ``revision`` when its details were
    shown), a photo someone else changed meanwhile raises ConflictError.
    """
    with library.unit_of_work() as session:
        photo = photo_row(session, photo_id)
        check_row_version(photo, expected_version)
        tidy = checked_fields(session, teaching_row(session, photo.teaching_id), fields)
        photo.caption = tidy.caption
        photo.group_id = tidy.group_id
        photo.group_label = tidy.group_label
        photo.segment_id = tidy.segment_id
        for idea in session.scalars(select(KeyIdea).where(KeyIdea.photo_id == photo.id)):
            idea.group_id = tidy.group_id  # the conference reads key ideas by group
        session.flush()
        return summary(session, photo)


def set_key_ideas(library: Library, photo_id: int, ideas: Sequence[str],
                  expected_version: int | None = None) -> PhotoSummary:
    """Store the four key ideas written on the iBoard (a blank one is removed).

    Key ideas have no version of their own: they are part of the photo's
    notes, so a change to them moves the photo's ``revision`` (as a caption
    edit does), and ``expected_version`` is checked against it as in
    :func:`update_photo`. Storing the same ideas again changes nothing.
    """
    texts = checked_key_ideas(ideas)
    with library.unit_of_work() as session:
        photo = photo_row(session, photo_id)
        check_row_version(photo, expected_version)
        existing = {
            idea.position: idea
            for idea in session.scalars(select(KeyIdea).where(KeyIdea.photo_id == photo.id))
        }
        changed = False
        for position, text in enumerate(texts, start=1):
            idea = existing.get(position)
            if not text and idea is not None:
                session.delete(idea)
            elif text and idea is None:
                session.add(
                    KeyIdea(photo_id=photo.id, group_id=photo.group_id, position=position,
                            text=text)
                )
            elif idea is not None and idea.text != text:
                idea.text = text
            else:
                continue
            changed = True
        if changed:
            photo.updated_at = datetime.now(UTC)  # moves the revision and names who changed it
        session.flush()
        return summary(session, photo)


def delete_photo(library: Library, photo_id: int) -> None:
    """Remove a photo with its image and key ideas (feedback evidence links to it go too).

    Its stored file goes too once the delete committed, unless another photo or a kept
    backup names the same bytes.
    """
    with library.unit_of_work() as session:
        photo = photo_row(session, photo_id)
        names = list(session.scalars(select(PhotoData.image_sha256)
                                     .where(PhotoData.photo_id == photo.id)))
        session.execute(delete(KeyIdea).where(KeyIdea.photo_id == photo.id))
        session.execute(delete(PhotoData).where(PhotoData.photo_id == photo.id))
        session.delete(photo)
    library.release_photos(names)


def image_of(session: Session, photo: Photo) -> PhotoImage:
    """The stored bytes of ``photo`` read in the caller's transaction.

    A stored file that is missing or damaged raises ``PhotoUnavailableError`` (its
    message says what to do); :func:`photo_image` turns that into ``problem``.
    """
    row = session.execute(
        select(PhotoData.image_sha256, PhotoData.thumbnail).where(PhotoData.photo_id == photo.id)
    ).first()
    if row is None:
        return PhotoImage(photo.id, b"", b"", photo.width, photo.height, photo.row_version)
    image = photo_store.of(session).get(session, row[0])
    return PhotoImage(photo.id, image, bytes(row[1] or b""), photo.width, photo.height,
                      photo.row_version)


def checked_key_ideas(ideas: Sequence[str]) -> list[str]:
    """Four tidied key ideas (blanks fill the rest), or a ValidationError.

    The same rules (and messages) as typed key ideas: one place decides them.
    """
    texts = checked_ideas(ideas)
    return texts + [""] * (KEY_IDEA_COUNT - len(texts))
