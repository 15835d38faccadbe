"""The post-lesson conference report: one PDF that records the open class and its debrief.

Order follows the conversation: cover (lesson, team, teacher, date,
observers by group), research theme and goals, the lesson flow planned
against actual with its timeline, observer groups and foci, the conference
agenda with the record of what was said at each step, feedback by focus and
type, critical friends' feedback, each group's key ideas (typed, or beside
their iBoard photo), action items, the feedback principles, and every
observation note by segment and group.

Usage::

    from lessonstudy.printing.report import build_conference_report
    build_conference_report(data, Path("report.pdf"))
"""

from __future__ import annotations

from pathlib import Path

from lessonstudy.domain.conference_report import ConferenceReportData
from lessonstudy.i18n import _, print_language
from lessonstudy.i18n.formats import format_date
from lessonstudy.printing.document import BuildResult, DocumentMeta, Margins, build_pdf
from lessonstudy.printing.photos import PhotoFiles
from lessonstudy.printing.report.classroom import classroom_sections
from lessonstudy.printing.report.closing import actions_section, principles_section
from lessonstudy.printing.report.cover import cover, groups_section, theme_section
from lessonstudy.printing.report.feedback import critical_friends_section, feedback_section
from lessonstudy.printing.report.flow import agenda_section, flow_section
from lessonstudy.printing.report.iboards import iboards_section
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import Paper

__all__ = ["build_conference_report", "report_meta"]


def report_meta(data: ConferenceReportData) -> DocumentMeta:
    """Header text and PDF properties of the report."""
    when = format_date(data.teaching_date, "medium") if data.teaching_date else ""
    subtitle = " · ".join(part for part in (when, data.class_name, data.teacher) if part)
    return DocumentMeta(
        title=_("Conference report") + f": {data.lesson_title}", subtitle=subtitle,
        author=data.recorder or data.team, subject=_("Post-lesson conference report"),
        keywords=("lesson study", "open class", "conference"))


def build_conference_report(data: ConferenceReportData, path: Path, *, paper: Paper = Paper.A4,
                            invariant: bool = False, language: str | None = None) -> BuildResult:
    """Lay out and write the report in ``language`` (None: the one in force).

    Photos go through temporary files, removed afterwards.
    """
    with print_language(language):
        return _build(data, path, paper, invariant)


def _build(data: ConferenceReportData, path: Path, paper: Paper, invariant: bool) -> BuildResult:
    from lessonstudy.printing.evidence import evidence_story  # it uses report.textcache

    margins = Margins()
    width = paper.size[0] - margins.left - margins.right
    with PhotoFiles() as files:
        content = [
            *cover(data, width),
            theme_section(data, width),
            flow_section(data, width),
            groups_section(data, width),
            agenda_section(data, width),
            feedback_section(data, width),
            critical_friends_section(data, width),
            iboards_section(data, width, files),
            *classroom_sections(data.classroom, width),
            actions_section(data, width),
            principles_section(data),
            Section(_("Evidence by segment"), evidence_story(data.notes, width)),
        ]
        return build_pdf(path, content, report_meta(data), paper=paper, margins=margins,
                         invariant=invariant)
