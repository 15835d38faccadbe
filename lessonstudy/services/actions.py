"""Agreed actions: what the team will change in the lesson, and which version did it.

An action comes out of the conference (often from one feedback item), names
the segment it targets by lineage (so it still points at "the same segment"
in later versions) or a part of the plan, and has an owner. It stays open
until a later version of the lesson addresses it; that version closes it.
Creating the revised version itself is in :mod:`lessonstudy.services.revision`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.conference import PLAN_FIELDS, check_plan_field
from lessonstudy.domain.enums import ActionStatus
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import N_, _
from lessonstudy.services.lookup import find_teaching
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    Conference,
    FeedbackItem,
    LessonVersion,
    Segment,
)


@dataclass(frozen=True)
class ActionDraft:
    """What the team agrees: the change, who does it, what it targets, why."""

    text: str
    owner: str = ""
    feedback_id: int | None = None
    target_segment_lineage: str = ""
    target_field: str = ""


@dataclass(frozen=True)
class ActionRecord:
    """A stored action with the names and version numbers the screens show."""

    id: int
    lesson_id: int
    feedback_id: int | None
    feedback_text: str
    from_version_id: int | None
    from_version_number: int | None
    target_segment_lineage: str
    target_segment_title: str
    target_field: str
    text: str
    owner: str
    status: str
    linked_version_number: int | None
    closed_by_version_number: int | None
    row_version: int = 0  # the action's version when read (edits send it back)

    @property
    def target_label(self) -> str:
        """"Segment: Group work — Materials", "Lesson goals", or "" when untargeted."""
        field = _(PLAN_FIELDS[self.target_field]) if self.target_field in PLAN_FIELDS else (
            self.target_field)
        if self.target_segment_title:
            return f"{self.target_segment_title} — {field}" if field else self.target_segment_title
        return field

    def draft(self) -> ActionDraft:
        return ActionDraft(self.text, self.owner, self.feedback_id, self.target_segment_lineage,
                           self.target_field)


def list_actions(library: Library, teaching: str | int) -> list[ActionRecord]:
    """Every action on the teaching's lesson (earlier cycles' too), oldest first."""
    with library.reading() as session:
        lesson_id = find_teaching(session, teaching).version.lesson_id
        rows = session.scalars(select(ActionItem).where(ActionItem.lesson_id == lesson_id)
                               .order_by(ActionItem.id))
        return [action_record(session, row) for row in rows]


def add_action(library: Library, teaching: str | int, draft: ActionDraft) -> ActionRecord:
    """Agree an action at this teaching's conference (it starts open)."""
    with library.unit_of_work() as session:
        found = find_teaching(session, teaching)
        row = ActionItem(lesson_id=found.version.lesson_id, from_version_id=found.version_id,
                         text="", status=ActionStatus.OPEN.value)
        _apply(session, row, draft)
        session.add(row)
        session.flush()
        return action_record(session, row)


def action_from_feedback(library: Library, feedback_id: int, *, text: str = "",
                         owner: str = "") -> ActionRecord:
    """An action from a feedback item, aimed at its segment; its text unless one is given."""
    teaching_id, draft = feedback_action_draft(library, feedback_id, owner=owner)
    if text.strip():
        draft = ActionDraft(text.strip(), draft.owner, draft.feedback_id,
                            draft.target_segment_lineage, draft.target_field)
    return add_action(library, teaching_id, draft)


def feedback_action_draft(library: Library, feedback_id: int, *,
                          owner: str = "") -> tuple[int, ActionDraft]:
    """(teaching id, a draft action linked to the feedback item, aimed at its segment)."""
    with library.reading() as session:
        item = session.get(FeedbackItem, feedback_id)
        if item is None:
            raise NotFoundError(
                N_("No feedback item with id {feedback_id}; it may have been deleted."),
                feedback_id=feedback_id)
        teaching_id = session.get_one(Conference, item.conference_id).teaching_id
        segment = session.get(Segment, item.segment_id) if item.segment_id else None
        return teaching_id, ActionDraft(item.text, owner, item.id,
                                        segment.lineage if segment else "")


def update_action(library: Library, action_id: int, draft: ActionDraft,
                  expected_version: int | None = None) -> ActionRecord:
    """Change an action's text, owner, target or source feedback.

    With ``expected_version`` (the action's ``row_version`` as shown), an action
    someone else changed meanwhile raises ConflictError naming them.
    """
    with library.unit_of_work() as session:
        row = _action(session, action_id)
        check_row_version(row, expected_version)
        _apply(session, row, draft)
        session.flush()
        return action_record(session, row)


def set_action_status(library: Library, action_id: int, status: str,
                      expected_version: int | None = None) -> ActionRecord:
    """Open or drop an action; marking it done needs the version that did it (close_action).

    ``expected_version`` is checked as in :func:`update_action`.
    """
    try:
        wanted = ActionStatus(status)
    except ValueError:
        raise ValidationError(N_("'{status}' is not an action status."), status=status) from None
    if wanted is ActionStatus.DONE:
        raise ValidationError(N_("Close the action with the version that addresses it."))
    with library.unit_of_work() as session:
        row = _action(session, action_id)
        check_row_version(row, expected_version)
        row.status, row.closed_by_version_id = wanted.value, None
        session.flush()
        return action_record(session, row)


def close_action(library: Library, action_id: int, version_id: int,
                 expected_version: int | None = None) -> ActionRecord:
    """Mark the action done by ``version_id``, a later version of the same lesson.

    ``expected_version`` is checked as in :func:`update_action`.
    """
    with library.unit_of_work() as session:
        row = _action(session, action_id)
        check_row_version(row, expected_version)
        version = session.get(LessonVersion, version_id)
        if version is None or version.lesson_id != row.lesson_id:
            raise ValidationError(N_("Only a version of the same lesson can close this action."))
        origin = session.get(LessonVersion, row.from_version_id) if row.from_version_id else None
        if origin is not None and version.number <= origin.number:
            raise ValidationError(
                N_("Version {number} cannot close an action agreed after version "
                   "{origin_number} was taught; choose a later version."),
                number=version.number, origin_number=origin.number)
        row.status, row.closed_by_version_id = ActionStatus.DONE.value, version.id
        session.flush()
        return action_record(session, row)


def restore_action_status(library: Library, action_id: int, record: ActionRecord,
                          expected_version: int | None = None) -> ActionRecord:
    """Put back the status (and closing version) ``record`` had: undo of a status change.

    The action keeps its id; ``expected_version`` is checked as in :func:`update_action`.
    """
    try:
        status = ActionStatus(record.status)
    except ValueError:
        raise ValidationError(N_("'{status}' is not an action status."),
                              status=record.status) from None
    with library.unit_of_work() as session:
        row = _action(session, action_id)
        check_row_version(row, expected_version)
        closed_by = (_version_id(session, row.lesson_id, record.closed_by_version_number)
                     if status is ActionStatus.DONE else None)
        if status is ActionStatus.DONE and closed_by is None:
            raise ValidationError(N_("The version that closed this action no longer exists."))
        row.status, row.closed_by_version_id = status.value, closed_by
        session.flush()
        return action_record(session, row)


def delete_action(library: Library, action_id: int) -> ActionRecord:
    """Delete an action; returns it as it was, so an undo can restore it."""
    with library.unit_of_work() as session:
        row = _action(session, action_id)
        record = action_record(session, row)
        session.delete(row)
        return record


def restore_action(library: Library, record: ActionRecord) -> ActionRecord:
    """Put a deleted action back with its status and version links (a new id)."""
    with library.unit_of_work() as session:
        row = ActionItem(lesson_id=record.lesson_id, from_version_id=record.from_version_id,
                         text="", status=record.status)
        _apply(session, row, record.draft())
        for name, number in (("linked_version_id", record.linked_version_number),
                             ("closed_by_version_id", record.closed_by_version_number)):
            setattr(row, name, _version_id(session, record.lesson_id, number))
        session.add(row)
        session.flush()
        return action_record(session, row)


# -- helpers ----------------------------------------------------------------


def _apply(session: Session, row: ActionItem, draft: ActionDraft) -> None:
    text = draft.text.strip()
    if not text:
        raise ValidationError(N_("An action needs to say what the team will change."))
    check_plan_field(draft.target_field)
    lineage = draft.target_segment_lineage.strip()
    if lineage:
        known = session.scalar(select(Segment.id).join(LessonVersion).where(
            Segment.lineage == lineage, LessonVersion.lesson_id == row.lesson_id).limit(1))
        if known is None:
            raise ValidationError(N_("The targeted segment is not part of this lesson."))
    if draft.feedback_id is not None and session.get(FeedbackItem, draft.feedback_id) is None:
        raise ValidationError(N_("The feedback this action came from no longer exists."))
    row.text, row.owner = text, " ".join(draft.owner.split())
    row.target_segment_lineage, row.target_field = lineage, draft.target_field
    row.feedback_id = draft.feedback_id


def _action(session: Session, action_id: int) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFoundError(N_("No action with id {action_id}; it may have been deleted."),
                            action_id=action_id)
    return row


def _version_id(session: Session, lesson_id: int, number: int | None) -> int | None:
    if number is None:
        return None
    return session.scalar(select(LessonVersion.id).where(
        LessonVersion.lesson_id == lesson_id, LessonVersion.number == number))


def _number(session: Session, version_id: int | None) -> int | None:
    version = session.get(LessonVersion, version_id) if version_id else None
    return version.number if version else None


def action_record(session: Session, row: ActionItem) -> ActionRecord:
    """The plain record of an action row (inside an open session)."""
    feedback = session.get(FeedbackItem, row.feedback_id) if row.feedback_id else None
    title = ""
    if row.target_segment_lineage:
        title = session.scalar(
            select(Segment.title).join(LessonVersion)
            .where(Segment.lineage == row.target_segment_lineage,
                   LessonVersion.lesson_id == row.lesson_id)
            .order_by(LessonVersion.number.desc()).limit(1)) or ""
    return ActionRecord(
        row.id, row.lesson_id, row.feedback_id, feedback.text if feedback else "",
        row.from_version_id, _number(session, row.from_version_id),
        row.target_segment_lineage, title, row.target_field, row.text, row.owner, row.status,
        _number(session, row.linked_version_id), _number(session, row.closed_by_version_id),
        row.row_version)
