"""The report's opening: cover facts, who observed in which group, and why the lesson exists.

Visitors keep the report as a record of the open class, so the first page
says what was taught, by whom, when, and lists every observer by group, with
critical friends marked. The research theme and goals follow, because the
conference judges the lesson against them.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from lessonstudy.domain.conference_report import ConferenceReportData, ReportGroup
from lessonstudy.i18n import _
from lessonstudy.i18n.formats import format_date
from lessonstudy.printing.report.layout import facts_table, grid_table, muted, role_label
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.sections import Section, heading
from lessonstudy.printing.styles import get_styles


def cover(data: ConferenceReportData, width: float) -> list[Flowable]:
    """Title, lesson facts and the observers per group, then a page break."""
    styles = get_styles()
    when = format_date(data.teaching_date) if data.teaching_date else "–"
    members = "; ".join(f"{name} ({role})" if role else name for name, role in data.members)
    facts = [
        (_("Lesson"), data.lesson_title),
        (_("Team"), data.team),
        (_("School"), data.school),
        (_("Planning team"), members),
        (_("Teaching teacher"), data.teacher),
        (_("Date"), when),
        (_("Class"), data.class_name),
        (_("Room"), data.room),
        (_("Lesson plan"), _("Version {number}").format(number=data.version_number)),
        (_("Facilitator"), data.facilitator),
        (_("Recorder"), data.recorder),
    ]
    story: list[Flowable] = [
        heading(_("Post-lesson conference report"), 0, in_toc=False),
        para(data.lesson_title, styles.title),
        Spacer(0, 3 * mm),
        facts_table(facts, width),
        Spacer(0, 5 * mm),
        heading(_("Observers by group"), 1),
    ]
    if data.groups:
        story.append(grid_table(
            [_("Group"), _("Focus"), _("Observers")],
            [[g.name, g.focus, _observer_list(g)] for g in data.groups],
            [width * 0.14, width * 0.26, width * 0.60]))
    else:
        story.append(muted(_("No observer groups were recorded for this teaching.")))
    story.append(PageBreak())
    return story


def _observer_list(group: ReportGroup) -> str:
    names = []
    for person in group.observers:
        role = role_label(person.role)
        names.append(f"{person.name} ({role})" if role else person.name)
    return "; ".join(names) or "–"


def theme_section(data: ConferenceReportData, width: float) -> Section:
    """Research theme and goals: what the lesson was designed to find out."""
    pairs = [
        (_("Research theme"), data.research_theme),
        (_("Goals of the cycle"), data.cycle_goals),
        (_("Lesson goals"), data.lesson_goals),
        (_("Rationale"), data.rationale),
    ]
    return Section(_("Research theme and goals"), [facts_table(pairs, width)], new_page=False)


def groups_section(data: ConferenceReportData, width: float) -> Section:
    """Each group's focus and the prompts it observed with."""
    if not data.groups:
        return Section(_("Observer groups and foci"),
                       [muted(_("No observer groups were recorded."))], new_page=False)
    rows = [[g.name, g.focus, g.prompts, g.convenor, str(len(g.observers))] for g in data.groups]
    table = grid_table([_("Group"), _("Focus"), _("Prompts"), _("Convenor"), _("Observers")],
                       rows,
                       [width * 0.12, width * 0.22, width * 0.38, width * 0.18, width * 0.10])
    return Section(_("Observer groups and foci"), [table], new_page=False)
