"""Everything the observation forms of one teaching print, read once as plain data.

Forms for a research lesson combine the lesson plan (segments with derived
times, goals, research theme), the case pupils, the observer groups with
their focus and prompts, the observers and their roles, and the feedback
principles. Printing must not touch the database (it runs off the GUI thread
and is timed), so this module reads it all in one short transaction and hands
out frozen dataclasses. The lesson plan part comes from
:func:`lessonstudy.services.plans.plan_from`, so forms and the plan print
always agree on segment times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.classroom_print import ClassroomPrint
from lessonstudy.domain.conference import default_principles
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.observation_form import FormColumn, columns_for_focus
from lessonstudy.i18n import N_, _
from lessonstudy.services.classroom_print import classroom_print_in
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.plans import plan_from
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Conference, Observer, Teaching


@dataclass(frozen=True)
class FormSegment:
    """A row of the grid: the segment's identity, title, kind and planned times."""

    id: int
    lineage: str
    number: int
    title: str
    kind: SegmentKind
    start: int
    end: int

    @property
    def seconds(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class FormCasePupil:
    """A case pupil column: label (A, B, C), whom they typify, their success criterion."""

    id: int
    uuid: str
    label: str
    typifies: str
    success_criterion: str


@dataclass(frozen=True)
class FormObserver:
    """A person who gets their own form with ``--per-observer``."""

    id: int
    uuid: str
    name: str
    school: str
    role: str

    @property
    def critical_friend(self) -> bool:
        return self.role == "critical_friend"


@dataclass(frozen=True)
class FormGroup:
    """An observer group: its focus, prompts (one per line), columns and members."""

    id: int
    uuid: str
    number: int
    name: str
    focus: str
    prompts: tuple[str, ...]
    convenor: str
    observers: tuple[FormObserver, ...]

    @property
    def columns(self) -> tuple[FormColumn, ...]:
        return columns_for_focus(self.focus)


@dataclass(frozen=True)
class TeachingForms:
    """One teaching's forms: the shared lesson header plus every group."""

    teaching_id: int
    teaching_uuid: str
    teaching_kind: str
    lesson_title: str
    subject: str
    grade: str
    class_name: str
    date: date | None
    teacher: str
    room: str
    version_number: int
    research_theme: str
    lesson_goals: str
    principles: tuple[str, ...]
    segments: tuple[FormSegment, ...]
    case_pupils: tuple[FormCasePupil, ...]
    groups: tuple[FormGroup, ...]
    classroom: ClassroomPrint | None = None  # the map page and the prediction column

    def group(self, group_id: int) -> FormGroup:
        return next(g for g in self.groups if g.id == group_id)


def load_forms(library: Library, teaching_ref: str | int) -> TeachingForms:
    """The forms of a teaching (by id or lesson title); refuses one with nothing to print."""
    with library.reading() as session:
        teaching = find_teaching(session, teaching_ref)
        version = teaching.version
        lesson = version.lesson
        plan = plan_from(session, lesson, version)
        forms = TeachingForms(
            teaching_id=teaching.id,
            teaching_uuid=teaching.uuid,
            teaching_kind=teaching.kind,
            lesson_title=lesson.title,
            subject=lesson.subject,
            grade=lesson.grade,
            class_name=teaching.class_name,
            date=teaching.date,
            teacher=teaching.teacher,
            room=teaching.room,
            version_number=version.number,
            research_theme=plan.research_theme,
            lesson_goals=lesson.goals,
            principles=_principles(session, teaching),
            segments=tuple(
                FormSegment(s.id, s.lineage, s.number, s.title, s.kind, s.start, s.end)
                for s in plan.segments
            ),
            case_pupils=tuple(
                FormCasePupil(p.id, p.uuid, p.label, p.typifies, p.success_criterion)
                for p in lesson.case_pupils
            ),
            groups=_groups(teaching),
            classroom=classroom_print_in(session, teaching, observed=False),
        )
    _check_printable(forms)
    return forms


def _principles(session: Session, teaching: Teaching) -> tuple[str, ...]:
    """The conference's agreed principles if it has some, else the default five."""
    conference = session.scalar(select(Conference).where(Conference.teaching_id == teaching.id))
    lines = (
        []
        if conference is None
        else [line.strip() for line in conference.principles.splitlines() if line.strip()]
    )
    return tuple(lines) or default_principles()


def _groups(teaching: Teaching) -> tuple[FormGroup, ...]:
    groups = []
    for number, group in enumerate(
        sorted(teaching.groups, key=lambda g: (g.position, g.id)), start=1
    ):
        members = sorted(group.observers, key=lambda o: (o.position, o.id))
        groups.append(
            FormGroup(
                id=group.id,
                uuid=group.uuid,
                number=number,
                name=group.name,
                focus=group.focus,
                prompts=tuple(p.strip() for p in group.prompts.splitlines() if p.strip()),
                convenor=group.convenor,
                observers=tuple(_observer(o) for o in members),
            )
        )
    return tuple(groups)


def _observer(row: Observer) -> FormObserver:
    return FormObserver(row.id, row.uuid, row.name, row.school, row.role)


def _check_printable(forms: TeachingForms) -> None:
    problems = []
    if not forms.segments:
        problems.append(
            _("version {number} of '{title}' has no segments yet: plan the "
              "lesson first").format(
                number=forms.version_number, title=forms.lesson_title)
        )
    if not forms.groups:
        problems.append(_("the teaching has no observer groups: add groups (and observers) first"))
    if problems:
        raise ValidationError.from_problems(N_("There are no observation forms to print:"),
                                            problems)
