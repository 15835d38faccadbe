"""Read every observation note of one or many teachings, with the names they print with.

The conference report, the debrief packet and the notes export all show every
note (not only those quoted as evidence), so they share this one reader. It
costs a fixed handful of queries whatever the number of teachings or notes:
notes, segments of the versions taught, groups, observers, case pupils and the
feedback links are each read once with an ``IN`` list and joined in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.evidence_notes import EvidenceNote, note_order
from lessonstudy.storage.models import (
    CasePupil,
    Conference,
    FeedbackEvidence,
    FeedbackItem,
    ObservationNote,
    Observer,
    ObserverGroup,
    Segment,
    Teaching,
)

_SegmentFacts = tuple[int, str, int, int]
"""(number in the plan, title, planned start, planned end)."""


def read_evidence_notes(session: Session,
                        teaching_ids: Sequence[int]) -> dict[int, list[EvidenceNote]]:
    """Each teaching's notes in print order (segment, group, time), keyed by teaching id."""
    ids = list(dict.fromkeys(teaching_ids))
    if not ids:
        return {}
    notes = list(session.scalars(select(ObservationNote)
                                 .where(ObservationNote.teaching_id.in_(ids))))
    segments = _segments(session, ids)
    groups = {g.id: g for g in session.scalars(
        select(ObserverGroup).where(ObserverGroup.teaching_id.in_(ids)))}
    observers = dict(session.execute(
        select(Observer.id, Observer).where(Observer.teaching_id.in_(ids))).all())
    pupil_ids = {n.case_pupil_id for n in notes if n.case_pupil_id is not None}
    pupils = dict(session.execute(select(CasePupil.id, CasePupil.label)
                                  .where(CasePupil.id.in_(pupil_ids))).all())
    links, numbers = _feedback_links(session, ids)
    found: dict[int, list[EvidenceNote]] = defaultdict(list)
    for note in notes:
        segment = segments.get(note.segment_id or 0)
        group = groups.get(note.group_id or 0)
        observer = observers.get(note.observer_id or 0)
        linked = tuple(sorted(links.get(note.id, ()), key=lambda i: numbers.get(i, 0)))
        found[note.teaching_id].append(EvidenceNote(
            id=note.id, teaching_id=note.teaching_id,
            segment_number=segment[0] if segment else None,
            segment_title=segment[1] if segment else "",
            planned_start=segment[2] if segment else None,
            planned_end=segment[3] if segment else None,
            elapsed_seconds=note.elapsed_seconds,
            group_position=group.position if group else None,
            group_name=group.name if group else "", focus=group.focus if group else "",
            observer=observer.name if observer else "",
            role=observer.role if observer else "",
            case_pupil=pupils.get(note.case_pupil_id or 0, ""),
            kind=note.kind, flagged=note.flagged, text=note.text, source=note.source,
            feedback_ids=linked, feedback_numbers=tuple(numbers[i] for i in linked)))
    for teaching_notes in found.values():
        teaching_notes.sort(key=note_order)
    return dict(found)


def _segments(session: Session, teaching_ids: list[int]) -> dict[int, _SegmentFacts]:
    """Number, title and planned times of every segment of the versions taught."""
    version_ids = set(session.scalars(select(Teaching.version_id)
                                      .where(Teaching.id.in_(teaching_ids))))
    facts: dict[int, _SegmentFacts] = {}
    clock: dict[int, int] = defaultdict(int)
    number: dict[int, int] = defaultdict(int)
    for segment in session.scalars(select(Segment).where(Segment.version_id.in_(version_ids))
                                   .order_by(Segment.version_id, Segment.position, Segment.id)):
        start = clock[segment.version_id]
        number[segment.version_id] += 1
        clock[segment.version_id] = start + segment.planned_seconds
        facts[segment.id] = (number[segment.version_id], segment.title, start,
                             start + segment.planned_seconds)
    return facts


def _feedback_links(session: Session, teaching_ids: list[int],
                    ) -> tuple[dict[int, list[int]], dict[int, int]]:
    """Note id → feedback ids quoting it, and feedback id → its number in its conference."""
    numbers: dict[int, int] = {}
    counter: dict[int, int] = defaultdict(int)
    for feedback_id, conference_id in session.execute(
            select(FeedbackItem.id, FeedbackItem.conference_id)
            .join(Conference, Conference.id == FeedbackItem.conference_id)
            .where(Conference.teaching_id.in_(teaching_ids))
            .order_by(FeedbackItem.conference_id, FeedbackItem.position, FeedbackItem.id)):
        counter[conference_id] += 1
        numbers[feedback_id] = counter[conference_id]
    links: dict[int, list[int]] = defaultdict(list)
    for note_id, feedback_id in session.execute(
            select(FeedbackEvidence.note_id, FeedbackEvidence.feedback_id)
            .join(ObservationNote, ObservationNote.id == FeedbackEvidence.note_id)
            .where(ObservationNote.teaching_id.in_(teaching_ids))):
        if note_id is not None and feedback_id in numbers and feedback_id not in links[note_id]:
            links[note_id].append(feedback_id)
    return links, numbers
