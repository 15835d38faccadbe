"""Observation notes typed during a lesson: saved at once, on the segment that was running.

An observer types a line and presses Enter; the note is committed there and
then with the lesson clock's elapsed seconds and the running segment, so a
crash loses nothing and no one sorts notes into segments afterwards. Later
the observer corrects the segment, time, kind or text (the UI wraps those
edits in undo commands built on :func:`update_note`, :func:`delete_note`
and :func:`restore_note`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.domain.timing import MAX_LESSON_SECONDS, format_duration
from lessonstudy.i18n import N_, _
from lessonstudy.services import live
from lessonstudy.services.note_records import (
    Note,
    NoteChoices,
    NoteFields,
    QuickNote,
    note_from,
    one_note,
    teaching_notes,
)
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    LessonVersion,
    ObservationNote,
    Observer,
    ObserverGroup,
    Segment,
    Teaching,
)

__all__ = ["Note", "NoteChoices", "NoteFields", "QuickNote", "add_quick_note", "delete_note",
           "get_note", "list_notes", "note_choices", "note_id_for", "note_ids", "restore_note",
           "update_note"]


def add_quick_note(library: Library, teaching_id: int, quick: QuickNote,
                   now: datetime, *, uuid: str | None = None, source: str = "live") -> Note:
    """Save a note now, stamped with the lesson clock and the running segment.

    ``uuid`` gives the note a stable identity chosen by the caller (a phone's
    note id, so a resent note is recognised); ``source`` says where it came from.
    """
    with library.unit_of_work() as session:
        teaching = _teaching(session, teaching_id)
        elapsed, segment_id = live.note_stamp(session, teaching, now)
        fields = NoteFields(text=quick.text, kind=quick.kind, segment_id=segment_id,
                            elapsed_seconds=elapsed, group_id=quick.group_id,
                            observer_id=quick.observer_id, case_pupil_id=quick.case_pupil_id,
                            flagged=quick.flagged)
        fields = _checked(session, teaching, fields)
        row = ObservationNote(teaching_id=teaching.id, source=source, **_columns(fields))
        if uuid is not None:
            row.uuid = uuid
        session.add(row)
        session.flush()
        return note_from(session, row)


def update_note(library: Library, note_id: int, fields: NoteFields,
                expected_version: int | None = None) -> Note:
    """Replace a note's editable fields; nothing changes if any of them is refused.

    With ``expected_version`` (the note's ``row_version`` as the observer saw
    it), a note someone else changed meanwhile raises ConflictError naming them.
    """
    with library.unit_of_work() as session:
        row = note_row(session, note_id)
        check_row_version(row, expected_version)
        fields = _checked(session, _teaching(session, row.teaching_id), fields)
        for name, value in _columns(fields).items():
            setattr(row, name, value)
        session.flush()
        return note_from(session, row)


def delete_note(library: Library, note_id: int) -> Note:
    """Delete a note and hand back everything needed to restore it."""
    with library.unit_of_work() as session:
        row = note_row(session, note_id)
        note = note_from(session, row)
        session.delete(row)
        return note


def restore_note(library: Library, note: Note) -> Note:
    """Put a deleted note back with its identity (undo of a delete).

    It keeps its uuid, and its id unless a newer note took that id meanwhile;
    callers that hold on to notes across deletes should find them by uuid.
    """
    with library.unit_of_work() as session:
        if session.scalar(select(ObservationNote.id).where(ObservationNote.uuid == note.uuid)):
            raise ValidationError(N_("That note is already there; it cannot be restored twice."))
        teaching = _teaching(session, note.teaching_id)
        fields = _checked(session, teaching, note.fields)
        free = session.get(ObservationNote, note.id) is None
        row = ObservationNote(id=note.id if free else None, uuid=note.uuid,
                              teaching_id=teaching.id, photo_id=note.photo_id,
                              source=note.source, **_columns(fields))
        session.add(row)
        session.flush()
        return note_from(session, row)


def note_id_for(library: Library, uuid: str) -> int:
    """The current id of the note with this uuid (ids may change when a note is restored)."""
    with library.unit_of_work() as session:
        found = session.scalar(select(ObservationNote.id).where(ObservationNote.uuid == uuid))
        if found is None:
            raise NotFoundError(N_("That note no longer exists (it may have been deleted)."))
        return found


def list_notes(library: Library, teaching_id: int, search: str = "") -> list[Note]:
    """A teaching's notes in lesson order; ``search`` keeps those mentioning every word."""
    words = unicodedata.normalize("NFKC", search).casefold().split()
    with library.reading() as session:
        _teaching(session, teaching_id)
        return teaching_notes(session, teaching_id, words)


def get_note(library: Library, note_id: int) -> Note:
    """One stored note, read fresh (a list shows a colleague's change or an undo)."""
    with library.reading() as session:
        found = one_note(session, note_id)
    if found is None:
        raise NotFoundError(N_("That note no longer exists (it may have been deleted)."))
    return found


def note_ids(library: Library, teaching_id: int) -> set[int]:
    """The ids of a teaching's stored notes (a list finds which were deleted, cheaply)."""
    with library.reading() as session:
        return set(session.scalars(select(ObservationNote.id)
                                   .where(ObservationNote.teaching_id == teaching_id)))


def note_choices(library: Library, teaching_id: int) -> NoteChoices:
    """The segments, groups, observers and case pupils a note of this teaching may name."""
    with library.reading() as session:
        teaching = _teaching(session, teaching_id)
        version = session.get_one(LessonVersion, teaching.version_id)
        segments = session.scalars(select(Segment).where(Segment.version_id == version.id)
                                   .order_by(Segment.position))
        groups = session.scalars(select(ObserverGroup).where(
            ObserverGroup.teaching_id == teaching.id).order_by(ObserverGroup.position))
        observers = session.scalars(select(Observer).where(Observer.teaching_id == teaching.id)
                                    .order_by(Observer.position, Observer.id))
        pupils = session.scalars(select(CasePupil).where(CasePupil.lesson_id == version.lesson_id)
                                 .order_by(CasePupil.label))
        return NoteChoices(
            segments=tuple((s.id, s.title) for s in segments),
            groups=tuple((g.id, g.name) for g in groups),
            observers=tuple((o.id, o.name, o.group_id) for o in observers),
            case_pupils=tuple((p.id, p.label) for p in pupils),
        )


def checked_fields(session: Session, teaching: Teaching, fields: NoteFields) -> NoteFields:
    """The fields, tidied, or a ValidationError listing every problem (for batch writers)."""
    return _checked(session, teaching, fields)


def _checked(session: Session, teaching: Teaching, fields: NoteFields) -> NoteFields:
    """The fields, tidied, or a ValidationError listing every problem."""
    problems = []
    text = fields.text.strip()
    if not text:
        problems.append(_("A note needs some text."))
    if fields.kind not in set(NoteKind):
        problems.append(_("'{kind}' is not a kind of note (evidence, interpretation or "
                          "question).").format(kind=fields.kind))
    elapsed = fields.elapsed_seconds
    if elapsed is not None and not 0 <= elapsed <= MAX_LESSON_SECONDS:
        problems.append(_("A note's time must lie between 0:00 and {limit} into the lesson.")
                        .format(limit=format_duration(MAX_LESSON_SECONDS)))
    problems += _foreign_problems(session, teaching, fields)
    if problems:
        raise ValidationError.from_problems(N_("This note cannot be saved"), problems)
    return replace(fields, text=text)


def _foreign_problems(session: Session, teaching: Teaching, fields: NoteFields) -> list[str]:
    version = session.get_one(LessonVersion, teaching.version_id)
    problems = []
    segment = session.get(Segment, fields.segment_id) if fields.segment_id else None
    if fields.segment_id and (segment is None or segment.version_id != version.id):
        problems.append(_("That segment is not part of the plan this teaching used."))
    group = session.get(ObserverGroup, fields.group_id) if fields.group_id else None
    if fields.group_id and (group is None or group.teaching_id != teaching.id):
        problems.append(_("That observer group does not belong to this teaching."))
    observer = session.get(Observer, fields.observer_id) if fields.observer_id else None
    if fields.observer_id and (observer is None or observer.teaching_id != teaching.id):
        problems.append(_("That observer is not at this teaching."))
    pupil = session.get(CasePupil, fields.case_pupil_id) if fields.case_pupil_id else None
    if fields.case_pupil_id and (pupil is None or pupil.lesson_id != version.lesson_id):
        problems.append(_("That case pupil belongs to another lesson."))
    return problems


def _columns(fields: NoteFields) -> dict[str, object]:
    return {"text": fields.text, "kind": str(fields.kind), "segment_id": fields.segment_id,
            "elapsed_seconds": fields.elapsed_seconds, "group_id": fields.group_id,
            "observer_id": fields.observer_id, "case_pupil_id": fields.case_pupil_id,
            "flagged": fields.flagged}


def note_row(session: Session, note_id: int) -> ObservationNote:
    """The stored note, for services that change it (photos), or NotFoundError."""
    row = session.get(ObservationNote, note_id)
    if row is None:
        raise NotFoundError(N_("That note no longer exists (it may have been deleted)."))
    return row


def _teaching(session: Session, teaching_id: int) -> Teaching:
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(N_("There is no teaching {teaching_id} in this library."),
                            teaching_id=teaching_id)
    return teaching
