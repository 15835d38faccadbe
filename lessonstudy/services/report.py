"""The conference report of a teaching: read everything it prints, then print it.

``lessonstudy report TEACHING --out FILE.pdf`` and the conference screen's
"Report…" button both call :func:`write_conference_report`. Reading happens
in one short transaction into plain records
(:mod:`lessonstudy.domain.conference_report`); the PDF is laid out afterwards,
with the printing package imported only then so that the command line and
the window start fast.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.conference import default_principles, principles_from_text
from lessonstudy.domain.conference_report import (
    ConferenceReportData,
    ReportAction,
    ReportAgendaItem,
    ReportFeedback,
    ReportGroup,
    ReportKeyIdeas,
    ReportObserver,
    ReportPhoto,
)
from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import N_, print_language
from lessonstudy.services.actions import action_record
from lessonstudy.services.classroom_print import classroom_print_in
from lessonstudy.services.evidence import evidence_refs
from lessonstudy.services.evidence_notes import read_evidence_notes
from lessonstudy.services.key_ideas import KeyIdeaSet, key_idea_sets
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.teachings import load_timings
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    AgendaItem,
    Conference,
    FeedbackItem,
    Observer,
    Photo,
    PhotoData,
    Segment,
    Teaching,
)


@dataclass(frozen=True)
class ReportResult:
    """Where the report went, how many pages and bytes it has."""

    path: Path
    pages: int
    size_bytes: int


def write_conference_report(library: Library, teaching: str | int, out: str | Path,
                            language: str | None = None) -> ReportResult:
    """Read the teaching's conference and write its report PDF to ``out`` in ``language``.

    ``language`` is a print language code; None keeps the one in force (the CLI's ``--lang``).
    """
    with print_language(language):
        return _write(library, teaching, Path(out))


def _write(library: Library, teaching: str | int, target: Path) -> ReportResult:
    if target.is_dir():
        raise StorageError(N_("{path} is a folder; give a file name such as report.pdf."),
                           path=target)
    if not target.parent.exists():
        raise StorageError(N_("The folder {path} does not exist."), path=target.parent)
    data = load_report_data(library, teaching)
    from lessonstudy.printing.report import build_conference_report

    built = build_conference_report(data, target)
    return ReportResult(target, built.pages, target.stat().st_size)


def load_report_data(library: Library, teaching: str | int) -> ConferenceReportData:
    """Everything the report prints, as plain data (a teaching without a conference is fine)."""
    with library.reading() as session:
        teaching_id = find_teaching(session, teaching).id
    timings = load_timings(library, teaching_id)
    plan = timings.plan
    with library.reading() as session:
        row = session.get_one(Teaching, teaching_id)
        conference = session.scalar(select(Conference).where(Conference.teaching_id == row.id))
        groups = _groups(session, row)
        ideas = key_idea_sets(session, [row.id]).get(row.id, [])
        return ConferenceReportData(
            lesson_title=plan.title, team=plan.team_name, school=plan.school,
            members=tuple((m.name, m.role) for m in plan.members), teacher=row.teacher,
            teaching_date=row.date, class_name=row.class_name, room=row.room,
            version_number=plan.version.number, research_theme=plan.research_theme,
            cycle_goals=plan.cycle_goals, lesson_goals=plan.goals, rationale=plan.rationale,
            facilitator=conference.facilitator if conference else "",
            recorder=conference.recorder if conference else "",
            flow=timings.comparison, groups=groups,
            agenda=_agenda(session, conference), feedback=_feedback(session, conference),
            photos=_photos(session, row.id, ideas), actions=_actions(session, row),
            principles=(principles_from_text(conference.principles) if conference
                        else default_principles()),
            typed_key_ideas=_typed_ideas(ideas, row),
            notes=tuple(read_evidence_notes(session, [row.id]).get(row.id, ())),
            classroom=classroom_print_in(session, row),
        )


def _groups(session: Session, teaching: Teaching) -> tuple[ReportGroup, ...]:
    people: dict[int | None, list[ReportObserver]] = defaultdict(list)
    for o in session.scalars(select(Observer).where(Observer.teaching_id == teaching.id)
                             .order_by(Observer.position, Observer.id)):
        people[o.group_id].append(ReportObserver(o.name, o.school, o.role))
    return tuple(ReportGroup(g.name, g.focus, g.prompts, g.convenor, tuple(people[g.id]))
                 for g in teaching.groups)


def _agenda(session: Session, conference: Conference | None) -> tuple[ReportAgendaItem, ...]:
    if conference is None:
        return ()
    rows = session.scalars(select(AgendaItem).where(AgendaItem.conference_id == conference.id)
                           .order_by(AgendaItem.position, AgendaItem.id))
    return tuple(ReportAgendaItem(a.title, a.speaker, a.planned_minutes, a.actual_seconds,
                                  a.record or "")
                 for a in rows)


def _feedback(session: Session, conference: Conference | None) -> tuple[ReportFeedback, ...]:
    if conference is None:
        return ()
    rows = list(session.scalars(select(FeedbackItem)
                                .where(FeedbackItem.conference_id == conference.id)
                                .order_by(FeedbackItem.position, FeedbackItem.id)))
    evidence = evidence_refs(session, [r.id for r in rows])
    groups = {g.id: g.name for g in session.get_one(Teaching, conference.teaching_id).groups}
    segments = dict(session.execute(select(Segment.id, Segment.title).where(
        Segment.id.in_([r.segment_id for r in rows if r.segment_id]))).all())
    return tuple(
        ReportFeedback(r.type, r.focus, r.text, r.author, groups.get(r.group_id or 0, ""),
                       segments.get(r.segment_id or 0, ""), r.critical_friend,
                       tuple(e.label for e in evidence.get(r.id, ())), number)
        for number, r in enumerate(rows, start=1))


def _photos(session: Session, teaching_id: int,
            ideas: list[KeyIdeaSet]) -> tuple[ReportPhoto, ...]:
    rows = list(session.scalars(select(Photo).where(Photo.teaching_id == teaching_id)
                                .order_by(Photo.group_id, Photo.taken_at, Photo.id)))
    ids = [p.id for p in rows]
    names = dict(session.execute(select(PhotoData.photo_id, PhotoData.image_sha256)
                                 .where(PhotoData.photo_id.in_(ids))).all())
    stored = photo_store.get_many(session, names.values())  # a missing file is left out
    images = {photo_id: stored.get(name, b"") for photo_id, name in names.items()}
    on_photo = {s.photo_id: s.ideas for s in ideas if s.photo_id is not None}
    names = {g.id: g.name for g in session.get_one(Teaching, teaching_id).groups}
    return tuple(
        ReportPhoto(images[p.id], p.width, p.height, names.get(p.group_id or 0, p.group_label),
                    p.caption, on_photo.get(p.id, ()))
        for p in rows if images.get(p.id))


def _typed_ideas(ideas: list[KeyIdeaSet], teaching: Teaching) -> tuple[ReportKeyIdeas, ...]:
    foci = {g.id: g.focus for g in teaching.groups}
    return tuple(ReportKeyIdeas(s.group_name, foci.get(s.group_id or 0, ""), s.ideas)
                 for s in ideas if s.typed)


def _actions(session: Session, teaching: Teaching) -> tuple[ReportAction, ...]:
    rows = session.scalars(select(ActionItem)
                           .where(ActionItem.lesson_id == teaching.version.lesson_id)
                           .order_by(ActionItem.id))
    records = [action_record(session, r) for r in rows]
    return tuple(ReportAction(r.text, r.owner, r.status, r.target_label, r.feedback_text,
                              r.linked_version_number, r.closed_by_version_number)
                 for r in records)
