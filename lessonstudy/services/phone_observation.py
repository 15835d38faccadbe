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
from sqlalchemy.orm import Session

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import ClockError, LessonStudyError, NotFoundError, ValidationError
from lessonstudy.domain.lesson_clock import ClockPhase, running_segment
from lessonstudy.i18n import _
from lessonstudy.imaging import ProcessedPhoto
from lessonstudy.imaging.pipeline import process_photo
from lessonstudy.services import key_ideas, live, notes, observers
from lessonstudy.services.note_records import Note, NoteFields, note_from
from lessonstudy.services.observer_records import GroupBoard, ObserverInput
from lessonstudy.services.photo_import import check_target, store_photo
from lessonstudy.services.photo_records import KEY_IDEA_COUNT, ImportOutcome, ImportTarget
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    ClassroomMap,
    ClassroomPlace,
    ClassroomSeat,
    KeyIdea,
    LessonVersion,
    NotePlace,
    ObservationNote,
    Observer,
    Teaching,
)

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


@dataclass(frozen=True)
class SeatChoice:
    """A pupil's seat on the teaching's classroom map, as a phone offers it."""

    id: int
    table: str
    label: str
    case_pupil_id: int | None = None


@dataclass(frozen=True)
class PhoneRoster:
    """What a joining phone is shown: groups and names, and what a note may be about."""

    board: GroupBoard
    case_pupils: tuple[tuple[int, str], ...]
    seats: tuple[SeatChoice, ...]  # empty when the teaching has no classroom map


def roster(library: Library, teaching_id: int) -> PhoneRoster:
    """The teaching's groups (focus, prompts, convenor), observers, case pupils and seats."""
    board = observers.load_board(library, teaching_id)
    with library.unit_of_work() as session:
        teaching = session.get(Teaching, teaching_id)
        if teaching is None:
            raise NotFoundError(_("This teaching is no longer in the library."))
        lesson_id = session.scalar(select(LessonVersion.lesson_id)
                                   .where(LessonVersion.id == teaching.version_id))
        pupils = session.execute(select(CasePupil.id, CasePupil.label)
                                 .where(CasePupil.lesson_id == lesson_id)
                                 .order_by(CasePupil.label)).all()
        seats = session.execute(
            select(ClassroomSeat.id, ClassroomPlace.label, ClassroomSeat.label,
                   ClassroomSeat.case_pupil_id)
            .join(ClassroomPlace, ClassroomPlace.id == ClassroomSeat.place_id)
            .join(ClassroomMap, ClassroomMap.id == ClassroomPlace.map_id)
            .where(ClassroomMap.teaching_id == teaching_id)
            .order_by(ClassroomPlace.position, ClassroomPlace.id, ClassroomSeat.position)).all()
    return PhoneRoster(board, tuple((p.id, p.label) for p in pupils),
                       tuple(SeatChoice(*row) for row in seats))


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


@dataclass(frozen=True)
class PhoneNote:
    """One note as a phone sent it: its own id, the text, and the segment the phone showed."""

    observer_id: int
    client_id: str
    text: str
    kind: str = NoteKind.EVIDENCE
    seen_segment_id: int | None = None
    case_pupil_id: int | None = None
    seat_id: int | None = None  # a seat on the teaching's classroom map
    flagged: bool = False


NoteOutcome = Note | LessonStudyError


def add_notes(library: Library, teaching_id: int, batch: Sequence[PhoneNote],
              now: datetime) -> list[NoteOutcome]:
    """Store phones' notes in one transaction (one disk sync for all of them).

    Each note is stamped with the running segment and the elapsed time at
    ``now`` and checked like a note typed in the window; each gets its own
    outcome: the stored note, or the error that refused it (a resend of a
    stored note is a :class:`DuplicateNoteError`, a note written for a segment
    that has ended a :class:`SegmentEndedError`). A refused note stores
    nothing; the others are stored. Called by the observation server's note
    writer, which gathers the notes that arrive while the previous batch is
    being written: 100 phones cost a few syncs a second, not one per note.
    """
    lesson = live.load_live(library, teaching_id)
    elapsed, segment_id = stamp(lesson, now)
    with library.unit_of_work() as session:
        teaching = session.get(Teaching, teaching_id)
        if teaching is None:
            raise NotFoundError(_("This teaching is no longer in the library."))
        keys = [_key(teaching_id, item) for item in batch]
        stored = _stored_by_uuid(session, [k for k in keys if isinstance(k, str)])
        people = {o.id: o for o in session.scalars(select(Observer).where(
            Observer.id.in_({item.observer_id for item in batch})))}
        seats = _map_seats(session, teaching_id) if any(i.seat_id for i in batch) else {}
        outcomes: list[NoteOutcome | ObservationNote] = []
        about: list[tuple[ObservationNote, int]] = []
        for item, key in zip(batch, keys, strict=True):
            if isinstance(key, LessonStudyError):
                outcomes.append(key)
            elif key in stored:
                outcomes.append(DuplicateNoteError(note_from(session, stored[key])))
            else:
                row = _new_row(session, teaching, item, key, elapsed, segment_id, people, seats)
                if isinstance(row, ObservationNote):
                    stored[key] = row
                    if item.seat_id is not None:
                        about.append((row, item.seat_id))
                outcomes.append(row)
        session.flush()
        if about:  # which seat each note is about, as the window's classroom map records it
            session.add_all([NotePlace(note_id=row.id, seat_id=seat) for row, seat in about])
            session.flush()
        return [note_from(session, o) if isinstance(o, ObservationNote) else o
                for o in outcomes]


def stamp(lesson: live.LiveLesson, now: datetime) -> tuple[int | None, int | None]:
    """(elapsed seconds, running segment id) at ``now``, as the window stamps quick notes."""
    if lesson.clock.phase not in (ClockPhase.RUNNING, ClockPhase.PAUSED):
        return None, None
    elapsed = lesson.clock.elapsed(now)
    index = running_segment(lesson.starts(), lesson.planned, elapsed)
    return elapsed, lesson.segments[index].id if index is not None else None


def _map_seats(session: Session, teaching_id: int) -> dict[int, int | None]:
    """Seat id → its case pupil, for every seat on the teaching's classroom map."""
    rows = session.execute(
        select(ClassroomSeat.id, ClassroomSeat.case_pupil_id)
        .join(ClassroomPlace, ClassroomPlace.id == ClassroomSeat.place_id)
        .join(ClassroomMap, ClassroomMap.id == ClassroomPlace.map_id)
        .where(ClassroomMap.teaching_id == teaching_id))
    return {seat_id: pupil_id for seat_id, pupil_id in rows}


def _new_row(session: Session, teaching: Teaching, item: PhoneNote, key: str,
             elapsed: int | None, segment_id: int | None, people: dict[int, Observer],
             seats: dict[int, int | None]) -> ObservationNote | LessonStudyError:
    person = people.get(item.observer_id)
    if person is None or person.teaching_id != teaching.id:
        return NotFoundError(_("That observer is no longer on this observation's list."))
    if item.kind not in set(NoteKind):
        return ValidationError(_("'{kind}' is not a kind of note.").format(kind=item.kind))
    if item.seen_segment_id is not None and segment_id is not None and \
            item.seen_segment_id != segment_id:
        return SegmentEndedError(_("That segment has ended; the note was not saved. "
                                   "Check it and send it again for the running segment."))
    if item.seat_id is not None and item.seat_id not in seats:
        return ValidationError(_("That seat is not on this teaching's classroom map "
                                 "(it may have been removed); choose the seat again."))
    pupil = item.case_pupil_id
    if pupil is None and item.seat_id is not None:
        pupil = seats[item.seat_id]  # the case pupil who sits there, as in the window
    fields = NoteFields(text=item.text, kind=item.kind, segment_id=segment_id,
                        elapsed_seconds=elapsed, group_id=person.group_id,
                        observer_id=person.id, case_pupil_id=pupil, flagged=item.flagged)
    try:
        fields = notes.checked_fields(session, teaching, fields)
    except ValidationError as error:
        return error
    row = ObservationNote(teaching_id=teaching.id, source=PHONE_SOURCE, uuid=key,
                          text=fields.text, kind=str(fields.kind), segment_id=fields.segment_id,
                          elapsed_seconds=fields.elapsed_seconds, group_id=fields.group_id,
                          observer_id=fields.observer_id, case_pupil_id=fields.case_pupil_id,
                          flagged=fields.flagged)
    session.add(row)
    return row


def _key(teaching_id: int, item: PhoneNote) -> str | LessonStudyError:
    try:
        return _note_uuid(teaching_id, item.observer_id, item.client_id)
    except ValidationError as error:
        return error


def _stored_by_uuid(session: Session, keys: list[str]) -> dict[str, ObservationNote]:
    if not keys:
        return {}
    rows = session.scalars(select(ObservationNote).where(ObservationNote.uuid.in_(keys)))
    return {row.uuid: row for row in rows}


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
    photo the teaching already has comes back as a DUPLICATE outcome. (The
    server decodes in a worker process instead and calls :func:`store_phone_photo`.)
    """
    shown = photo_name(name)
    return store_phone_photo(library, teaching_id, observer_id,
                             process_photo(data, name=shown), shown, now)


def photo_name(name: str) -> str:
    """The file name a phone gave, without any folder, for messages and the gallery."""
    return Path(name).name[:100] or "photo.jpg"


def store_phone_photo(library: Library, teaching_id: int, observer_id: int,
                      photo: ProcessedPhoto, name: str, now: datetime,
                      seen_segment_id: int | None = None) -> ImportOutcome:
    """Store a decoded phone photo under the observer's group and its segment.

    The segment is the one the phone showed when the photo was taken
    (``seen_segment_id``; a photo kept on the phone through a Wi-Fi drop arrives
    segments later), checked against the plan like a desktop import's, else the
    running one. The teaching knows a photo it has by its bytes: a resend after
    a lost answer comes back as a DUPLICATE outcome, stored once.
    """
    person = observers.find_observer(library, observer_id)
    segment_id = seen_segment_id
    if segment_id is None:
        segment_id = clock_view(library, teaching_id, now).segment_id
    target = ImportTarget(teaching_id, person.group_id, "", segment_id)
    return store_photo(library, check_target(library, target), photo, Path(name))


def group_key_ideas(library: Library, teaching_id: int, group_id: int) -> list[str]:
    """The group's typed (photo-less) key ideas at positions 1–4, blanks for empty places."""
    with library.reading() as session:
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
