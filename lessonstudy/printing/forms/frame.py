"""The page frame of an observation form: landscape sheet, header, footer, PDF properties.

Forms are printed in landscape so that three focus columns and up to three
case-pupil columns each leave a hand's width to write in. They are drawn
straight onto a canvas in one pass, not through the platypus document builder:
the page total is known before drawing (the layout is computed first), and
thirty forms must build in well under a second. Header and footer copy the
look of :mod:`lessonstudy.printing.document` so a form sits next to the lesson
plan print as one product.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

import lessonstudy
from lessonstudy.i18n import _
from lessonstudy.printing.document import FOOTER_SIZE, HEADER_SIZE
from lessonstudy.printing.fonts import LATIN, register_fonts
from lessonstudy.printing.styles import Ink, Paper
from lessonstudy.printing.textruns import draw_string, fit_text, string_width

_fit = lru_cache(maxsize=1024)(fit_text)
"""Headers repeat on every page of every form: measure each text once."""
_width = lru_cache(maxsize=1024)(string_width)


@dataclass(frozen=True)
class Sheet:
    """A landscape page and its margins, in points."""

    width: float
    height: float
    left: float = 12 * mm
    right: float = 12 * mm
    top: float = 15 * mm
    bottom: float = 13 * mm

    @classmethod
    def for_paper(cls, paper: Paper) -> Sheet:
        width, height = landscape(paper.size)
        return cls(width, height)

    @property
    def body_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def body_top(self) -> float:
        return self.height - self.top

    @property
    def body_height(self) -> float:
        return self.height - self.top - self.bottom


@dataclass(frozen=True)
class Running:
    """What every page of one form repeats: header left and right, footer corners."""

    title: str
    subtitle: str
    footer_left: str = ""
    footer_right: str = ""
    page_label: str = field(default_factory=lambda: _("Page {page} of {pages}"))


@dataclass(frozen=True)
class PdfInfo:
    """The file's document properties (title, author, subject, keywords)."""

    title: str
    subject: str
    keywords: tuple[str, ...] = ()
    author: str = ""


def new_canvas(path: Path, sheet: Sheet, info: PdfInfo, *, invariant: bool = False) -> Canvas:
    """A canvas that writes binary, compressed streams and starts every page in our font."""
    register_fonts()
    canvas = Canvas(
        str(path),
        pagesize=(sheet.width, sheet.height),
        pageCompression=1,
        invariant=1 if invariant else 0,
        initialFontName=LATIN,
        initialFontSize=10,
        initialLeading=14,
    )
    canvas.setTitle(info.title)
    canvas.setSubject(info.subject)
    canvas.setAuthor(info.author)
    canvas.setKeywords(list(info.keywords))
    canvas.setCreator(f"{lessonstudy.APP_NAME} {lessonstudy.__version__}")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    return canvas


def draw_running(
    canvas: Canvas, sheet: Sheet, running: Running, page: int, pages: int, name: str
) -> None:
    """Header and footer of one page; the parts every page repeats are a form XObject.

    The title, subtitle, rule and footer corners are drawn once per form under
    ``name`` and placed on each page; only "Page x of y" is drawn per page.
    """
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        _draw_fixed(canvas, sheet, running, pages)
        canvas.endForm()
    canvas.doForm(name)
    canvas.saveState()
    canvas.setFillColor(Ink.MUTED)
    label = running.page_label.format(page=page, pages=pages)
    draw_string(canvas, sheet.width / 2, _footer_y(sheet), label, FOOTER_SIZE, align="centre")
    canvas.restoreState()


def _footer_y(sheet: Sheet) -> float:
    return sheet.bottom - 8 * mm


def _draw_fixed(canvas: Canvas, sheet: Sheet, running: Running, pages: int) -> None:
    left, right = sheet.left, sheet.width - sheet.right
    baseline = sheet.height - sheet.top + 5 * mm
    canvas.setFillColor(Ink.MUTED)
    subtitle = _fit(running.subtitle, sheet.body_width * 0.5, HEADER_SIZE)
    used = draw_string(canvas, right, baseline, subtitle, HEADER_SIZE, align="right")
    title = _fit(running.title, sheet.body_width - used - 6 * mm, HEADER_SIZE, bold=True)
    draw_string(canvas, left, baseline, title, HEADER_SIZE, bold=True)
    canvas.setStrokeColor(Ink.RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, baseline - 2 * mm, right, baseline - 2 * mm)
    widest = running.page_label.format(page=pages, pages=pages)
    corner = (sheet.body_width - _width(widest, FOOTER_SIZE)) / 2 - 4 * mm
    footer_y = _footer_y(sheet)
    if running.footer_left:
        text = _fit(running.footer_left, corner, FOOTER_SIZE)
        draw_string(canvas, left, footer_y, text, FOOTER_SIZE)
    if running.footer_right:
        text = _fit(running.footer_right, corner, FOOTER_SIZE)
        draw_string(canvas, right, footer_y, text, FOOTER_SIZE, align="right")
