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
from lessonstudy.printing.report.layout import ROLE_LABELS, facts_table, grid_table, muted
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.sections import Section, heading
from lessonstudy.printing.styles import get_styles


def cover(data: ConferenceReportData, width: float) -> list[Flowable]:
    """Title, lesson facts and the observers per group, then a page break."""
    styles = get_styles()
    when = data.teaching_date.strftime("%d %B %Y") if data.teaching_date else "–"
    members = "; ".join(f"{name} ({role})" if role else name for name, role in data.members)
    facts = [
        ("Lesson", data.lesson_title),
        ("Team", data.team),
        ("School", data.school),
        ("Planning team", members),
        ("Teaching teacher", data.teacher),
        ("Date", when),
        ("Class", data.class_name),
        ("Room", data.room),
        ("Lesson plan", f"Version {data.version_number}"),
        ("Facilitator", data.facilitator),
        ("Recorder", data.recorder),
    ]
    story: list[Flowable] = [
        heading("Post-lesson conference report", 0, in_toc=False),
        para(data.lesson_title, styles.title),
        Spacer(0, 3 * mm),
        facts_table(facts, width),
        Spacer(0, 5 * mm),
        heading("Observers by group", 1),
    ]
    if data.groups:
        story.append(grid_table(
            ["Group", "Focus", "Observers"],
            [[g.name, g.focus, _observer_list(g)] for g in data.groups],
            [width * 0.14, width * 0.26, width * 0.60]))
    else:
        story.append(muted("No observer groups were recorded for this teaching."))
    story.append(PageBreak())
    return story


def _observer_list(group: ReportGroup) -> str:
    names = []
    for person in group.observers:
        role = ROLE_LABELS.get(person.role, "")
        names.append(f"{person.name} ({role})" if role else person.name)
    return "; ".join(names) or "–"


def theme_section(data: ConferenceReportData, width: float) -> Section:
    """Research theme and goals: what the lesson was designed to find out."""
    pairs = [
        ("Research theme", data.research_theme),
        ("Goals of the cycle", data.cycle_goals),
        ("Lesson goals", data.lesson_goals),
        ("Rationale", data.rationale),
    ]
    return Section("Research theme and goals", [facts_table(pairs, width)], new_page=False)


def groups_section(data: ConferenceReportData, width: float) -> Section:
    """Each group's focus and the prompts it observed with."""
    if not data.groups:
        return Section("Observer groups and foci",
                       [muted("No observer groups were recorded.")], new_page=False)
    rows = [[g.name, g.focus, g.prompts, g.convenor, str(len(g.observers))] for g in data.groups]
    table = grid_table(["Group", "Focus", "Prompts", "Convenor", "Observers"], rows,
                       [width * 0.12, width * 0.22, width * 0.38, width * 0.18, width * 0.10])
    return Section("Observer groups and foci", [table], new_page=False)
