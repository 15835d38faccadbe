"""The lesson plan print: header, planned timeline, and the flow-of-the-lesson table.

The teaching teacher keeps this on the desk and observers read it before the
open class, so it follows the research-lesson plan teachers know: who
planned it and why (research theme, goals), then one row per segment with
its clock time and the four columns the team discussed — learning
activities and key questions, anticipated student responses, teacher
support, points to evaluate. Landscape A4 gives those columns room; Chinese
wraps per character; every font is embedded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from lessonstudy.domain.timing import format_duration
from lessonstudy.i18n import N_, _, print_language, stacked
from lessonstudy.i18n.vocabulary import segment_kind_name, version_status_name
from lessonstudy.printing.charts import Timeline, TimelineBlock, TimelineRow
from lessonstudy.printing.document import (
    BuildResult,
    DocumentMeta,
    Margins,
    ProgressCallback,
    build_pdf,
)
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.sections import heading
from lessonstudy.printing.styles import Ink, Paper, get_styles, kind_colour, para, style_for
from lessonstudy.printing.textruns import markup

if TYPE_CHECKING:
    from lessonstudy.services.plan_records import LessonPlan, PlanSegment


# ReportLab tables set Helvetica (never embedded) on the canvas unless told otherwise.
_TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), LATIN)

# Column shares of the flow table: time, activities, responses, support, evaluate.
_COLUMNS = (0.12, 0.28, 0.2, 0.2, 0.2)
HEADINGS = (
    N_("Time"),
    N_("Learning activities and key questions"),
    N_("Anticipated student responses"),
    N_("Teacher support"),
    N_("Points to evaluate"),
)


def build_plan_pdf(plan: LessonPlan, path: str | Path, *, invariant: bool = False,
                   progress: ProgressCallback | None = None,
                   language: str | None = None) -> BuildResult:
    """Write the plan of one lesson version to ``path`` as a PDF, in ``language``.

    ``language`` is a print language code (``zh-HK``, ``bilingual``…); None keeps the one
    in force.
    """
    with print_language(language):
        subtitle = _("Lesson plan · version {number} · {team}").format(
            number=plan.version.number, team=plan.team_name)
        meta = DocumentMeta(
            title=plan.title,
            subtitle=subtitle,
            author=plan.version.author or plan.team_name,
            subject=_("Lesson plan"),
            keywords=("lesson study", "lesson plan"),
        )
        story = [*plan_header(plan), *plan_timeline(plan), *flow_table(plan)]
        margins = Margins(top=20 * mm, right=14 * mm, bottom=18 * mm, left=14 * mm)
        return build_pdf(path, story, meta, paper=Paper.A4, landscape=True,
                         margins=margins, invariant=invariant, progress=progress)


def plan_header(plan: LessonPlan) -> list[Flowable]:
    """Title, then a two-column block of who, what and why."""
    styles = get_styles()
    version = plan.version
    version_line = _("Version {number} ({status})").format(
        number=version.number, status=version_status_name(version.status))
    if version.change_summary:
        version_line += f": {version.change_summary}"
    if version.author:
        version_line += f" — {version.author}"
    team = plan.team_name + (f", {plan.school}" if plan.school else "")
    members = "; ".join(f"{m.name} ({m.role})" if m.role else m.name for m in plan.members)
    pairs = [
        (_("Team"), team), (_("Members"), members), (_("Subject"), plan.subject),
        (_("Class / grade"), plan.grade), (_("Unit"), plan.unit),
        (_("Lesson length"), format_duration(plan.duration_seconds)),
        (_("Research theme"), plan.research_theme), (_("Cycle goals"), plan.cycle_goals),
        (_("Lesson goals"), plan.goals), (_("Rationale"), plan.rationale),
        (_("Version"), version_line),
    ]
    label_style = styles.table_header.clone("ls-plan-label", alignment=TA_LEFT)
    rows = [[para(label, label_style), para(value, styles.table_cell)]
            for label, value in pairs if value.strip()]
    table = Table(rows, colWidths=["18%", "82%"], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        _TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, Ink.GRID),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [heading(plan.title, 0), table, Spacer(1, 4 * mm)]


def plan_timeline(plan: LessonPlan) -> list[Flowable]:
    """The planned segments as one timeline row, with the lesson's end marked."""
    if not plan.segments:
        return []
    blocks = [TimelineBlock(s.title, s.kind, s.start, s.end) for s in plan.segments]
    story: list[Flowable] = [
        Timeline([TimelineRow(_("Planned"), blocks)], plan.duration_seconds)]
    timing = plan.timing
    if not timing.fits:
        warning = _("The plan runs {over} over the {length} lesson.").format(
            over=format_duration(timing.over_by), length=format_duration(timing.lesson_seconds))
        style = get_styles().body.clone("ls-plan-warning", textColor=Ink.OVERTIME)
        story.append(para(warning, style))
    story.append(Spacer(1, 3 * mm))
    return story


def flow_table(plan: LessonPlan) -> list[Flowable]:
    """One row per segment; the header row repeats on every page."""
    styles = get_styles()
    story: list[Flowable] = [heading(_("Flow of the lesson"), 1)]
    if not plan.segments:
        return [*story, para(_("This version has no segments yet."))]
    header = [para(stacked(_(text)), styles.table_header) for text in HEADINGS]
    rows = [header, *(_segment_row(s) for s in plan.segments)]
    table = Table(rows, colWidths=[f"{share * 100:g}%" for share in _COLUMNS], repeatRows=1,
                  splitInRow=1)  # a cell taller than a page continues on the next
    commands: list[tuple[object, ...]] = [
        _TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), Ink.SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, Ink.GRID),
        ("LEFTPADDING", (0, 1), (0, -1), 7),
    ]
    for row, segment in enumerate(plan.segments, start=1):
        commands.append(("LINEBEFORE", (0, row), (0, row), 4, kind_colour(segment.kind)))
    table.setStyle(TableStyle(commands))
    total = plan.timing
    summary = _("Planned total {planned} of a {length} lesson").format(
        planned=format_duration(total.planned_seconds),
        length=format_duration(total.lesson_seconds))
    return [*story, table, Spacer(1, 2 * mm), para(summary, styles.small)]


def _segment_row(segment: PlanSegment) -> list[Flowable]:
    cell = get_styles().table_cell
    kind = segment_kind_name(segment.kind)
    time_text = f"{segment.time_range}\n{segment.duration_text} · {kind}"
    return [
        para(time_text, cell),
        _titled(f"{segment.number}. {segment.title}", segment.activity, segment.materials),
        para(segment.anticipated_responses, cell),
        para(segment.teacher_support, cell),
        para(segment.evaluation, cell),
    ]


def _titled(title: str, body: str, materials: str) -> Paragraph:
    """The segment's title in bold over its activity, then its materials."""
    text = f"<b>{markup(title)}</b>"
    if body.strip():
        text += "<br/>" + markup(body)
    if materials.strip():
        label = _("Materials:")
        text += f"<br/><i>{markup(label)}</i> " + markup(materials)
        body += label
    style = style_for(title + body + materials, get_styles().table_cell)
    return Paragraph(text, style)

