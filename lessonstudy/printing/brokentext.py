"""Plain text in a paragraph style, broken into lines once and drawn as lines: a cheap paragraph.

Most paragraphs of a packet are plain text a teacher typed or a short label:
a table cell, a feedback record, a by-line, a version's change summary. A
ReportLab paragraph parses markup into fragments and, for Chinese and
Japanese (and so for every bilingual label), breaks lines character by
character through general machinery; in a bilingual packet that was a
quarter of the build. :class:`BrokenText` breaks the text once per width
with :mod:`lessonstudy.printing.linebreak` (the notes' line breaker: Latin at
spaces, CJK between characters, closing punctuation hangs), keeps newlines as
line breaks, splits between lines across pages and draws all its lines in one
text object. :func:`plain` uses it when the style is one it can honour
(no indents, no bullet, left/centre/right) and falls back to a paragraph
otherwise, so callers need not know.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscent
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonstudy.printing.fonts import LATIN_BOLD
from lessonstudy.printing.linebreak import Line, LineWriter, Span, break_lines, line_width
from lessonstudy.printing.styles import para


class BrokenText(Flowable):
    """Text in one style, broken into lines once per width; splits between lines."""

    def __init__(self, text: str, style: ParagraphStyle,
                 broken: tuple[float, list[Line]] | None = None) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.size, self.leading = float(style.fontSize), float(style.leading)
        self._bold = style.fontName == LATIN_BOLD
        self._width: float | None = broken[0] if broken is not None else None
        self._lines: list[Line] | None = broken[1] if broken is not None else None
        self.width = self.height = 0.0

    def _break(self, width: float) -> list[Line]:
        if self._lines is not None and self._width == width:
            return self._lines
        span = [Span(part, self._bold, self.style.textColor)
                for part in self.text.split("\n")]
        self._lines = [line for one in span for line in break_lines([one], self.size, width)]
        self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._break(availWidth)
        self.width, self.height = availWidth, len(lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table splitting a row passes its column width with the padding in, then wraps
        # the pieces without it: break at the narrower width we were last wrapped at.
        width = min(availWidth, self._width) if self._width is not None else availWidth
        lines = self._break(width)
        fits = int((availHeight + 1e-6) // self.leading)
        if fits < 1 or fits >= len(lines):
            return []
        cut = _offset_after(self.text, sum(_visible(line) for line in lines[:fits]))
        return [BrokenText(self.text[:cut].rstrip(), self.style, (width, lines[:fits])),
                BrokenText(self.text[cut:].lstrip(), self.style, (width, lines[fits:]))]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        lines = self._break(self.width)
        writer = LineWriter(canvas)
        y = self.height - getAscent(self.style.fontName, self.size)
        alignment = self.style.alignment
        for line in lines:
            x = 0.0
            if alignment in (TA_CENTER, TA_RIGHT):
                room = self.width - line_width(line, self.size)
                x = room / 2 if alignment == TA_CENTER else room
            writer.line(x, y, line, self.size)
            y -= self.leading
        writer.close()


def _visible(line: Line) -> int:
    """How many non-space characters a broken line shows."""
    return sum(len("".join(piece.text.split())) for piece in line)


def _offset_after(text: str, visible: int) -> int:
    """The index in ``text`` just after its first ``visible`` non-space characters."""
    seen = 0
    for index, char in enumerate(text):
        if seen == visible:
            return index
        if not char.isspace():
            seen += 1
    return len(text)


def plain(text: str, style: ParagraphStyle) -> Flowable:
    """Plain ``text`` in ``style``: broken once when the style allows, else a paragraph."""
    simple = (style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT) and not style.leftIndent
              and not style.rightIndent and not style.firstLineIndent
              and not style.backColor and not style.borderWidth)
    return BrokenText(text, style) if simple else para(text, style)
