"""The groups' iBoards: each photo beside the four key ideas transcribed from it.

An iBoard photo is hard to read once printed small, so the transcribed key
ideas sit next to it. Photos are placed from temporary files, never from
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
    """One block per photo: a title line, then the photo and its key ideas side by side."""
    if not data.photos:
        return Section(_("iBoards and key ideas"), [muted(_("No iBoard photos were added."))])
    story: list[Flowable] = []
    for photo in data.photos:
        story.append(_photo_block(photo, width, files))
    return Section(_("iBoards and key ideas"), story)


def _photo_block(photo: ReportPhoto, width: float, files: PhotoFiles) -> Flowable:
    photo_width = width * PHOTO_SHARE
    image = files.image(photo.jpeg, photo_width - 6, PHOTO_MAX_HEIGHT)
    ideas: list[Flowable] = [para(_("Key ideas"), get_styles().heading2)]
    ideas += numbered(photo.key_ideas) if photo.key_ideas else [muted(_("Not transcribed yet."))]
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
