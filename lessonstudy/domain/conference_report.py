"""Everything the conference report prints, as plain data.

The report service reads the library into these records and the printing
package lays them out; neither side sees the other's objects. Photos travel
as their stored (already upright and downscaled) JPEG bytes; the printer
writes each to a temporary file and places it by path (DESIGN §8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lessonstudy.domain.actuals import PlanVersusActual
from lessonstudy.domain.classroom_print import ClassroomPrint
from lessonstudy.domain.evidence_notes import EvidenceNote


@dataclass(frozen=True)
class ReportObserver:
    """A person at the open class, as the cover lists them."""

    name: str
    school: str
    role: str


@dataclass(frozen=True)
class ReportGroup:
    """An observer group with its focus, prompts and people."""

    name: str
    focus: str
    prompts: str
    convenor: str
    observers: tuple[ReportObserver, ...] = ()


@dataclass(frozen=True)
class ReportAgendaItem:
    """One conference step: planned minutes (None: not planned), time taken, what was said."""

    title: str
    speaker: str
    planned_minutes: int | None
    actual_seconds: int | None
    record: str = ""


@dataclass(frozen=True)
class ReportFeedback:
    """One feedback item with the names it is printed with."""

    type: str
    focus: str
    text: str
    author: str
    group: str
    segment: str
    critical_friend: bool
    evidence: tuple[str, ...] = ()
    number: int = 0  # its place in the conference's feedback list (notes cite it)


@dataclass(frozen=True)
class ReportPhoto:
    """An iBoard (or student work) photo with the key ideas transcribed from it."""

    jpeg: bytes = field(repr=False)
    width: int
    height: int
    group: str
    caption: str
    key_ideas: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportKeyIdeas:
    """A group's key ideas typed without a photo (a filled form, lesson JSON, the CLI)."""

    group: str
    focus: str
    ideas: tuple[str, ...]


@dataclass(frozen=True)
class ReportAction:
    """An agreed action and where it stands."""

    text: str
    owner: str
    status: str
    target: str
    from_feedback: str
    linked_version: int | None
    closed_by_version: int | None


@dataclass(frozen=True)
class ConferenceReportData:
    """The whole report: cover facts, flow, groups, feedback, key ideas, notes, actions…"""

    lesson_title: str
    team: str
    school: str
    members: tuple[tuple[str, str], ...]
    teacher: str
    teaching_date: date | None
    class_name: str
    room: str
    version_number: int
    research_theme: str
    cycle_goals: str
    lesson_goals: str
    rationale: str
    facilitator: str
    recorder: str
    flow: PlanVersusActual
    groups: tuple[ReportGroup, ...]
    agenda: tuple[ReportAgendaItem, ...]
    feedback: tuple[ReportFeedback, ...]
    photos: tuple[ReportPhoto, ...]
    actions: tuple[ReportAction, ...]
    principles: tuple[str, ...]
    typed_key_ideas: tuple[ReportKeyIdeas, ...] = ()
    notes: tuple[EvidenceNote, ...] = ()
    classroom: ClassroomPrint | None = None  # heat view, tallies, predicted vs observed
