"""The look shared by every Lesson Study print: paper sizes, colours, paragraph styles.

Documents ask for ``get_styles().body`` and call :func:`para` instead of
building ReportLab styles and markup themselves, so a lesson plan and a
conference report look like one product, Chinese wraps correctly, and user
text such as "Q&A <pairs>" is never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from lessonstudy.domain.enums import FeedbackType, SegmentKind
from lessonstudy.domain.palette import feedback_colour, segment_colour, text_colour_on
from lessonstudy.printing.fonts import LATIN, LATIN_BOLD, register_fonts
from lessonstudy.printing.textruns import has_cjk, markup


class Paper(Enum):
    """Paper sizes schools print on; Hong Kong uses A4, some visitors Letter."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Portrait (width, height) in points."""
        return A4 if self is Paper.A4 else LETTER


class Ink:
    """Named ReportLab colours for rules, shading and secondary text."""

    TEXT = colors.HexColor("#1A1A1A")
    MUTED = colors.HexColor("#5F6368")
    RULE = colors.HexColor("#9AA0A6")
    GRID = colors.HexColor("#C8CCD0")
    SHADE = colors.HexColor("#ECEFF1")
    ACCENT = colors.HexColor("#1F4E79")
    OVERTIME = colors.HexColor("#D55E00")


def kind_colour(kind: SegmentKind) -> colors.Color:
    """Fill colour of a segment kind (same as on screen)."""
    return colors.HexColor(segment_colour(kind))


def kind_text_colour(kind: SegmentKind) -> colors.Color:
    """Black or white, whichever reads on the kind's fill."""
    return colors.HexColor(text_colour_on(segment_colour(kind)))


def feedback_ink(kind: FeedbackType) -> colors.Color:
    """Accent colour of a feedback type (same as on screen)."""
    return colors.HexColor(feedback_colour(kind))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document; clone one to vary it, never mutate it."""

    title: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_cell: ParagraphStyle
    table_header: ParagraphStyle

    def heading(self, level: int) -> ParagraphStyle:
        """Heading style for an outline level (0 = heading 1, deeper = heading 2)."""
        return self.heading1 if level <= 0 else self.heading2


def _style(name: str, size: float, *, bold: bool = False, **extra: object) -> ParagraphStyle:
    settings: dict[str, object] = {
        "fontName": LATIN_BOLD if bold else LATIN,
        "fontSize": size,
        "leading": round(size * 1.4, 1),
        "textColor": Ink.TEXT,
    }
    settings.update(extra)
    return ParagraphStyle(name, **settings)


@cache
def get_styles() -> Styles:
    """The shared styles (fonts are registered on first use)."""
    register_fonts()
    return Styles(
        title=_style("ls-title", 18, bold=True, spaceAfter=8, textColor=Ink.ACCENT),
        heading1=_style("ls-heading1", 14, bold=True, spaceBefore=10, spaceAfter=6,
                        keepWithNext=1, textColor=Ink.ACCENT),
        heading2=_style("ls-heading2", 11.5, bold=True, spaceBefore=8, spaceAfter=4,
                        keepWithNext=1),
        body=_style("ls-body", 10, spaceAfter=5),
        small=_style("ls-small", 8, textColor=Ink.MUTED),
        table_cell=_style("ls-table-cell", 9),
        table_header=_style("ls-table-header", 9, bold=True, alignment=TA_CENTER),
    )


@cache
def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with CJK line wrapping (break between any two characters)."""
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def style_for(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """The style to print ``text`` in: the CJK-wrapping variant if it contains CJK."""
    return _cjk_variant(style) if has_cjk(text) else style


TOO_NARROW = 0x7FFFFFFF
"""The height ReportLab answers when a paragraph cannot fit at all (never cached)."""


class WrapOnceParagraph(Paragraph):
    """A paragraph whose line breaking is done once per available width.

    ReportLab wraps a paragraph again every time something asks for its
    height: a table measuring its rows, a table splitting across pages,
    ``KeepTogether`` measuring its block, drawing. For Chinese text it breaks
    lines character by character (about 1.4 ms per wrap), so a long report
    spent most of its time re-wrapping the same text at the same width.
    """

    _wrapped_at: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_at is not None and self._wrapped_at[0] == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = (availWidth, size[1]) if size[1] < TOO_NARROW else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._wrapped_at = None  # splitting re-breaks the lines; measure afresh after
        return list(super().split(availWidth, availHeight))


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain user text: escaped, font runs, newlines kept, CJK wrap, wrapped once.

    Use this for anything a teacher typed. To combine it with your own
    markup, build the markup from :func:`lessonstudy.printing.textruns.markup`.
    """
    chosen = style if style is not None else get_styles().body
    return WrapOnceParagraph(markup(text), style_for(text, chosen))
