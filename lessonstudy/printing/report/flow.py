"""How the lesson and the conference actually ran against their plans.

The conference often begins with time: which segment ran long, what got
squeezed. This section prints each segment's planned and actual start and
length with the difference, the two-row planned-versus-actual timeline, and
the conference agenda with the minutes planned and the time each step took.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from lessonstudy.domain.actuals import ActualStatus, PlanVersusActual, SegmentActual
from lessonstudy.domain.conference_report import ConferenceReportData
from lessonstudy.domain.timing import format_clock, format_delta, format_duration
from lessonstudy.i18n import N_, _
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.charts import Timeline, TimelineBlock, TimelineRow
from lessonstudy.printing.report.layout import grid_table, muted
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import get_styles

LONG_SECONDS = 60
"""Rows of segments that ran more than this over their plan are shaded."""

_STATUS_WORDS = {
    ActualStatus.SKIPPED: N_("skipped"),
    ActualStatus.NOT_RECORDED: N_("not recorded"),
    ActualStatus.UNFINISHED: N_("no end recorded"),
}


def flow_section(data: ConferenceReportData, width: float) -> Section:
    """Segments planned versus actual, the timeline chart and the totals."""
    flow = data.flow
    rows = [_segment_row(n, item) for n, item in enumerate(flow.segments, start=1)]
    over = [i for i, item in enumerate(flow.segments)
            if (item.delta_seconds or 0) > LONG_SECONDS]
    table = grid_table(
        ["#", _("Segment"), _("Planned"), _("Length"), _("Actual"), _("Length"),
         _("Difference")],
        rows,
        [width * f for f in (0.05, 0.31, 0.16, 0.09, 0.16, 0.09, 0.14)],
        shade_rows=over)
    story: list[Flowable] = [table, Spacer(0, 4 * mm)]
    if flow.segments:
        story.append(KeepTogether([_timeline(flow), Spacer(0, 2 * mm), muted(_totals(flow))]))
    else:
        story.append(muted(_("This version has no segments.")))
    return Section(_("Lesson flow: planned and actual times"), story, new_page=False)


def _segment_row(number: int, item: SegmentActual) -> list[str]:
    planned = f"{format_clock(item.planned.start)}–{format_clock(item.planned.end)}"
    actual = _status_text(item)
    length = item.actual_seconds
    delta = item.delta_seconds
    return [str(number), item.segment.label, planned,
            format_duration(item.segment.planned_seconds), actual,
            format_duration(length) if length is not None else "–",
            format_delta(delta) if delta is not None else "–"]


def _status_text(item: SegmentActual) -> str:
    if item.start is None:
        return _(_STATUS_WORDS[item.status]) if item.status in _STATUS_WORDS else "–"
    end = format_clock(item.end) if item.end is not None else "…"
    return f"{format_clock(item.start)}–{end}"


def _timeline(flow: PlanVersusActual) -> Timeline:
    timeline = flow.timeline()
    rows = [
        TimelineRow(_("Planned"), [TimelineBlock(b.label, b.kind, b.start, b.end)
                                   for b in timeline.planned]),
        TimelineRow(_("Actual"), [TimelineBlock(b.label, b.kind, b.start, b.end)
                                  for b in timeline.actual]),
    ]
    return Timeline(rows, flow.lesson_seconds)


def _totals(flow: PlanVersusActual) -> str:
    planned = _("Planned {length}").format(length=format_duration(flow.planned_total))
    actual = flow.actual_total
    if actual is None:
        return f"{planned} · " + _("actual total not known (the last segment has no end)")
    overrun = flow.overrun or 0
    length = format_duration(abs(overrun))
    amount = (_("{length} over").format(length=length) if overrun > 0
              else _("{length} under").format(length=length) if overrun < 0
              else _("on time"))
    actual_text = _("actual {length}").format(length=format_duration(actual))
    lesson = _("lesson length {length}").format(length=format_duration(flow.lesson_seconds))
    return (f"{planned} · {actual_text} · {amount} · {lesson}. "
            + _("Shaded rows ran more than a minute over their plan."))


def agenda_section(data: ConferenceReportData, width: float) -> Section:
    """The conference steps with planned minutes, the time they took, then what was said."""
    if not data.agenda:
        return Section(_("Conference agenda"),
                       [muted(_("No conference agenda was recorded."))], new_page=False)
    rows = []
    for n, item in enumerate(data.agenda, start=1):
        actual = format_duration(item.actual_seconds) if item.actual_seconds is not None else "–"
        rows.append([str(n), item.title, item.speaker, minutes_text(item.planned_minutes),
                     actual])
    known = [item.planned_minutes for item in data.agenda if item.planned_minutes is not None]
    used = sum(item.actual_seconds or 0 for item in data.agenda)
    table = grid_table(["#", _("Step"), _("Speaker"), _("Planned"), _("Actual")], rows,
                       [width * f for f in (0.05, 0.47, 0.26, 0.11, 0.11)])
    template = (_("Planned {minutes} min · timed {length}") if len(known) == len(data.agenda)
                else _("Planned {minutes} min (some steps not planned) · timed {length}"))
    note = muted(template.format(minutes=sum(known), length=format_duration(used)))
    return Section(_("Conference agenda"), [table, Spacer(0, 2 * mm), note],
                   [record_section(data)], new_page=False)


def minutes_text(minutes: int | None) -> str:
    """"5 min", or "—" for a step nobody planned (never an invented number)."""
    return "—" if minutes is None else _("{n} min").format(n=minutes)


def record_section(data: ConferenceReportData) -> Section:
    """What was said at each step: the reflection, the rationale, the discussion, the comments."""
    styles = get_styles()
    story: list[Flowable] = []
    for n, item in enumerate(data.agenda, start=1):
        if not item.record.strip():
            continue
        title = f"{n}. {item.title}" + (f" · {item.speaker}" if item.speaker else "")
        story.append(para(title, _record_heading()))
        story.append(plain(item.record.strip(), styles.body))
    if not story:
        story.append(muted(_("Nothing was written down for the agenda steps.")))
    return Section(_("Conference record"), story, new_page=False)


@cache
def _record_heading() -> ParagraphStyle:
    heading = get_styles().heading2
    return ParagraphStyle("ls-record-heading", parent=heading, fontSize=10, leading=13,
                          spaceBefore=6, spaceAfter=2)
