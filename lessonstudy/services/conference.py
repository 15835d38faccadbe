"""The post-lesson conference of a teaching: who runs it, its principles, its timed agenda.

A conference is prepared once per teaching: the agenda follows the protocol
(domain/agenda.py) with one report per observer group, and the five feedback
principles are filled in. The recorder then edits names, minutes and
principles and stores the time each step actually took. Feedback and actions
live in :mod:`feedback` and :mod:`actions`; this module hands out the
conference as a whole, with the choices (groups, segments, people) the
screens offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.agenda import protocol_agenda
from lessonstudy.domain.conference import (
    check_agenda_minutes,
    checked_principles,
    default_principles,
    principles_from_text,
)
from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import N_, _, using_language
from lessonstudy.services.key_ideas import group_idea_counts
from lessonstudy.services.library_settings import library_language
from lessonstudy.services.lookup import find_teaching
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    AgendaItem,
    Conference,
    Observer,
    Teaching,
)

MAX_RECORD_CHARS = 20_000
"""A generous page or two of typing per step; longer text is refused, not cut."""


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda step: planned minutes (None: not planned), seconds taken (if timed), record."""

    id: int
    position: int
    kind: str
    title: str
    speaker: str
    planned_minutes: int | None
    actual_seconds: int | None
    record: str = ""
    row_version: int = 0


@dataclass(frozen=True)
class GroupChoice:
    """An observer group as the conference offers it: focus, critical friends, key ideas."""

    id: int
    name: str
    focus: str
    critical_friends: tuple[str, ...]
    key_idea_count: int


@dataclass(frozen=True)
class SegmentChoice:
    """A segment of the taught version that feedback and actions can point at."""

    id: int
    lineage: str
    position: int
    title: str


@dataclass(frozen=True)
class ConferenceInfo:
    """A conference with its agenda and the choices its screens need."""

    id: int
    teaching_id: int
    lesson_id: int
    lesson_title: str
    version_id: int
    version_number: int
    teacher: str
    facilitator: str
    recorder: str
    principles: tuple[str, ...]
    agenda: tuple[AgendaEntry, ...]
    groups: tuple[GroupChoice, ...]
    segments: tuple[SegmentChoice, ...]
    people: tuple[str, ...]
    row_version: int = 0  # the conference's version when read (the details form sends it back)


def load_conference(library: Library, teaching: str | int) -> ConferenceInfo | None:
    """The teaching's conference, or None if it has not been prepared yet."""
    with library.reading() as session:
        found = find_teaching(session, teaching)
        conference = session.scalar(select(Conference).where(Conference.teaching_id == found.id))
        return None if conference is None else _info(session, conference)


def open_conference(library: Library, teaching: str | int) -> ConferenceInfo:
    """The teaching's conference, prepared with the protocol agenda if it has none."""
    with library.unit_of_work() as session:
        found = find_teaching(session, teaching)
        conference = session.scalar(select(Conference).where(Conference.teaching_id == found.id))
        if conference is None:
            conference = _prepare(session, found)
        return _info(session, conference)


def update_details(library: Library, conference_id: int, *, facilitator: str, recorder: str,
                   principles: Sequence[str],
                   expected_version: int | None = None) -> ConferenceInfo:
    """Change who facilitates and records, and the agreed principles.

    With ``expected_version`` (the conference's ``row_version`` when the form
    was loaded), details someone else saved meanwhile raise ConflictError.
    """
    cleaned = checked_principles(principles)
    with library.unit_of_work() as session:
        conference = conference_row(session, conference_id)
        check_row_version(conference, expected_version)
        conference.facilitator = facilitator.strip()
        conference.recorder = recorder.strip()
        conference.principles = "\n".join(cleaned)
        session.flush()
        return _info(session, conference)


def update_agenda_item(library: Library, item_id: int, *, title: str, speaker: str,
                       planned_minutes: int | None) -> AgendaEntry:
    """Rename a step, change its speaker or its planned minutes (None: not planned)."""
    if not title.strip():
        raise ValidationError(N_("An agenda step needs a title."))
    if planned_minutes is not None:
        check_agenda_minutes(planned_minutes)
    with library.unit_of_work() as session:
        item = _agenda_item(session, item_id)
        item.title, item.speaker = title.strip(), speaker.strip()
        item.planned_minutes = planned_minutes
        session.flush()
        return _entry(item)


def write_agenda_record(library: Library, item_id: int, text: str,
                        expected_version: int | None = None) -> AgendaEntry:
    """Store what was said during a step (the reflection, the discussion, the final comments).

    With ``expected_version`` (the step's ``row_version`` when the record was
    loaded), a record someone else saved meanwhile raises ConflictError.
    """
    cleaned = text.strip()
    if len(cleaned) > MAX_RECORD_CHARS:
        raise ValidationError(_("The record of a step is longer than {limit} characters; "
                                "split it over the steps.").format(limit=MAX_RECORD_CHARS))
    with library.unit_of_work() as session:
        item = _agenda_item(session, item_id)
        check_row_version(item, expected_version)
        if item.record != cleaned:
            item.record = cleaned
            item.updated_at = utcnow()
        session.flush()
        return _entry(item)


def record_agenda_time(library: Library, item_id: int, seconds: int | None) -> AgendaEntry:
    """Store how long a step took in all (None clears it)."""
    if seconds is not None and not 0 <= seconds <= 24 * 3600:
        raise ValidationError(N_("The time used by a step must be between 0 and 24 hours."))
    with library.unit_of_work() as session:
        item = _agenda_item(session, item_id)
        item.actual_seconds = seconds
        session.flush()
        return _entry(item)


# -- helpers ----------------------------------------------------------------


def _prepare(session: Session, teaching: Teaching) -> Conference:
    """A new conference with the protocol's agenda and principles, in the library's language."""
    with using_language(library_language(session)):
        return _prepare_in_language(session, teaching)


def _prepare_in_language(session: Session, teaching: Teaching) -> Conference:
    groups = list(teaching.groups)
    observers = _observers(session, teaching.id)
    knowledgeable = next((o.name for o in observers
                          if o.role == ObserverRole.KNOWLEDGEABLE_OTHER), "")
    conference = Conference(teaching_id=teaching.id, principles="\n".join(default_principles()))
    session.add(conference)
    session.flush()
    steps = protocol_agenda([(g.name, g.focus) for g in groups], teacher=teaching.teacher,
                            knowledgeable_other=knowledgeable)
    session.add_all(AgendaItem(conference_id=conference.id, position=i, kind=s.kind.value,
                               title=s.title, speaker=s.speaker,
                               planned_minutes=s.planned_minutes)
                    for i, s in enumerate(steps))
    session.flush()
    return conference


def _observers(session: Session, teaching_id: int) -> list[Observer]:
    return list(session.scalars(select(Observer).where(Observer.teaching_id == teaching_id)
                                .order_by(Observer.position, Observer.id)))


def _info(session: Session, conference: Conference) -> ConferenceInfo:
    teaching = session.get_one(Teaching, conference.teaching_id)
    version = teaching.version
    observers = _observers(session, teaching.id)
    agenda = session.scalars(select(AgendaItem).where(AgendaItem.conference_id == conference.id)
                             .order_by(AgendaItem.position, AgendaItem.id))
    return ConferenceInfo(
        id=conference.id, teaching_id=teaching.id, lesson_id=version.lesson_id,
        lesson_title=version.lesson.title, version_id=version.id, version_number=version.number,
        teacher=teaching.teacher, facilitator=conference.facilitator,
        recorder=conference.recorder, principles=principles_from_text(conference.principles),
        agenda=tuple(_entry(item) for item in agenda),
        groups=_group_choices(session, teaching, observers),
        segments=tuple(SegmentChoice(s.id, s.lineage, s.position, s.title)
                       for s in version.segments),
        people=tuple(o.name for o in observers),
        row_version=conference.row_version,
    )


def _group_choices(session: Session, teaching: Teaching,
                   observers: list[Observer]) -> tuple[GroupChoice, ...]:
    counts = group_idea_counts(session, teaching.id)
    return tuple(
        GroupChoice(g.id, g.name, g.focus,
                    tuple(o.name for o in observers
                          if o.group_id == g.id and o.role == ObserverRole.CRITICAL_FRIEND),
                    counts.get(g.id, 0))
        for g in teaching.groups
    )


def _entry(item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(item.id, item.position, item.kind, item.title, item.speaker,
                       item.planned_minutes, item.actual_seconds, item.record or "",
                       item.row_version)


def conference_row(session: Session, conference_id: int) -> Conference:
    conference = session.get(Conference, conference_id)
    if conference is None:
        raise NotFoundError(N_("No conference with id {conference_id}; it may have been deleted."),
                            conference_id=conference_id)
    return conference


def _agenda_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(N_("No agenda step with id {item_id}; it may have been deleted."),
                            item_id=item_id)
    return item
