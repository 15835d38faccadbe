"""The packet's front matter: cover, contents and one table summarising every lesson.

A department head flips to the summary table first: one row per lesson with
its date, teacher, version, feedback counts by type and how many actions are
still open; the contents page then says where each lesson starts.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lessonstudy.domain.department import DepartmentRow
from lessonstudy.domain.packet import PacketData, PacketOptions
from lessonstudy.i18n import N_, _, ngettext
from lessonstudy.i18n.formats import format_date
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.packet.layout import (
    date_range,
    fact_list,
    muted,
    packet_title,
    print_date,
    ruled_table,
)
from lessonstudy.printing.sections import Section, contents_table
from lessonstudy.printing.styles import get_styles, para

SUMMARY_TITLE = N_("Summary across lessons")
CONTENTS_TITLE = N_("Contents")
_SUMMARY_SHARES = (0.05, 0.31, 0.14, 0.17, 0.07, 0.14, 0.12)


def school_text(data: PacketData, options: PacketOptions) -> str:
    """The school the cover names: the one asked for, else the selected teams' schools."""
    return options.school.strip() or " · ".join(data.schools)


def department_text(data: PacketData) -> str:
    """"Mathematics department", or the subjects joined when several are selected."""
    if not data.subjects:
        return ""
    if len(data.subjects) == 1:
        return _("{subject} department").format(subject=data.subjects[0])
    return " · ".join(data.subjects)


def cover(data: PacketData, options: PacketOptions, width: float) -> list[Flowable]:
    """Title, school, department, date range and what the packet holds."""
    styles = get_styles()
    teams = dict.fromkeys(row.team_name for row in data.rows)
    facts = [
        (_("School"), school_text(data, options)),
        (_("Department"), department_text(data)),
        (_("Dates taught"), date_range(data)),
        (_("Lessons"), str(len(data.rows))),
        (_("Teams"), "\n".join(teams)),
        (_("iBoard photos"), str(data.photo_count)),
        (_("Printed"), format_date(data.printed_on)),
    ]
    return [Spacer(0, 40 * mm), para(packet_title(options), styles.title), Spacer(0, 4 * mm),
            para(date_range(data), styles.heading2), Spacer(0, 10 * mm),
            fact_list(facts, width)]


def contents(options: PacketOptions) -> Section:
    """The table of contents; its page numbers settle over the build passes."""
    return Section(_(CONTENTS_TITLE), [contents_table()], new_page=True, odd_page=options.odd_pages,
                   in_toc=False)


def summary(data: PacketData, options: PacketOptions, width: float) -> Section:
    """One row per lesson: date, teacher, version, feedback by type, open/closed actions."""
    rows = [_summary_row(n, row) for n, row in enumerate(data.rows, start=1)]
    header = ["#", _("Lesson and team"), _("Date"), _("Teacher"), _("Ver."),
              _("Feedback S·Q·Sg·C"), _("Actions open / closed")]
    open_rows = [i for i, row in enumerate(data.rows) if row.open_actions]
    story: list[Flowable] = [
        ruled_table(header, rows, [width * s for s in _SUMMARY_SHARES], shade_rows=open_rows),
        Spacer(0, 2 * mm),
        muted(_("S strengths · Q questions · Sg suggestions · C concerns. Shaded rows have "
                "actions still open.")),
        muted(_totals(data)),
    ]
    return Section(_(SUMMARY_TITLE), story, new_page=True, odd_page=options.odd_pages)


def _summary_row(number: int, row: DepartmentRow) -> list[object]:
    counts = row.feedback
    lesson = [plain(row.lesson_title, get_styles().table_cell), muted(row.team_name)]
    feedback = " · ".join(str(n) for n in (counts.strengths, counts.questions,
                                          counts.suggestions, counts.concerns))
    return [str(number), lesson, print_date(row.date), row.teacher, str(row.version_number),
            feedback, f"{row.open_actions} / {row.closed_actions}"]


def _totals(data: PacketData) -> str:
    rows = data.rows
    feedback = sum(r.feedback.total for r in rows)
    still_open = sum(r.open_actions for r in rows)
    lessons = ngettext("{n} lesson", "{n} lessons", len(rows)).format(n=len(rows))
    items = ngettext("{n} feedback item", "{n} feedback items", feedback).format(n=feedback)
    actions = ngettext("{n} action still open", "{n} actions still open", still_open).format(
        n=still_open)
    return _("In all: {lessons}, {items}, {actions}.").format(
        lessons=lessons, items=items, actions=actions)
