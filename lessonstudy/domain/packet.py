"""Everything a debrief packet prints, as plain data the printer can lay out without a database.

A packet covers many lessons, so it is read in a handful of queries for the
whole selection (see :mod:`lessonstudy.services.packet_data`) into these
records. Photos travel without their bytes: each :class:`PacketPhoto` has an
id, and the printer asks a :data:`ThumbnailSource` for the thumbnails of one
lesson at a time, writing each straight to a temporary file, so memory stays
bounded however many lessons are selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lessonstudy.domain.actuals import PlanVersusActual
from lessonstudy.domain.department import DepartmentRow, date_range_text
from lessonstudy.domain.evidence_notes import EvidenceNote
from lessonstudy.i18n import N_

ThumbnailSource = Callable[[Sequence[int]], Iterable[tuple[int, bytes]]]
"""Given photo ids, yields (photo id, thumbnail JPEG bytes) one photo at a time."""


@dataclass(frozen=True)
class PacketVersion:
    """One version of a lesson and, from the second on, what changed since the one before."""

    number: int
    status: str
    author: str
    change_summary: str
    planned_seconds: int
    changes: tuple[str, ...] = ()
    taught_here: bool = False


@dataclass(frozen=True)
class PacketFeedback:
    """One feedback item as the conference summary prints it."""

    type: str
    focus: str
    text: str
    author: str
    group: str
    critical_friend: bool


@dataclass(frozen=True)
class PacketPhoto:
    """An iBoard photo on the contact sheet: which group, its caption and key ideas."""

    id: int
    width: int
    height: int
    group: str
    caption: str
    key_ideas: tuple[str, ...] = ()


@dataclass(frozen=True)
class PacketKeyIdeas:
    """A group's key ideas typed without a photo (a filled form, lesson JSON, the CLI)."""

    group: str
    ideas: tuple[str, ...]


@dataclass(frozen=True)
class PacketAgendaRecord:
    """What was said at one conference step (the reflection, the final comments…)."""

    title: str
    speaker: str
    record: str


@dataclass(frozen=True)
class PacketAction:
    """An agreed action and where it stands."""

    text: str
    owner: str
    status: str
    target: str
    closed_by_version: int | None


@dataclass(frozen=True)
class PacketLesson:
    """One debriefed teaching: its lesson, flow, versions, conference, photos and actions."""

    row: DepartmentRow
    grade: str
    goals: str
    room: str
    facilitator: str
    recorder: str
    flow: PlanVersusActual
    versions: tuple[PacketVersion, ...]
    group_foci: tuple[str, ...]
    feedback: tuple[PacketFeedback, ...]
    photos: tuple[PacketPhoto, ...]
    actions: tuple[PacketAction, ...]
    typed_key_ideas: tuple[PacketKeyIdeas, ...] = ()
    notes: tuple[EvidenceNote, ...] = ()
    conference_record: tuple[PacketAgendaRecord, ...] = ()

    @property
    def title(self) -> str:
        return self.row.lesson_title


DEFAULT_PACKET_TITLE = N_("Lesson study debrief packet")
"""The cover's title unless the department head gives one (printed in the packet's language)."""


@dataclass(frozen=True)
class PacketOptions:
    """Choices the department head makes when printing: title, school, duplex."""

    title: str = DEFAULT_PACKET_TITLE
    school: str = ""
    odd_pages: bool = False


@dataclass(frozen=True)
class PacketData:
    """The selected lessons in printing order, with what the cover says about them.

    ``lessons`` may be read lazily (a long packet reads a few lessons at a
    time as the printer reaches them, see
    :class:`lessonstudy.services.packet_data.LessonChunks`), so whatever the
    front matter needs for every lesson is here too: ``rows`` (one per
    lesson, same order) and ``photo_count``.
    """

    lessons: Sequence[PacketLesson]
    printed_on: date
    schools: tuple[str, ...] = field(default=())
    subjects: tuple[str, ...] = field(default=())
    rows: tuple[DepartmentRow, ...] = field(default=())
    photo_count: int = 0

    @property
    def date_range(self) -> str:
        return date_range_text(row.date for row in self.rows)
