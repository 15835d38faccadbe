"""A lesson's version history: each version, and what changed from the one before.

The department head wants to see how the plan moved after each rehearsal
and conference, without opening the planning screen: per version its
author, status and change summary as the team wrote it, then the real
differences segment by segment (added, removed, moved, retimed, reworded),
computed by :func:`lessonstudy.domain.diff.diff_versions` and phrased by its
``describe()``.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Spacer

from lessonstudy.domain.packet import PacketLesson, PacketVersion
from lessonstudy.domain.timing import format_duration
from lessonstudy.i18n import _
from lessonstudy.i18n.vocabulary import version_status_name
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.packet.layout import muted, subheading
from lessonstudy.printing.styles import get_styles


def version_history(lesson: PacketLesson, width: float) -> list[Flowable]:
    """Oldest version first; the version taught in this teaching is marked."""
    if not lesson.versions:
        return [muted(_("This lesson has no versions."))]
    story: list[Flowable] = []
    previous: PacketVersion | None = None
    for version in lesson.versions:
        story.append(KeepTogether(_version_block(version, previous)))
        story.append(Spacer(0, 2 * mm))
        previous = version
    return story


def _version_block(version: PacketVersion, previous: PacketVersion | None) -> list[Flowable]:
    title = _("Version {number}").format(number=version.number)
    if version.taught_here:
        title += " " + _("(taught in this lesson)")
    status = version_status_name(version.status) if version.status else ""
    planned = _("planned {length}").format(length=format_duration(version.planned_seconds))
    facts = " · ".join(p for p in (status, version.author, planned) if p)
    block: list[Flowable] = [subheading(title), muted(facts)]
    if version.change_summary:
        block.append(plain(version.change_summary, get_styles().body))
    if previous is None:
        block.append(muted(_("First version.")))
    elif version.changes:
        block.append(muted(_("Changes from version {number}:").format(number=previous.number)))
        block.append(_bullets(version.changes))
    else:
        block.append(muted(_("No changes to the segments since version {number}.").format(
            number=previous.number)))
    return block


def _bullets(lines: tuple[str, ...]) -> ListFlowable:
    style = get_styles().table_cell
    return ListFlowable([ListItem(plain(line, style), leftIndent=10) for line in lines],
                        bulletType="bullet", start="•", leftIndent=10, bulletFontSize=7,
                        bulletFontName=style.fontName)
