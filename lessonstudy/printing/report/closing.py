"""The report's end: the agreed actions and the principles the discussion kept to.

Actions are what the team takes into the next version, so each shows its
target (segment or part of the plan), owner and where it stands: open,
linked to the revised version, or done by a version. The feedback
principles close the report as they opened the conference.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from lessonstudy.domain.conference_report import ConferenceReportData, ReportAction
from lessonstudy.i18n import _
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.report.layout import grid_table, muted, numbered
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import get_styles


def actions_section(data: ConferenceReportData, width: float) -> Section:
    """Every action on the lesson with target, owner, status and source feedback."""
    if not data.actions:
        return Section(_("Action items"), [muted(_("No actions were agreed."))], new_page=False)
    rows = []
    for n, action in enumerate(data.actions, start=1):
        what: list[Flowable] = [plain(action.text, get_styles().body)]
        if action.from_feedback:
            what.append(muted(_("From feedback: {text}").format(text=action.from_feedback)))
        rows.append([str(n), what, action.target or "–", action.owner or "–", status_text(action)])
    table = grid_table(["#", _("Action"), _("Target"), _("Owner"), _("Status")], rows,
                       [width * f for f in (0.05, 0.45, 0.2, 0.15, 0.15)])
    return Section(_("Action items"), [table], new_page=False)


def status_text(action: ReportAction) -> str:
    """"Open", "Open · in version 3", "Done in version 3", "Dropped"."""
    if action.status == "done":
        return (_("Done in version {number}").format(number=action.closed_by_version)
                if action.closed_by_version else _("Done"))
    if action.status == "dropped":
        return _("Dropped")
    if action.linked_version:
        return _("Open · in version {number}").format(number=action.linked_version)
    return _("Open")


def principles_section(data: ConferenceReportData) -> Section:
    """The feedback principles agreed for this conference."""
    return Section(_("Feedback principles"), numbered(data.principles), new_page=False)
