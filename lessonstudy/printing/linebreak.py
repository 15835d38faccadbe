"""Break styled English / Chinese / Japanese text into lines once, for flowables that draw lines.

A ReportLab paragraph parses markup, builds fragments and, for Chinese,
breaks lines character by character through general machinery: about a
millisecond per note, and most of a 300-note packet's layout time. Notes,
key ideas and names need none of that: a few styled spans (bold name, grey
tail, normal text), broken greedily at spaces in Latin text and between any
two characters in CJK text, measured with cached widths. The lines are
computed once for a width and drawn as one text object each.

Line breaking follows the usual CJK rules closely enough for notes: closing
punctuation (，。、」… and , . ; : ! ?) never starts a line (it hangs past
the margin by its width instead), opening brackets stay with what follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Any, NamedTuple, cast

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.printing.styles import Ink
from lessonstudy.printing.textruns import TextRun, split_runs

NO_LINE_START = frozenset("，。、；：？！」』）〉》】〕．・ー…‥,.;:!?)]}%")
"""Characters that hang at the end of a line rather than start the next one."""
NO_LINE_END = frozenset("「『（〈《【〔([{")
"""Characters that move to the next line with what follows them."""

_WORDS = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class Span:
    """A stretch of text in one weight and colour (the breaker picks Latin or CJK fonts)."""

    text: str
    bold: bool = False
    color: Color = Ink.TEXT


class Piece(NamedTuple):
    """Text drawn in one font and colour within a line."""

    text: str
    font: str
    color: Color


Line = tuple[Piece, ...]


class _Token(NamedTuple):
    text: str
    font: str
    color: Color
    width: float  # without trailing spaces
    advance: float  # with them
    hangs: bool  # closing punctuation: stays on the line before
    holds: bool  # opening bracket: goes with the next token
    space: bool  # only whitespace


@lru_cache(maxsize=65536)
def _width(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt (a word or a character; most repeat)."""
    return float(stringWidth(text, font, 1.0))


def _runs(text: str) -> list[TextRun]:
    """Font runs; plain ASCII (most English notes) is one Latin run without a per-character look."""
    return [TextRun(text, False)] if text.isascii() else split_runs(text)


_char_widths: dict[str, dict[str, float]] = {}
"""Per font, the width at 1 pt of each CJK character met (a dict: no call per character)."""


def _cjk_tokens(text: str, font: str, color: Color, size: float) -> list[_Token]:
    """One token per character of a CJK run (the line may break between any two)."""
    widths = _char_widths.setdefault(font, {})
    tokens: list[_Token] = []
    add = tokens.append
    for char in text:
        width = widths.get(char)
        if width is None:
            width = widths[char] = _width(char, font)
        width *= size
        if char.isspace():
            add(_Token(char, font, color, 0.0, width, False, False, True))
        else:
            add(_Token(char, font, color, width, width, char in NO_LINE_START,
                       char in NO_LINE_END, False))
    return tokens


def _tokens(spans: Sequence[Span], size: float) -> list[_Token]:
    tokens: list[_Token] = []
    add = tokens.append
    for span in spans:
        color = span.color
        for run in _runs(span.text):
            font = run.font(span.bold)
            if run.cjk:
                tokens += _cjk_tokens(run.text, font, color, size)
                continue
            parts = _WORDS.findall(run.text)
            for part in parts:
                core = part.rstrip()
                advance = _width(part, font) * size
                if not core:
                    add(_Token(part, font, color, 0.0, advance, False, False, True))
                    continue
                width = advance if core is part else _width(core, font) * size
                add(_Token(part, font, color, width, advance,
                           len(core) <= 2 and core[0] in NO_LINE_START, core[-1] in NO_LINE_END,
                           False))
    return tokens


def break_lines(spans: Sequence[Span], size: float, width: float) -> list[Line]:
    """The spans' text in lines no wider than ``width`` points (greedy, CJK-aware).

    Whitespace (including newlines) only separates words; a word wider than
    the whole line is cut between characters.
    """
    lines: list[list[_Token]] = [[]]
    current = lines[0]
    used = 0.0
    for token in _tokens(spans, size):
        if token.space:  # spaces: only between words on a line
            if current:
                current.append(token)
                used += token.advance
            continue
        if used + token.width <= width or not current or (
                token.hangs and not current[-1].hangs):
            current.append(token)  # closing punctuation may hang past the edge, once
            used += token.advance
            continue
        carried: list[_Token] = []
        if token.hangs:  # "」，" cannot both hang: they go down with the character before
            while len(current) > 1 and current[-1].hangs:
                carried.insert(0, current.pop())
            if len(current) > 1:
                carried.insert(0, current.pop())
        while current and (current[-1].holds or current[-1].space):
            carried.insert(0, current.pop())  # an opening bracket goes with what follows
        current = [t for t in carried if not t.space]
        current.append(token)
        lines.append(current)
        used = sum(t.advance for t in current)
    out: list[Line] = []
    for tokens in lines:
        out.extend(_cut_long(tokens, size, width))
    return [line for line in out if line] or [()]


def _cut_long(tokens: list[_Token], size: float, width: float) -> list[Line]:
    """A line's tokens as pieces; a single token wider than the line is cut by characters."""
    if len(tokens) == 1 and tokens[0].width > width and len(tokens[0].text.strip()) > 1:
        token = tokens[0]
        lines: list[Line] = []
        chunk = ""
        for char in token.text.strip():
            if chunk and _width(chunk + char, token.font) * size > width:
                lines.append((Piece(chunk, token.font, token.color),))
                chunk = ""
            chunk += char
        lines.append((Piece(chunk, token.font, token.color),))
        return lines
    return [_merge(tokens)]


def _merge(tokens: list[_Token]) -> Line:
    """Neighbouring tokens in the same font and colour as one piece; no trailing spaces."""
    pieces: list[Piece] = []
    texts: list[str] = []
    font: str | None = None
    color: Color | None = None
    for token in tokens:
        if token.font != font or token.color is not color:
            if texts:
                pieces.append(Piece("".join(texts), font or "", color or Ink.TEXT))
            texts, font, color = [], token.font, token.color
        texts.append(token.text)
    if texts:
        pieces.append(Piece("".join(texts).rstrip(), font or "", color or Ink.TEXT))
    return tuple(p for p in pieces if p.text)


def line_width(line: Line, size: float) -> float:
    """How wide a broken line is when drawn."""
    return sum(_width(piece.text, piece.font) for piece in line) * size


def draw_line(canvas: Canvas, x: float, y: float, line: Line, size: float) -> None:
    """Draw one line at baseline ``y`` as a single text object (copies as one line)."""
    if line:
        writer = LineWriter(canvas)
        writer.line(x, y, line, size)
        writer.close()


class LineWriter:
    """Draws many broken lines through one PDF text object.

    A text object per line, with the font and colour set for every piece,
    was most of the cost of drawing a page of notes; here the font and colour
    are set only when they change.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text = canvas.beginText(0, 0)
        self._font: tuple[str, float] | None = None
        self._color: Color | None = None
        self._used = False
        self._operators: dict[tuple[str, int, float, float], str] = {}

    def line(self, x: float, y: float, line: Line, size: float) -> None:
        """Put ``line`` with its baseline starting at (x, y)."""
        if not line:
            return
        text = self.text
        text.setTextOrigin(x, y)
        for piece in line:
            if self._font != (piece.font, size):
                text.setFont(piece.font, size)
                self._font = (piece.font, size)
            if self._color is not piece.color:
                text.setFillColor(piece.color)
                self._color = piece.color
            text._code.append(self._shown(piece.font, piece.text))
        self._used = True

    def _shown(self, font_name: str, value: str) -> str:
        """The PDF operators that show ``value``: what ReportLab's ``textOut`` writes, faster.

        ReportLab numbers each character of a TrueType font per file and looks
        them up one by one in Python (and measures the text to move a cursor
        these lines do not use). Here characters the file has already numbered
        are looked up in one pass; anything else goes through ReportLab.
        """
        text, doc = self.text, self.canvas._doc
        font = getFont(font_name)
        state = font.state.get(doc) if getattr(font, "_dynamicFont", False) else None
        found = list(map(state.assignments.get, map(ord, value))) if state else [None]
        if not found or None in found:
            return str(text._formatText(value))
        codes = cast(list[int], found)
        if max(codes) < 256:
            chunks: Iterable[tuple[int, Iterable[int]]] = ((0, codes),)
        else:
            chunks = groupby(codes, key=_subset_of)
        shown: list[str] = []
        escape = self.canvas._escape
        for subset, chunk in chunks:
            if subset != text._curSubset:
                shown.append(self._font_operator(font, subset, text._fontsize, text._leading))
                text._curSubset = subset
            data = bytes(chunk) if subset == 0 else bytes(map(_LOW_BYTE, chunk))
            shown.append(f"({escape(data)}) Tj")
        return " ".join(shown)

    def _font_operator(self, font: Any, subset: int, size: float, leading: float) -> str:
        key = (font.fontName, subset, size, leading)
        operator = self._operators.get(key)
        if operator is None:
            name = font.getSubsetInternalName(subset, self.canvas._doc)
            operator = self._operators[key] = f"{name} {fp_str(size)} Tf {fp_str(leading)} TL"
        return operator

    def close(self) -> None:
        """Emit the text object (call once, after the last line)."""
        if self._used:
            self.canvas.drawText(self.text)


_LOW_BYTE = (0xFF).__and__
"""A glyph's code within its 256-glyph subset."""


def _subset_of(code: int) -> int:
    return code >> 8
