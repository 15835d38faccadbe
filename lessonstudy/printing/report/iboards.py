"""Each group's key ideas: typed ones as a list, photographed ones beside their iBoard.

A group's key ideas are typed (a filled form, lesson JSON, the command line)
or transcribed from an iBoard photo; the report prints both, group by group
(:mod:`lessonstudy.services.key_ideas` decides which they are). An iBoard
photo is hard to read once printed small, so the transcribed key ideas sit
next to it. Photos are placed from temporary files, never from
in-memory buffers (DESIGN §8: a buffer cost seconds and gigabytes); they are
stored upright and downscaled already, so ReportLab copies them unchanged.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from lessonstudy.domain.conference_report import ConferenceReportData, ReportPhoto
from lessonstudy.i18n import _
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.photos import PhotoFiles
from lessonstudy.printing.report.layout import muted, numbered
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import Ink, get_styles

PHOTO_SHARE = 0.64
PHOTO_MAX_HEIGHT = 92 * mm


def iboards_section(data: ConferenceReportData, width: float, files: PhotoFiles) -> Section:
    """Group by group: the typed key ideas, then each photo beside its key ideas."""
    title = _("Key ideas and iBoards")
    if not data.photos and not data.typed_key_ideas:
        return Section(title, [muted(_("No key ideas were typed and no iBoard photos were "
                                       "added."))])
    story: list[Flowable] = []
    names = [g.name for g in data.groups]
    for group in data.groups:
        story += _group_blocks(group.name, group.focus, data, width, files)
    others = [p for p in data.photos if p.group not in names]
    others_typed = [t for t in data.typed_key_ideas if t.group not in names]
    for typed in others_typed:
        story.append(_typed_block(typed.group, typed.focus, typed.ideas))
    for photo in others:
        story.append(_photo_block(photo, width, files))
    return Section(title, story)


def _group_blocks(name: str, focus: str, data: ConferenceReportData, width: float,
                  files: PhotoFiles) -> list[Flowable]:
    blocks: list[Flowable] = []
    for typed in data.typed_key_ideas:
        if typed.group == name:
            blocks.append(_typed_block(name, focus, typed.ideas))
    for photo in data.photos:
        if photo.group == name:
            blocks.append(_photo_block(photo, width, files))
    return blocks


def _typed_block(group: str, focus: str, ideas: tuple[str, ...]) -> Flowable:
    heading = " · ".join(p for p in (group, focus) if p) or _("Key ideas")
    return KeepTogether([para(heading, get_styles().heading2),
                         muted(_("Key ideas typed from the group's board")),
                         *numbered(ideas), Spacer(0, 4 * mm)])


def _photo_block(photo: ReportPhoto, width: float, files: PhotoFiles) -> Flowable:
    photo_width = width * PHOTO_SHARE
    image = files.image(photo.jpeg, photo_width - 6, PHOTO_MAX_HEIGHT)
    ideas: list[Flowable] = [para(_("Key ideas"), get_styles().heading2)]
    ideas += (numbered(photo.key_ideas) if photo.key_ideas
              else [muted(_("Not transcribed from this photo."))])
    table = Table([[image, ideas]], colWidths=[photo_width, width - photo_width], splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # never the unembedded Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 8),
        ("LINEBEFORE", (1, 0), (1, 0), 0.5, Ink.GRID),
    ]))
    title = photo_title(photo)
    return KeepTogether([para(title, get_styles().heading2), table, Spacer(0, 6 * mm)])


def photo_title(photo: ReportPhoto) -> str:
    """"Group A · board by the window", or just the caption when it already names the group."""
    caption = photo.caption.strip()
    if photo.group and caption.startswith(photo.group):
        return caption
    return " · ".join(part for part in (photo.group, caption) if part) or _("Photo")
