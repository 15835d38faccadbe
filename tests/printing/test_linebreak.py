"""Lines broken once for flowables that draw them: widths, CJK rules, long words, fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.printing.fonts import CJK, LATIN, LATIN_BOLD
from lessonstudy.printing.linebreak import (
    NO_LINE_END,
    NO_LINE_START,
    LineWriter,
    Span,
    break_lines,
    line_width,
)

MIXED = ("B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。 Pupils (counted) the "
         "squares on the hypotenuse, again and again.")


def texts(lines: list[tuple]) -> list[str]:
    return ["".join(piece.text for piece in line) for line in lines]


@pytest.mark.parametrize("width", [40, 60, 83, 100, 118, 130, 150, 240])
def test_lines_fit_and_keep_every_character(width: float) -> None:
    lines = break_lines([Span(MIXED)], 7, width)
    shown = texts(lines)
    assert "".join(shown).replace(" ", "") == MIXED.replace(" ", "")
    for line, text in zip(lines, shown, strict=True):
        hanging = text[-1] in NO_LINE_START
        # closing punctuation may hang past the edge by one character, nothing else does
        assert line_width(line, 7) <= width + (7.5 if hanging else 0.01), (width, text)


@pytest.mark.parametrize("width", [40, 60, 83, 100, 118, 130, 150])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(width: float) -> None:
    for text in texts(break_lines([Span(MIXED)], 7, width))[1:]:
        assert text[0] not in NO_LINE_START, text
    for text in texts(break_lines([Span(MIXED)], 7, width))[:-1]:
        assert text[-1] not in NO_LINE_END, text


def test_latin_breaks_at_spaces_only() -> None:
    words = "Teacher called on six students; four were boys in the front rows."
    for text in texts(break_lines([Span(words)], 7, 70)):
        assert text == text.strip() and all(part in words.split() for part in text.split())


def test_a_word_longer_than_the_line_is_cut() -> None:
    url = "https://example.org/" + "x" * 80
    lines = break_lines([Span(url)], 7, 60)
    assert len(lines) > 2 and "".join(texts(lines)) == url
    assert all(line_width(line, 7) <= 60.01 for line in lines)


def test_fonts_follow_script_and_weight() -> None:
    [line] = break_lines([Span("Ms Chan", bold=True), Span(" 陳老師 said")], 7, 500)
    fonts = [(piece.text, piece.font) for piece in line]
    assert fonts == [("Ms Chan", LATIN_BOLD), (" ", LATIN), ("陳老師", CJK), (" said", LATIN)]


def test_empty_text_is_one_empty_line() -> None:
    assert break_lines([Span("")], 7, 100) == [()]


def test_lines_are_written_exactly_as_reportlab_writes_them(tmp_path: Path) -> None:
    """The line writer's own character lookup gives ReportLab's operators byte for byte."""
    # many distinct CJK characters: several 256-glyph subsets, switched within a line
    many = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 700, 3))
    spans = [Span(MIXED), Span(" 3B · 09:41 ", bold=True), Span(many), Span("(x) \\ ß")]
    lines = break_lines(spans, 7, 200)
    canvas = Canvas(str(tmp_path / "writer.pdf"), initialFontName=LATIN)
    for _ in range(2):  # the second time every character is already numbered
        writer = LineWriter(canvas)
        for n, line in enumerate(lines):
            writer.line(10, 800 - 9 * n, line, 7)
        writer.close()
    assert list(canvas._code) == _reportlab_written(lines, tmp_path)


def _reportlab_written(lines: list[tuple], tmp_path: Path) -> list[str]:
    """The same lines written with ReportLab's own ``textOut``."""
    canvas = Canvas(str(tmp_path / "reportlab.pdf"), initialFontName=LATIN)
    for _ in range(2):
        text = canvas.beginText(0, 0)
        font = color = None
        for n, line in enumerate(lines):
            text.setTextOrigin(10, 800 - 9 * n)
            for piece in line:
                if font != piece.font:
                    text.setFont(piece.font, 7)
                    font = piece.font
                if color is not piece.color:
                    text.setFillColor(piece.color)
                    color = piece.color
                text.textOut(piece.text)
        canvas.drawText(text)
    return list(canvas._code)
