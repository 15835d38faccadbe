"""Feedback raised at the conference: typed, tied to a group, a focus, a segment and evidence.

Each item says who raised it (and whether as a critical friend), what kind of
feedback it is, which observation focus and lesson segment it concerns, and
which notes or iBoard photos ground it. One click turns a group's iBoard key
ideas into feedback items so the recorder does not retype them. Every write
checks that the group, segment and evidence belong to the conference's
teaching; a refused edit stores nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.conference import feedback_type
from lessonstudy.domain.enums import FeedbackType, ObserverRole
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import N_
from lessonstudy.services.conference import conference_row
from lessonstudy.services.evidence import EvidenceRef, evidence_refs
from lessonstudy.services.key_ideas import group_idea_rows
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    Conference,
    FeedbackEvidence,
    FeedbackItem,
    ObservationNote,
    Observer,
    ObserverGroup,
    Photo,
    Segment,
    Teaching,
)


@dataclass(frozen=True)
class FeedbackDraft:
    """What the recorder types; ``critical_friend=None`` means "decide from the author"."""

    text: str
    type: str = FeedbackType.STRENGTH.value
    focus: str = ""
    group_id: int | None = None
    author: str = ""
    segment_id: int | None = None
    critical_friend: bool | None = None
    note_ids: tuple[int, ...] = ()
    photo_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FeedbackRecord:
    """A stored feedback item with the names the screens show."""

    id: int
    conference_id: int
    position: int
    group_id: int | None
    group_name: str
    author: str
    critical_friend: bool
    type: str
    focus: str
    segment_id: int | None
    segment_title: str
    text: str
    evidence: tuple[EvidenceRef, ...] = ()
    row_version: int = 0  # the item's version when read (the feedback form sends it back)

    def draft(self) -> FeedbackDraft:
        """The item as a draft, to edit it or to put it back after an undo."""
        return FeedbackDraft(
            self.text, self.type, self.focus, self.group_id, self.author, self.segment_id,
            self.critical_friend,
            tuple(e.note_id for e in self.evidence if e.note_id is not None),
            tuple(e.photo_id for e in self.evidence if e.photo_id is not None))


@dataclass(frozen=True)
class DeletedFeedback:
    """What deleting an item removed, so an undo can put it back where it was."""

    conference_id: int
    position: int
    draft: FeedbackDraft
    action_ids: tuple[int, ...] = field(default=())


def list_feedback(library: Library, conference_id: int) -> list[FeedbackRecord]:
    """The conference's feedback in recorded order."""
    with library.reading() as session:
        conference_row(session, conference_id)
        rows = list(session.scalars(select(FeedbackItem)
                                    .where(FeedbackItem.conference_id == conference_id)
                                    .order_by(FeedbackItem.position, FeedbackItem.id)))
        refs = evidence_refs(session, [item.id for item in rows])  # one read, not one per item
        return [_record(session, item, refs) for item in rows]


def add_feedback(library: Library, conference_id: int, draft: FeedbackDraft,
                 *, position: int | None = None) -> FeedbackRecord:
    """Record a feedback item (at the end, unless ``position`` is given)."""
    with library.unit_of_work() as session:
        conference = conference_row(session, conference_id)
        item = FeedbackItem(conference_id=conference.id, text="")
        item.position = _next_position(session, conference.id) if position is None else position
        _apply(session, conference, item, draft)
        session.add(item)
        session.flush()
        _set_evidence(session, item, draft)
        return _record(session, item)


def update_feedback(library: Library, feedback_id: int, draft: FeedbackDraft,
                    expected_version: int | None = None) -> FeedbackRecord:
    """Replace an item's fields and evidence with ``draft``.

    With ``expected_version`` (the item's ``row_version`` when the form was
    filled), an item someone else saved meanwhile raises ConflictError naming
    them. Every save bumps the item's version, evidence-only changes too.
    """
    with library.unit_of_work() as session:
        item = _item(session, feedback_id)
        check_row_version(item, expected_version)
        item.updated_at = utcnow()
        _apply(session, conference_row(session, item.conference_id), item, draft)
        _set_evidence(session, item, draft)
        session.flush()
        return _record(session, item)


def delete_feedback(library: Library, feedback_id: int) -> DeletedFeedback:
    """Delete an item; actions agreed from it stay, without the link (undo restores it)."""
    with library.unit_of_work() as session:
        item = _item(session, feedback_id)
        record = _record(session, item)
        actions = tuple(session.scalars(select(ActionItem.id)
                                        .where(ActionItem.feedback_id == item.id)))
        session.delete(item)
        return DeletedFeedback(item.conference_id, item.position, record.draft(), actions)


def restore_feedback(library: Library, deleted: DeletedFeedback) -> FeedbackRecord:
    """Put a deleted item back with its evidence and its actions' links."""
    record = add_feedback(library, deleted.conference_id, deleted.draft,
                          position=deleted.position)
    with library.unit_of_work() as session:
        for action in session.scalars(select(ActionItem)
                                      .where(ActionItem.id.in_(deleted.action_ids))):
            action.feedback_id = record.id
    return record


def key_ideas_to_feedback(library: Library, conference_id: int, group_id: int,
                          *, default_type: str = FeedbackType.STRENGTH.value,
                          types: Mapping[str, str] | None = None,
                          ) -> list[FeedbackRecord]:
    """Turn a group's key ideas (typed and on photos) into feedback items.

    Ideas already there are skipped. Each item gets the group's focus and
    links its iBoard photo as evidence (typed ideas have none). ``types``
    gives the type the recorder chose for an idea (by its text); otherwise an
    idea ending in a question mark becomes a question and the others take
    ``default_type``.
    """
    chosen = feedback_type(default_type)
    picked = {text.strip(): feedback_type(kind) for text, kind in (types or {}).items()}
    with library.unit_of_work() as session:
        conference = conference_row(session, conference_id)
        group = _group(session, conference, group_id)
        ideas = group_idea_rows(session, group.id)
        if not ideas:
            raise ValidationError(
                N_("{name} has no key ideas yet: transcribe its iBoard first."), name=group.name)
        existing = set(session.scalars(select(FeedbackItem.text).where(
            FeedbackItem.conference_id == conference.id, FeedbackItem.group_id == group.id)))
        records = []
        for photo_id, idea_text in ideas:
            text = idea_text.strip()
            if not text or text in existing:
                continue
            existing.add(text)
            kind = picked.get(text) or (
                FeedbackType.QUESTION if text.endswith(("?", "？")) else chosen)
            draft = FeedbackDraft(text, kind.value, group.focus, group.id, author=group.name,
                                  critical_friend=False,
                                  photo_ids=(photo_id,) if photo_id else ())
            item = FeedbackItem(conference_id=conference.id, text="",
                                position=_next_position(session, conference.id))
            _apply(session, conference, item, draft)
            session.add(item)
            session.flush()
            _set_evidence(session, item, draft)
            records.append(_record(session, item))
        return records


def pending_key_ideas(library: Library, conference_id: int, group_id: int) -> list[str]:
    """The group's key ideas not yet turned into feedback, for the recorder to type them."""
    with library.reading() as session:
        conference = conference_row(session, conference_id)
        group = _group(session, conference, group_id)
        existing = set(session.scalars(select(FeedbackItem.text).where(
            FeedbackItem.conference_id == conference.id, FeedbackItem.group_id == group.id)))
        found: list[str] = []
        for _photo, text in group_idea_rows(session, group.id):
            if text.strip() and text.strip() not in existing and text.strip() not in found:
                found.append(text.strip())
        return found


def with_author(draft: FeedbackDraft, author: str) -> FeedbackDraft:
    """The draft with a new author and the critical-friend mark decided again from it."""
    return replace(draft, author=author, critical_friend=None)


# -- checks and storage -------------------------------------------------------


def _apply(session: Session, conference: Conference, item: FeedbackItem,
           draft: FeedbackDraft) -> None:
    text = draft.text.strip()
    if not text:
        raise ValidationError(N_("Feedback needs some text: what did the group see or suggest?"))
    teaching = session.get_one(Teaching, conference.teaching_id)
    group = _group(session, conference, draft.group_id) if draft.group_id is not None else None
    if draft.segment_id is not None:
        segment = session.get(Segment, draft.segment_id)
        if segment is None or segment.version_id != teaching.version_id:
            raise ValidationError(N_("That segment is not part of the lesson version taught."))
    item.text = text
    item.type = feedback_type(draft.type).value
    item.focus = draft.focus.strip() or (group.focus if group else "")
    item.group_id = draft.group_id
    item.author = draft.author.strip()
    item.segment_id = draft.segment_id
    item.critical_friend = (draft.critical_friend if draft.critical_friend is not None
                            else _is_critical_friend(session, teaching.id, item.author))


def _is_critical_friend(session: Session, teaching_id: int, author: str) -> bool:
    if not author:
        return False
    roles = session.scalars(select(Observer.role).where(
        Observer.teaching_id == teaching_id, func.lower(Observer.name) == author.lower()))
    return ObserverRole.CRITICAL_FRIEND.value in set(roles)


def _set_evidence(session: Session, item: FeedbackItem, draft: FeedbackDraft) -> None:
    conference = session.get_one(Conference, item.conference_id)
    teaching_id = conference.teaching_id
    for model, ids, what in ((ObservationNote, draft.note_ids, "note"),
                             (Photo, draft.photo_ids, "photo")):
        found = set(session.scalars(select(model.id).where(
            model.id.in_(ids), model.teaching_id == teaching_id)))
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise ValidationError(
                N_("Evidence note {ids} is not from this teaching.") if what == "note"
                else N_("Evidence photo {ids} is not from this teaching."),
                ids=", ".join(missing))
    for old in session.scalars(select(FeedbackEvidence)
                               .where(FeedbackEvidence.feedback_id == item.id)):
        session.delete(old)
    session.flush()
    session.add_all([FeedbackEvidence(feedback_id=item.id, note_id=i) for i in draft.note_ids]
                    + [FeedbackEvidence(feedback_id=item.id, photo_id=i) for i in draft.photo_ids])
    session.flush()


def _group(session: Session, conference: Conference, group_id: int | None) -> ObserverGroup:
    group = session.get(ObserverGroup, group_id) if group_id is not None else None
    if group is None or group.teaching_id != conference.teaching_id:
        raise ValidationError(N_("That observer group did not observe this teaching."))
    return group


def _item(session: Session, feedback_id: int) -> FeedbackItem:
    item = session.get(FeedbackItem, feedback_id)
    if item is None:
        raise NotFoundError(N_("No feedback item with id {feedback_id}; it may have been "
                               "deleted."),
                            feedback_id=feedback_id)
    return item


def _next_position(session: Session, conference_id: int) -> int:
    last = session.scalar(select(func.max(FeedbackItem.position))
                          .where(FeedbackItem.conference_id == conference_id))
    return 0 if last is None else last + 1


def _record(session: Session, item: FeedbackItem,
            refs: dict[int, tuple[EvidenceRef, ...]] | None = None) -> FeedbackRecord:
    """One item as shown; ``refs`` is the evidence of many items read at once."""
    group = session.get(ObserverGroup, item.group_id) if item.group_id else None
    segment = session.get(Segment, item.segment_id) if item.segment_id else None
    if refs is None:
        refs = evidence_refs(session, [item.id])
    return FeedbackRecord(
        item.id, item.conference_id, item.position, item.group_id,
        group.name if group else "", item.author, item.critical_friend, item.type, item.focus,
        item.segment_id, segment.title if segment else "", item.text,
        refs.get(item.id, ()), item.row_version)
