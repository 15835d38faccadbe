"""One lesson's part of the packet: summary and flow, versions, conference, key ideas, actions,
and every observation note by segment.

Each lesson starts on a new page (on a right-hand page for duplex printing)
under its title, which is the lesson's contents line and top-level bookmark;
its parts are nested bookmarks so a reader can jump to "Actions" of lesson 7.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from lessonstudy.domain.actuals import PlanVersusActual, SegmentActual
from lessonstudy.domain.department import FeedbackCounts
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.packet import PacketData, PacketLesson, PacketOptions
from lessonstudy.domain.timing import format_clock, format_delta, format_duration
from lessonstudy.i18n import _, ngettext
from lessonstudy.printing.charts import Timeline, TimelineBlock, TimelineRow
from lessonstudy.printing.evidence import evidence_story
from lessonstudy.printing.packet.contact_sheet import contact_sheet
from lessonstudy.printing.packet.feedback import conference_record, conference_summary
from lessonstudy.printing.packet.history import version_history
from lessonstudy.printing.packet.layout import (
    action_status,
    fact_list,
    kind_words,
    muted,
    print_date,
    ruled_table,
)
from lessonstudy.printing.sections import Later, Section

OVER_SECONDS = 60
"""Flow rows of segments that ran more than this over their plan are shaded."""


PhotoFiles = Callable[[PacketLesson], Mapping[int, Path]]
"""Writes a lesson's thumbnails to files when its pages are made; photo id → file."""


def lesson_section(data: PacketData, index: int, options: PacketOptions, width: float,
                   photo_files: PhotoFiles) -> Section:
    """The lesson's title now (a contents line); its pages, read and made, when layout gets there.

    ``data.lessons[index]`` is read only inside the :class:`Later`: a long
    packet's lessons are read a few at a time as they are printed.
    """

    def parts() -> list[Section]:
        lesson = data.lessons[index]
        return lesson_parts(lesson, width, photo_files(lesson))

    return Section(data.rows[index].lesson_title, [Later(parts)], new_page=True,
                   odd_page=options.odd_pages)


def lesson_parts(lesson: PacketLesson, width: float,
                 photo_paths: Mapping[int, Path]) -> list[Section]:
    """The lesson's parts, each a nested bookmark."""
    record = ([Section(_("Conference record"), conference_record(lesson), new_page=False,
                       in_toc=False)] if lesson.conference_record else [])
    return [
        Section(_("Summary and flow"), _summary(lesson, width) + _flow(lesson.flow, width),
                new_page=False, in_toc=False),
        Section(_("Version history"), version_history(lesson, width), new_page=False,
                in_toc=False),
        Section(_("Conference summary"), conference_summary(lesson, width), new_page=False,
                in_toc=False),
        *record,
        Section(_("Key ideas and iBoards"), contact_sheet(lesson, width, photo_paths),
                new_page=False, in_toc=False),
        Section(_("Actions"), _actions(lesson, width), new_page=False, in_toc=False),
        Section(_("Evidence by segment"), evidence_story(lesson.notes, width), new_page=False,
                in_toc=False),
    ]


def _summary(lesson: PacketLesson, width: float) -> list[Flowable]:
    row = lesson.row
    counts = row.feedback
    version_count = len(lesson.versions)
    facts = [
        (_("Team"), row.team_name), (_("School"), row.school),
        (_("Subject and class"), " · ".join(p for p in (row.subject, lesson.grade) if p)),
        (_("Research theme"), row.research_theme), (_("Lesson goals"), lesson.goals),
        (_("Taught"), " · ".join(p for p in (print_date(row.date), kind_words(row.kind),
                                             row.class_name, lesson.room) if p)),
        (_("Teacher"), row.teacher),
        (_("Version taught"), _("{number} (of {count})").format(
            number=row.version_number, count=version_count)),
        (_("Conference"), " · ".join(p for p in (
            _("facilitator {name}").format(name=lesson.facilitator) if lesson.facilitator
            else "",
            _("recorder {name}").format(name=lesson.recorder) if lesson.recorder else "")
            if p)),
        (_("Feedback"), _feedback_counts(counts)),
        (_("Actions"), _("{open} open · {closed} closed").format(
            open=row.open_actions, closed=row.closed_actions)),
    ]
    return [fact_list(facts, width), Spacer(0, 4 * mm)]


def _feedback_counts(counts: FeedbackCounts) -> str:
    """"2 strengths · 1 question · 0 suggestions · 1 concern" in the print language."""
    return " · ".join((
        ngettext("{n} strength", "{n} strengths", counts.strengths).format(n=counts.strengths),
        ngettext("{n} question", "{n} questions", counts.questions).format(n=counts.questions),
        ngettext("{n} suggestion", "{n} suggestions", counts.suggestions).format(
            n=counts.suggestions),
        ngettext("{n} concern", "{n} concerns", counts.concerns).format(n=counts.concerns),
    ))


def _flow(flow: PlanVersusActual, width: float) -> list[Flowable]:
    if not flow.segments:
        return [muted(_("The version taught has no segments."))]
    rows = [_flow_row(n, item) for n, item in enumerate(flow.segments, start=1)]
    over = [i for i, item in enumerate(flow.segments) if (item.delta_seconds or 0) > OVER_SECONDS]
    table = ruled_table(["#", _("Segment"), _("Planned"), _("Length"), _("Actual"), _("Length"),
                         _("Diff.")], rows,
                        [width * s for s in (0.05, 0.33, 0.15, 0.10, 0.15, 0.10, 0.12)],
                        shade_rows=over)
    recorded = any(item.start is not None for item in flow.segments)
    story: list[Flowable] = [table, Spacer(0, 3 * mm)]
    if recorded:
        story.append(KeepTogether([_timeline(flow), muted(_totals(flow))]))
    else:
        story.append(muted(_("Planned {length}; actual times were not recorded for this "
                             "teaching.").format(length=format_duration(flow.planned_total))))
    return story


def _flow_row(number: int, item: SegmentActual) -> list[str]:
    planned = f"{format_clock(item.planned.start)}–{format_clock(item.planned.end)}"
    actual = "–"
    if item.start is not None:
        end = format_clock(item.end) if item.end is not None else "…"
        actual = f"{format_clock(item.start)}–{end}"
    length, delta = item.actual_seconds, item.delta_seconds
    return [str(number), item.segment.label, planned,
            format_duration(item.segment.planned_seconds), actual,
            format_duration(length) if length is not None else "–",
            format_delta(delta) if delta is not None else "–"]


def _timeline(flow: PlanVersusActual) -> Timeline:
    bars = flow.timeline()
    return Timeline([
        TimelineRow(_("Planned"), [_block(b.label, b.kind, b.start, b.end)
                                   for b in bars.planned]),
        TimelineRow(_("Actual"), [_block(b.label, b.kind, b.start, b.end)
                                  for b in bars.actual]),
    ], flow.lesson_seconds)


def _block(label: str, kind: SegmentKind, start: int, end: int) -> TimelineBlock:
    return TimelineBlock(label, kind, start, end)


def _totals(flow: PlanVersusActual) -> str:
    text = _("Planned {length}").format(length=format_duration(flow.planned_total))
    if flow.actual_total is not None and flow.overrun is not None:
        text += "; " + _("actual {length} ({delta} against the plan)").format(
            length=format_duration(flow.actual_total), delta=format_delta(flow.overrun))
    return text + "; " + _("lesson length {length}").format(
        length=format_duration(flow.lesson_seconds)) + "."


def _actions(lesson: PacketLesson, width: float) -> list[Flowable]:
    if not lesson.actions:
        return [muted(_("No actions were agreed for this lesson."))]
    rows = [[str(n), a.text, a.target or "–", a.owner or "–",
             action_status(a.status, a.closed_by_version)]
            for n, a in enumerate(lesson.actions, start=1)]
    still_open = [i for i, a in enumerate(lesson.actions)
                  if a.status == "open" and a.closed_by_version is None]
    return [ruled_table(["#", _("Action"), _("Targets"), _("Owner"), _("Status")], rows,
                        [width * s for s in (0.05, 0.40, 0.22, 0.16, 0.17)],
                        shade_rows=still_open)]
