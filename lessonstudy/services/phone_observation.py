"""What observers' phones may read and write during an open class, over the existing services.

The observation page shows the roster, the observer's group focus and prompts,
and the laptop's lesson clock; it sends notes, iBoard photos and key ideas.
Every write goes through the same service (and validation) as the window:
notes through :func:`notes.add_quick_note` (stamped by the lesson clock here,
never by the phone), photos through the desktop import pipeline. A phone's
note carries its own id; the stored note's uuid is derived from it, so a note
resent after a Wi-Fi drop is recognised instead of stored twice.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import ClockError, ValidationError
from lessonstudy.domain.lesson_clock import ClockPhase
from lessonstudy.i18n import _
from lessonstudy.imaging.pipeline import process_photo
from lessonstudy.services import key_ideas, live, notes, observers
from lessonstudy.services.note_records import Note, QuickNote, note_from
from lessonstudy.services.observer_records import GroupBoard, ObserverInput
from lessonstudy.services.photo_import import store_photo
from lessonstudy.services.photo_records import KEY_IDEA_COUNT, ImportOutcome, ImportTarget
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObservationNote

PHONE_SOURCE = "phone"
_NOTE_NAMESPACE = uuidlib.UUID("6f1d7c52-19a0-4c1e-9d0b-0b5e1a9c1919")
CLIENT_ID_CHARS = 64


class SegmentEndedError(ClockError):
    """The note was written for a segment that has ended (the phone showed an old clock)."""


class NotConvenorError(ValidationError):
    """Only the group's convenor types its key ideas from a phone."""


class DuplicateNoteError(ValidationError):
    """This phone sent this note before; it is stored once (``note`` is the stored one)."""

    def __init__(self, note: Note) -> None:
        super().__init__(_("This note was already received."))
        self.note = note


@dataclass(frozen=True)
class ClockView:
    """The laptop's lesson clock as a phone shows it."""

    phase: str
    elapsed: int
    segment_id: int | None
    segment_title: str
    segment_number: int | None
    seconds_left: int
    next_title: str


def roster(library: Library, teaching_id: int) -> GroupBoard:
    """The teaching's groups (focus, prompts, convenor) and observers."""
    return observers.load_board(library, teaching_id)


def clock_view(library: Library, teaching_id: int, now: datetime) -> ClockView:
    lesson = live.load_live(library, teaching_id)
    reading = lesson.reading(now)
    index = reading.current if lesson.clock.phase is not ClockPhase.NOT_STARTED else None
    segment = lesson.segments[index] if index is not None else None
    following = lesson.segments[reading.next] if reading.next is not None else None
    if index is None and lesson.segments:  # not started: the first segment comes next
        following = lesson.segments[0]
    return ClockView(
        phase=str(lesson.clock.phase), elapsed=reading.elapsed,
        segment_id=segment.id if segment else None,
        segment_title=segment.title if segment else "",
        segment_number=index + 1 if index is not None else None,
        seconds_left=reading.seconds_left if segment else 0,
        next_title=following.title if following else "",
    )


def join_as_new(library: Library, teaching_id: int, name: str, group_id: int | None) -> int:
    """Add a visitor who is not on the roster (when the facilitator allows it)."""
    tidy = " ".join(name.split())
    if not tidy:
        raise ValidationError(_("Type your name to join."))
    if len(tidy) > 200:
        raise ValidationError(_("A name can have at most 200 characters."))
    return observers.add_observer(library, teaching_id, ObserverInput(name=tidy), group_id)


def add_note(library: Library, teaching_id: int, observer_id: int, client_id: str,
             text: str, kind: str, seen_segment_id: int | None, now: datetime) -> Note:
    """Store a phone's note on the running segment; refuse a resend or an ended segment."""
    note_uuid = _note_uuid(teaching_id, observer_id, client_id)
    existing = _stored(library, note_uuid)
    if existing is not None:
        raise DuplicateNoteError(existing)
    if kind not in set(NoteKind):
        raise ValidationError(_("'{kind}' is not a kind of note.").format(kind=kind))
    if seen_segment_id is not None:
        running = clock_view(library, teaching_id, now)
        if running.phase in (str(ClockPhase.RUNNING), str(ClockPhase.PAUSED)) and \
                running.segment_id != seen_segment_id:
            raise SegmentEndedError(_("That segment has ended; the note was not saved. "
                                      "Check it and send it again for the running segment."))
    person = observers.find_observer(library, observer_id)
    quick = QuickNote(text=text, kind=kind, group_id=person.group_id, observer_id=observer_id)
    try:
        return notes.add_quick_note(library, teaching_id, quick, now, uuid=note_uuid,
                                    source=PHONE_SOURCE)
    except IntegrityError:  # the same note arrived twice at the same moment
        stored = _stored(library, note_uuid)
        if stored is None:
            raise
        raise DuplicateNoteError(stored) from None


def my_notes(library: Library, teaching_id: int, observer_id: int, group_id: int | None,
             whole_group: bool) -> list[Note]:
    """The observer's own notes, or their group's when the facilitator shares them."""
    found = notes.list_notes(library, teaching_id)
    if whole_group and group_id is not None:
        return [n for n in found if n.fields.group_id == group_id]
    return [n for n in found if n.fields.observer_id == observer_id]


def add_photo(library: Library, teaching_id: int, observer_id: int, data: bytes, name: str,
              now: datetime) -> ImportOutcome:
    """Import one photo from a phone like a desktop photo: upright, no GPS, downscaled.

    A picture that is not an image (or is broken) raises the imaging error; a
    photo the teaching already has comes back as a DUPLICATE outcome.
    """
    person = observers.find_observer(library, observer_id)
    running = clock_view(library, teaching_id, now)
    target = ImportTarget(teaching_id, person.group_id, "", running.segment_id)
    shown = Path(name).name[:100] or "photo.jpg"
    photo = process_photo(data, name=shown)  # PhotoRejectedError for a bad file
    return store_photo(library, target, photo, Path(shown))


def group_key_ideas(library: Library, teaching_id: int, group_id: int) -> list[str]:
    """The group's typed (photo-less) key ideas at positions 1–4, blanks for empty places."""
    with library.unit_of_work() as session:
        observers.get_group(session, teaching_id, group_id)
        rows = session.scalars(select(KeyIdea).where(KeyIdea.group_id == group_id,
                                                     KeyIdea.photo_id.is_(None)))
        ideas = [""] * KEY_IDEA_COUNT
        for row in rows:
            if 1 <= row.position <= KEY_IDEA_COUNT:
                ideas[row.position - 1] = row.text
        return ideas


def set_group_key_ideas(library: Library, teaching_id: int, observer_id: int,
                        ideas: Sequence[str]) -> list[str]:
    """The convenor replaces their group's typed key ideas (blanks dropped, the rest numbered).

    The same typed, photo-less set as ``lessonstudy keyideas`` and a filled
    observation form write (:mod:`lessonstudy.services.key_ideas`); ideas on a
    photo stay with the photo.
    """
    texts = [text for text in key_ideas.checked_ideas(ideas) if text]
    with library.unit_of_work() as session:
        person = observers.get_observer(session, observer_id)
        group = person.group
        if person.teaching_id != teaching_id or group is None or \
                group.convenor.strip() != person.name.strip():
            raise NotConvenorError(_("Only the group's convenor types its key ideas."))
        key_ideas.store_typed_ideas(session, group.id, dict(enumerate(texts, start=1)),
                                    replace=True)
    return texts + [""] * (KEY_IDEA_COUNT - len(texts))


def _note_uuid(teaching_id: int, observer_id: int, client_id: str) -> str:
    tidy = client_id.strip()
    if not tidy or len(tidy) > CLIENT_ID_CHARS or not tidy.isprintable():
        raise ValidationError(_("The note has no valid id; reload the page."))
    return str(uuidlib.uuid5(_NOTE_NAMESPACE, f"{teaching_id}/{observer_id}/{tidy}"))


def _stored(library: Library, note_uuid: str) -> Note | None:
    with library.unit_of_work() as session:
        row = session.scalar(select(ObservationNote).where(ObservationNote.uuid == note_uuid))
        if row is None:
            return None
        return note_from(session, row)

