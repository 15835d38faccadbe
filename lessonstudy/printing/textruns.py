"""Cut mixed English / Chinese text into per-font runs, for paragraphs and canvases.

No single shipped font covers both scripts (see :mod:`lessonstudy.printing.fonts`),
so "Lesson 課堂 3" is printed as three runs: Latin, CJK, Latin. Paragraphs get
the runs as ``<font>`` markup (with the user's text escaped, so "<" and "&"
print literally); code that draws on a canvas (headers, charts) uses
:func:`draw_string` and :func:`string_width`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.printing.fonts import CJK, FACES, glyph_map, register_fonts

Align = Literal["left", "centre", "right"]

# Ideographs, kana, hangul, CJK punctuation, fullwidth forms: text that needs
# CJK line wrapping (break between any two characters).
_CJK_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x30FF),
    (0x3100, 0x31FF),
    (0x3200, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3134F),
)

_uses_cjk_font: dict[str, bool] = {}


@dataclass(frozen=True)
class TextRun:
    """A stretch of text printed in one font: the Latin or the CJK face."""

    text: str
    cjk: bool

    def font(self, bold: bool = False) -> str:
        return FACES.cjk_face(bold) if self.cjk else FACES.latin_face(bold)


def is_cjk_char(char: str) -> bool:
    """True for Chinese, Japanese and Korean characters and their punctuation."""
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def has_cjk(text: str) -> bool:
    """True if the text needs CJK line wrapping."""
    return any(is_cjk_char(c) for c in text if ord(c) >= 0x2E80)


def _needs_cjk_font(char: str) -> bool:
    """Latin font when it has the glyph (spaces, digits, punctuation), else CJK if it has it."""
    known = _uses_cjk_font.get(char)
    if known is None:
        code = ord(char)
        known = code not in glyph_map(FACES.latin) and code in glyph_map(CJK)
        _uses_cjk_font[char] = known
    return known


def split_runs(text: str) -> list[TextRun]:
    """Consecutive characters grouped by the font that has their glyphs."""
    register_fonts()
    runs: list[TextRun] = []
    start = 0
    current: bool | None = None
    known = _uses_cjk_font.get  # most characters are known: no call per character
    for index, char in enumerate(text):
        cjk = known(char)
        if cjk is None:
            cjk = _needs_cjk_font(char)
        if current is None:
            current = cjk
        elif cjk != current:
            runs.append(TextRun(text[start:index], current))
            start, current = index, cjk
    if current is not None:
        runs.append(TextRun(text[start:], current))
    return runs


def markup(text: str) -> str:
    """Paragraph markup for plain user text: escaped, font runs, newlines kept.

    The Latin face comes from the paragraph style (so bold headings stay
    bold); CJK runs are wrapped in ``<font name="LS-CJK">``.
    """
    parts: list[str] = []
    for run in split_runs(text):
        escaped = escape(run.text).replace("\r\n", "\n").replace("\n", "<br/>")
        parts.append(f'<font name="{CJK}">{escaped}</font>' if run.cjk else escaped)
    return "".join(parts)


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of text drawn with :func:`draw_string`."""
    return sum(stringWidth(r.text, r.font(bold), size) for r in split_runs(text))


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Align = "left",
) -> float:
    """Draw one line of mixed text at baseline ``y``; returns its width.

    ``x`` is the left edge, the centre or the right edge depending on ``align``.
    """
    runs = split_runs(text)
    widths = [stringWidth(r.text, r.font(bold), size) for r in runs]
    total = sum(widths)
    if align == "centre":
        x -= total / 2
    elif align == "right":
        x -= total
    text_object = canvas.beginText(x, y)  # one text object: viewers copy it as one line
    for run in runs:
        text_object.setFont(run.font(bold), size)
        text_object.textOut(run.text)
    canvas.drawText(text_object)
    return total


def fit_text(text: str, max_width: float, size: float, bold: bool = False) -> str:
    """The text, cut short with an ellipsis if needed to fit ``max_width``; may be ""."""
    if string_width(text, size, bold) <= max_width:
        return text
    ellipsis = "…"
    for end in range(len(text) - 1, 0, -1):
        candidate = text[:end].rstrip() + ellipsis
        if string_width(candidate, size, bold) <= max_width:
            return candidate
    return ""
