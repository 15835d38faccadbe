"""The evidence behind feedback: observation notes and photos, named the way people recall them.

Feedback at a conference should rest on what observers saw. The recorder
links an item to notes ("12:00 Pupil C counted…") or iBoard photos; this
module labels those links and lists what a teaching offers as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.timing import format_clock
from lessonstudy.i18n import _
from lessonstudy.services.conference import conference_row
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import FeedbackEvidence, ObservationNote, ObserverGroup, Photo

LABEL_LENGTH = 70


@dataclass(frozen=True)
class EvidenceRef:
    """A note or a photo (exactly one id is set) with a short label."""

    note_id: int | None
    photo_id: int | None
    label: str


@dataclass(frozen=True)
class EvidenceChoices:
    """What a teaching offers as evidence: its notes and its photos."""

    notes: tuple[EvidenceRef, ...]
    photos: tuple[EvidenceRef, ...]


def evidence_choices(library: Library, conference_id: int) -> EvidenceChoices:
    """Every note and photo of the conference's teaching, labelled."""
    with library.reading() as session:
        teaching_id = conference_row(session, conference_id).teaching_id
        groups = _group_names(session, teaching_id)
        notes = session.scalars(select(ObservationNote)
                                .where(ObservationNote.teaching_id == teaching_id)
                                .order_by(ObservationNote.elapsed_seconds, ObservationNote.id))
        photos = session.scalars(select(Photo).where(Photo.teaching_id == teaching_id)
                                 .order_by(Photo.taken_at, Photo.id))
        return EvidenceChoices(
            tuple(EvidenceRef(n.id, None, note_label(n, groups)) for n in notes),
            tuple(EvidenceRef(None, p.id, photo_label(p, groups)) for p in photos))


def evidence_refs(session: Session,
                  feedback_ids: Sequence[int]) -> dict[int, tuple[EvidenceRef, ...]]:
    """The labelled evidence of each feedback item, notes first."""
    links = list(session.scalars(select(FeedbackEvidence)
                                 .where(FeedbackEvidence.feedback_id.in_(feedback_ids))
                                 .order_by(FeedbackEvidence.id)))
    if not links:
        return {}
    note_ids = [link.note_id for link in links if link.note_id is not None]
    photo_ids = [link.photo_id for link in links if link.photo_id is not None]
    notes = {n.id: n for n in session.scalars(select(ObservationNote)
                                              .where(ObservationNote.id.in_(note_ids)))}
    photos = {p.id: p for p in session.scalars(select(Photo).where(Photo.id.in_(photo_ids)))}
    teaching_ids = ({n.teaching_id for n in notes.values()}
                    | {p.teaching_id for p in photos.values()})
    groups: dict[int, str] = {}
    for teaching_id in teaching_ids:
        groups.update(_group_names(session, teaching_id))
    found: dict[int, list[EvidenceRef]] = defaultdict(list)
    for link in sorted(links, key=lambda link: link.note_id is None):
        if link.note_id in notes:
            found[link.feedback_id].append(
                EvidenceRef(link.note_id, None, note_label(notes[link.note_id], groups)))
        elif link.photo_id in photos:
            found[link.feedback_id].append(
                EvidenceRef(None, link.photo_id, photo_label(photos[link.photo_id], groups)))
    return {key: tuple(refs) for key, refs in found.items()}


def note_label(note: ObservationNote, groups: dict[int, str]) -> str:
    """"12:00 Group C: Pupil C counted…" — time, group and the start of the text."""
    when = format_clock(note.elapsed_seconds) if note.elapsed_seconds is not None else "–"
    group = groups.get(note.group_id or 0, "")
    text = " ".join(note.text.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1] + "…"
    return f"{when} {group}: {text}" if group else f"{when} {text}"


def photo_label(photo: Photo, groups: dict[int, str]) -> str:
    """"Photo: Group A iBoard…" — the caption, or the group and file name."""
    caption = photo.caption.strip() or photo.original_name or f"#{photo.id}"
    group = groups.get(photo.group_id or 0, photo.group_label)
    if group and group not in caption:
        caption = f"{group}: {caption}"
    return _("Photo: {caption}").format(caption=caption)


def _group_names(session: Session, teaching_id: int) -> dict[int, str]:
    return dict(session.execute(select(ObserverGroup.id, ObserverGroup.name)
                                .where(ObserverGroup.teaching_id == teaching_id)).all())
