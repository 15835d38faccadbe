"""Reading photo rows inside a unit of work and turning them into :class:`PhotoSummary`.

Every photo service needs the same steps: find the row (or say clearly that
it is gone), and describe it with its group's name, its segment's number and
its four key ideas. Doing that here, with a handful of queries for a whole
teaching rather than several per photo, keeps the gallery quick to list.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import NotFoundError
from lessonstudy.i18n import N_
from lessonstudy.services.photo_records import KEY_IDEA_COUNT, PhotoFields, PhotoSummary
from lessonstudy.storage.models import KeyIdea, ObserverGroup, Photo, Segment, Teaching


def photo_row(session: Session, photo_id: int) -> Photo:
    """The photo with this id, or a :class:`NotFoundError` a teacher understands."""
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise NotFoundError(
            N_("Photo {photo_id} is no longer in the library (someone may have deleted it)."),
            photo_id=photo_id
        )
    return photo


def teaching_row(session: Session, teaching_id: int) -> Teaching:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(N_("Teaching {teaching_id} is no longer in the library."),
                            teaching_id=teaching_id)
    return teaching


def summaries(session: Session, photos: Iterable[Photo]) -> list[PhotoSummary]:
    """Describe several photos with four queries in all, whatever their number."""
    rows = list(photos)
    ids = [photo.id for photo in rows]
    group_ids = {photo.group_id for photo in rows if photo.group_id is not None}
    groups = dict(
        session.execute(
            select(ObserverGroup.id, ObserverGroup.name).where(ObserverGroup.id.in_(group_ids))
        ).all()
    )
    segments = numbered_segments(session, {photo.teaching_id for photo in rows})
    ideas = _key_ideas(session, ids)
    return [_summary(photo, groups, segments, ideas.get(photo.id)) for photo in rows]


def summary(session: Session, photo: Photo) -> PhotoSummary:
    session.flush()
    return summaries(session, [photo])[0]


def teaching_photos(session: Session, teaching_id: int) -> list[Photo]:
    """A teaching's photos in the order they were taken (then imported)."""
    return list(
        session.scalars(
            select(Photo)
            .where(Photo.teaching_id == teaching_id)
            .order_by(Photo.taken_at.is_(None), Photo.taken_at, Photo.id)
        )
    )


def numbered_segments(session: Session, teaching_ids: set[int]) -> dict[int, tuple[int, str]]:
    """Segment id -> (number as teachers count it, 1 = first; title) for these teachings' plans."""
    versions = select(Teaching.version_id).where(Teaching.id.in_(teaching_ids))
    query = (
        select(Segment.id, Segment.version_id, Segment.title)
        .where(Segment.version_id.in_(versions))
        .order_by(Segment.version_id, Segment.position, Segment.id)
    )
    numbered: dict[int, tuple[int, str]] = {}
    counts: dict[int, int] = {}
    for seg_id, version_id, title in session.execute(query):
        counts[version_id] = counts.get(version_id, 0) + 1
        numbered[seg_id] = (counts[version_id], title)
    return numbered


def _key_ideas(session: Session, photo_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = select(KeyIdea.photo_id, KeyIdea.position, KeyIdea.text).where(
        KeyIdea.photo_id.in_(photo_ids)
    )
    for photo_id, position, text in session.execute(query):
        if photo_id is None or not 1 <= position <= KEY_IDEA_COUNT:
            continue
        found.setdefault(photo_id, [""] * KEY_IDEA_COUNT)[position - 1] = text
    return found


def _summary(
    photo: Photo,
    groups: dict[int, str],
    segments: dict[int, tuple[int, str]],
    ideas: list[str] | None,
) -> PhotoSummary:
    number, title = segments.get(photo.segment_id or 0, (None, ""))
    texts = ideas or [""] * KEY_IDEA_COUNT
    return PhotoSummary(
        id=photo.id,
        uuid=photo.uuid,
        teaching_id=photo.teaching_id,
        fields=PhotoFields(
            caption=photo.caption or "",
            group_id=photo.group_id,
            group_label=photo.group_label or "",
            segment_id=photo.segment_id,
        ),
        group_name=groups.get(photo.group_id or 0, ""),
        segment_number=number,
        segment_title=title,
        taken_at=photo.taken_at,
        width=photo.width,
        height=photo.height,
        original_name=photo.original_name or "",
        key_ideas=(texts[0], texts[1], texts[2], texts[3]),
        revision=photo.row_version,
    )
