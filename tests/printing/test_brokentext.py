"""Plain text broken once: height, newlines, splitting across pages, fallback, read back."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from lessonstudy.printing.brokentext import BrokenText, plain
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.styles import get_styles
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_texts

RECORD = ("The group work ran ninety seconds long 小組活動超時九十秒，因為兩組重新量度了正方形。"
          "Next time I will give the measuring table a bigger grid.")


def test_lines_as_a_paragraph_would_have_them() -> None:
    style = get_styles().table_cell
    text = plain(RECORD, style)
    assert isinstance(text, BrokenText)
    width, height = text.wrap(200, 1000)
    assert width == 200 and height == style.leading * len(text._break(200))
    assert height >= 3 * style.leading  # it wraps
    paragraph_height = Paragraph(RECORD, style).wrap(200, 1000)[1]
    assert abs(height - paragraph_height) <= 2 * style.leading


def test_newlines_break_lines() -> None:
    text = plain("Group A\n甲組", get_styles().table_header)
    text.wrap(300, 100)
    assert ["".join(p.text for p in line) for line in text._break(300)] == ["Group A", "甲組"]


def test_splits_between_lines_and_keeps_every_word(tmp_path: Path) -> None:
    style = get_styles().body
    long_text = " ".join([RECORD] * 40)
    text = plain(long_text, style)
    _w, height = text.wrap(300, 10_000)
    first, rest = text.split(300, height / 3)
    assert first.wrap(300, 10_000)[1] <= height / 3
    assert first.wrap(300, 10_000)[1] + rest.wrap(300, 10_000)[1] == height
    assert text.split(300, 1) == []  # not one line fits: ReportLab moves it whole
    out = tmp_path / "long.pdf"
    SimpleDocTemplate(str(out), initialFontName=LATIN).build([plain(long_text, style)])
    pages = page_texts(out)
    assert len(pages) >= 2
    joined = "".join("".join(pages).split())
    assert joined.count("Nexttime") == 40
    assert_all_fonts_embedded(out)


def test_styles_it_cannot_honour_get_a_paragraph() -> None:
    indented = ParagraphStyle("indented", parent=get_styles().body, leftIndent=12)
    assert isinstance(plain(RECORD, indented), Paragraph)
    justified = ParagraphStyle("justified", parent=get_styles().body, alignment=4)
    assert isinstance(plain(RECORD, justified), Paragraph)
