"""The conference's feedback, grouped the way the discussion was organised.

Groups reported by focus, so feedback prints under each focus (in the order
of the groups), then by type with strengths first: the protocol opens with
what went well before questions, suggestions and concerns. Each item keeps a
coloured mark for its type (the same colour as on screen), who raised it,
the segment it concerns and the evidence behind it. Critical friends'
feedback is also gathered in a section of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from lessonstudy.domain.conference import GENERAL_FOCUS, group_by_focus_and_type
from lessonstudy.domain.conference_report import ConferenceReportData, ReportFeedback
from lessonstudy.domain.enums import FeedbackType
from lessonstudy.i18n import _
from lessonstudy.i18n.vocabulary import feedback_type_name
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.fonts import LATIN, LATIN_BOLD
from lessonstudy.printing.report.layout import muted, type_heading
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import Ink, feedback_ink, get_styles

MARK_WIDTH = 5


def feedback_section(data: ConferenceReportData, width: float) -> Section:
    """Feedback by focus (one subsection each), then by type, strengths first."""
    if not data.feedback:
        return Section(_("Feedback by focus"), [muted(_("No feedback was recorded."))])
    subsections = []
    blocks = group_by_focus_and_type(data.feedback, [g.focus for g in data.groups])
    for focus in dict.fromkeys(block.focus for block in blocks):
        story: list[Flowable] = []
        for block in (b for b in blocks if b.focus == focus):
            story.append(para(type_heading(block.type.value), _type_style(block.type)))
            story.append(_items_table(block.items, width, show_type=False))
        subsections.append(Section(_(focus) if focus == GENERAL_FOCUS else focus, story,
                                   new_page=False))
    return Section(_("Feedback by focus"), [], subsections)


def critical_friends_section(data: ConferenceReportData, width: float) -> Section:
    """Everything critical friends said, in the order they said it."""
    items = [f for f in data.feedback if f.critical_friend]
    if not items:
        return Section(_("Critical-friend feedback"),
                       [muted(_("No feedback was marked as coming from a critical friend."))],
                       new_page=False)
    return Section(_("Critical-friend feedback"), [_items_table(items, width, show_type=True)],
                   new_page=False)


def _items_table(items: Sequence[ReportFeedback], width: float, *, show_type: bool) -> Table:
    rows = [["", _item_cell(item, show_type)] for item in items]
    table = Table(rows, colWidths=[MARK_WIDTH, width - MARK_WIDTH], splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # never the unembedded Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (1, 0), (1, -1), 0.3, Ink.GRID),
    ]
    for row, item in enumerate(items):
        commands.append(("BACKGROUND", (0, row), (0, row), feedback_ink(_kind(item.type))))
    table.setStyle(TableStyle(commands))
    return table


@cache
def _type_style(kind: FeedbackType) -> ParagraphStyle:
    body = get_styles().body
    return ParagraphStyle(f"ls-feedback-{kind.value}", parent=body, fontName=LATIN_BOLD,
                          textColor=feedback_ink(kind), spaceBefore=5, spaceAfter=2,
                          keepWithNext=1)


def _item_cell(item: ReportFeedback, show_type: bool) -> list[Flowable]:
    details = _byline(item, show_type)
    if item.evidence:
        details += "\n" + _("Evidence: {items}").format(items="; ".join(item.evidence))
    return [plain(item.text, get_styles().body), muted(details)]


def _byline(item: ReportFeedback, show_type: bool) -> str:
    parts = [f"#{item.number}"] if item.number else []
    if show_type:
        parts.append(feedback_type_name(_kind(item.type)))
        if item.focus:
            parts.append(item.focus)
    who = item.author or "–"
    if item.critical_friend:
        who += " " + _("(critical friend)")
    parts.append(who)
    if item.group and item.group != item.author:
        parts.append(item.group)
    if item.segment:
        parts.append(_("Segment: {title}").format(title=item.segment))
    return " · ".join(parts)


def _kind(value: str) -> FeedbackType:
    try:
        return FeedbackType(value)
    except ValueError:
        return FeedbackType.QUESTION
