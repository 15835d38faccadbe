"""A lesson's conference in brief: feedback by focus, then by type with strengths first.

The post-lesson conference reports group by group, each with its focus; the
packet keeps that shape but prints only the items and who raised them (the
full conference report has the agenda table and photos at full size); what was
said at each agenda step follows, as the conference record.
Strengths come first, as the feedback principles ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer

from lessonstudy.domain.conference import GENERAL_FOCUS, group_by_focus_and_type
from lessonstudy.domain.packet import PacketFeedback, PacketLesson
from lessonstudy.i18n import _
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.packet.layout import (
    feedback_kind,
    muted,
    subheading,
    type_heading,
    type_style,
)
from lessonstudy.printing.styles import feedback_ink, get_styles


def conference_summary(lesson: PacketLesson, width: float) -> list[Flowable]:
    """Feedback under each focus (groups' foci in order, General last), strengths first."""
    if not lesson.feedback:
        return [muted(_("No feedback was recorded at this conference."))]
    story: list[Flowable] = []
    current_focus = None
    for block in group_by_focus_and_type(lesson.feedback, lesson.group_foci):
        if block.focus != current_focus:
            if current_focus is not None:
                story.append(Spacer(0, 2 * mm))
            story.append(subheading(_(block.focus) if block.focus == GENERAL_FOCUS
                                    else block.focus))
            current_focus = block.focus
        story.append(plain(f"{type_heading(block.type.value)} ({len(block.items)})",
                           type_style(block.type)))
        story.append(_items(block.items))
    return story


def conference_record(lesson: PacketLesson) -> list[Flowable]:
    """What was said at each step that has a record: the reflection, the final comments…"""
    styles = get_styles()
    story: list[Flowable] = []
    for item in lesson.conference_record:
        story.append(subheading(item.title + (f" · {item.speaker}" if item.speaker else "")))
        story.append(plain(item.record, styles.table_cell))
    return story


def _items(items: Sequence[PacketFeedback]) -> ListFlowable:
    style = get_styles().table_cell
    entries = [ListItem([plain(item.text, style), muted(_byline(item))], leftIndent=10,
                        bulletColor=feedback_ink(feedback_kind(item.type)))
               for item in items]
    return ListFlowable(entries, bulletType="bullet", start="■", leftIndent=10,
                        bulletFontSize=6, bulletFontName=style.fontName)


def _byline(item: PacketFeedback) -> str:
    who = item.author or "–"
    if item.critical_friend:
        who += " " + _("(critical friend)")
    if item.group and item.group != item.author:
        who += f" · {item.group}"
    return who
