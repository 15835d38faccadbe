"""Paragraphs that remember their line breaks, so long reports lay out in a fraction of a second.

ReportLab wraps a paragraph again every time something asks for its height:
a table measuring its rows, a table splitting across pages, ``KeepTogether``
measuring its block, drawing, and every layout pass (two, for "page x of
y"). For Chinese text it breaks lines character by character (about 1.4 ms
per wrap), which made a 20-page report with 200 Chinese paragraphs spend
most of its time re-wrapping the same text at the same width. These
paragraphs keep the last wrap and reuse it while the width is unchanged.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from lessonstudy.printing.styles import get_styles, style_for
from lessonstudy.printing.textruns import markup

TOO_NARROW = 0x7FFFFFFF
"""The height ReportLab answers when a paragraph cannot fit at all (never cached)."""


class WrapOnceParagraph(Paragraph):
    """A paragraph whose line breaking is done once per available width."""

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
    """Like :func:`lessonstudy.printing.styles.para` (escaped, font runs, CJK wrap), cached."""
    chosen = style if style is not None else get_styles().body
    return WrapOnceParagraph(markup(text), style_for(text, chosen))
