"""The shared document builder: text, fonts, page totals, bookmarks, contents, page starts."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.platypus import PageBreak, Paragraph, Table

import lessonstudy
from lessonstudy.printing import (
    DocumentMeta,
    Paper,
    Section,
    build_pdf,
    contents_section,
    heading,
    para,
)
from lessonstudy.printing.sections import Later
from lessonstudy.printing.styles import get_styles
from tests.printing.pdfcheck import (
    assert_all_fonts_embedded,
    fonts_in,
    outline_entries,
    outline_titles,
    page_count,
    page_texts,
    pdf_text,
)

META = DocumentMeta(title="Open class 公開課", subtitle="Fanling 粉嶺", author="Ms Chan",
                    subject="Lesson study")


def _filler(pages: int) -> list[object]:
    """Roughly ``pages`` pages of body text, separated by hard breaks."""
    story: list[object] = []
    for number in range(pages):
        if number:
            story.append(PageBreak())
        story.append(para(f"Filler page {number + 1}"))
    return story


def test_mixed_english_and_chinese_text_extracts_back(out_pdf: Path) -> None:
    build_pdf(out_pdf, [para("觀課 Observation 第二組")], META)
    text = pdf_text(out_pdf)
    assert "觀課 Observation 第二組" in text
    assert "Open class 公開課" in text  # header title, drawn in two fonts


def test_every_font_is_embedded(out_pdf: Path) -> None:
    build_pdf(out_pdf, [heading("標題 Heading"), para("Body 內文 text")], META)
    assert_all_fonts_embedded(out_pdf)
    fonts = fonts_in(out_pdf)
    assert {f.name.split("+")[-1] for f in fonts} == {
        "DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}
    assert all("+" in f.name for f in fonts)  # subset, not the whole 4 MB CJK font


def test_three_pages_say_page_x_of_3(out_pdf: Path) -> None:
    result = build_pdf(out_pdf, _filler(3), META)
    texts = page_texts(out_pdf)
    assert result.pages == page_count(out_pdf) == 3
    assert result.passes == 1  # the total is filled in at save time, not by a second layout
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of 3" in text


def test_page_label_can_be_chinese(out_pdf: Path) -> None:
    meta = DocumentMeta(title="教案", page_label="第 {page} 頁，共 {pages} 頁")
    build_pdf(out_pdf, _filler(2), meta)
    assert "第 2 頁，共 2 頁" in page_texts(out_pdf)[1]


def test_metadata_names_the_app_and_the_document(out_pdf: Path) -> None:
    build_pdf(out_pdf, [para("x")], META)
    info = PdfReader(out_pdf).metadata
    assert info is not None
    assert info.title == "Open class 公開課"
    assert info.author == "Ms Chan"
    assert info.subject == "Lesson study"
    assert info.creator == f"Lesson Study {lessonstudy.__version__}"


@pytest.mark.parametrize(("paper", "width"), [(Paper.A4, 595), (Paper.LETTER, 612)])
def test_paper_size_sets_the_page_box(out_pdf: Path, paper: Paper, width: int) -> None:
    build_pdf(out_pdf, [para("x")], META, paper=paper)
    box = PdfReader(out_pdf).pages[0].mediabox
    assert round(float(box.width)) == width


def test_sections_become_nested_bookmarks(out_pdf: Path) -> None:
    sections = [
        Section("Lesson 1 第一課", [para("a")], subsections=[
            Section("Segments", [para("b")], new_page=False),
            Section("Groups 組別", [para("c")], new_page=False),
        ]),
        Section("Conference", [para("d")]),
    ]
    result = build_pdf(out_pdf, sections, META)
    entries = outline_entries(out_pdf)
    assert [(e.level, e.title) for e in entries] == [
        (0, "Lesson 1 第一課"), (1, "Segments"), (1, "Groups 組別"), (0, "Conference"),
    ]
    assert [e.page for e in entries] == [1, 1, 1, 2]
    assert result.bookmarks == outline_titles(out_pdf)


def test_contents_page_numbers_match_the_real_pages(out_pdf: Path) -> None:
    sections = [
        contents_section("Contents 目錄"),
        Section("Plan", _filler(2)),
        Section("Observation 觀課", _filler(3)),
        Section("Conference", [para("end")]),
    ]
    build_pdf(out_pdf, sections, META)
    texts = page_texts(out_pdf)
    actual = {title: next(i for i, t in enumerate(texts, 1) if t.lstrip().startswith(title))
              for title in ("Plan", "Observation 觀課", "Conference")}
    assert actual == {"Plan": 2, "Observation 觀課": 4, "Conference": 7}
    printed = [int(n) for n in re.findall(r"\.\s*(\d+)\s*$", texts[0], flags=re.MULTILINE)]
    assert printed == [2, 4, 7]
    assert "Contents 目錄" not in outline_titles(out_pdf)[1:]


def test_odd_page_section_inserts_one_blank_page(out_pdf: Path) -> None:
    sections = [
        Section("Cover", [para("page one")]),
        Section("Plan", [para("page three, after a blank")], odd_page=True),
        Section("Forms", _filler(2), odd_page=True),  # page 4 blank, then 5 and 6
        Section("Report", [para("odd already")], odd_page=True),
    ]
    build_pdf(out_pdf, sections, META)
    texts = page_texts(out_pdf)
    assert len(texts) == 7
    starts = [e.page for e in outline_entries(out_pdf)]
    assert starts == [1, 3, 5, 7]
    assert texts[1].strip() == "Page 2 of 7"  # blank page: no header, only the footer
    assert texts[3].strip() == "Page 4 of 7"


def test_odd_page_on_an_odd_page_adds_nothing(out_pdf: Path) -> None:
    sections = [Section("One", _filler(2)), Section("Three", [para("x")], odd_page=True)]
    build_pdf(out_pdf, sections, META)
    assert page_count(out_pdf) == 3


def test_new_page_does_not_leave_an_empty_first_page(out_pdf: Path) -> None:
    build_pdf(out_pdf, [Section("First", [para("x")]), Section("Second", [para("y")])], META)
    assert [e.page for e in outline_entries(out_pdf)] == [1, 2]


def test_user_text_with_markup_characters_prints_literally(out_pdf: Path) -> None:
    typed = "Q&A <pairs> & groups > 4 </b> &amp;"
    build_pdf(out_pdf, [heading("A <b> & B"), para(typed)], META)
    text = pdf_text(out_pdf)
    assert typed in text
    assert "A <b> & B" in text
    assert "A <b> & B" in outline_titles(out_pdf)


def test_newlines_in_user_text_become_lines(out_pdf: Path) -> None:
    build_pdf(out_pdf, [para("first line\n第二行")], META)
    assert "first line\n第二行" in pdf_text(out_pdf)


def test_invariant_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        build_pdf(path, [Section("Plan 教案", [para("same 一樣")])], META, invariant=True)
    assert first.read_bytes() == second.read_bytes()


def test_importing_printing_turns_off_ascii85() -> None:
    assert rl_config.useA85 == 0


def test_progress_reports_passes_and_pages(out_pdf: Path) -> None:
    events: list[tuple[str, int]] = []
    result = build_pdf(out_pdf, _filler(2), META, progress=lambda k, v: events.append((k, v)))
    assert ("PASS", result.passes) in events
    assert ("PAGE", 2) in events


def test_a_section_inside_a_story_is_a_subsection(out_pdf: Path) -> None:
    inner = Section("iBoard 第二組", [para("four key ideas")], new_page=False)
    build_pdf(out_pdf, [Section("Group 2", [para("notes"), inner])], META)
    assert [(e.level, e.title) for e in outline_entries(out_pdf)] == [
        (0, "Group 2"), (1, "iBoard 第二組")]


def test_tables_and_contents_bring_no_helvetica(out_pdf: Path) -> None:
    grid = Table([["Segment", para("環節 Group work")], ["plain text cell", "12:00"]])
    build_pdf(out_pdf, [contents_section(), Section("Plan 教案", [grid])], META)
    assert_all_fonts_embedded(out_pdf)
    assert "plain text cell" in pdf_text(out_pdf)


def test_later_content_is_made_only_when_layout_reaches_it(out_pdf: Path) -> None:
    log: list[str] = []

    class Logged(Paragraph):
        def draw(self) -> None:
            log.append(f"drawn {self.getPlainText()}")
            super().draw()

    def part(n: int) -> Callable[[], list[object]]:
        def make() -> list[object]:
            log.append(f"made {n}")
            return [Logged(f"body {n}", get_styles().body),
                    Section(f"Part {n}", [para("inside")], new_page=False)]
        return make

    sections = [contents_section("Contents"),
                *(Section(f"Lesson {n}", [Later(part(n))]) for n in range(3))]
    result = build_pdf(out_pdf, sections, META)
    assert log == ["made 0", "drawn body 0", "made 1", "drawn body 1", "made 2", "drawn body 2"]
    assert result.passes == 1
    entries = outline_entries(out_pdf)
    assert [(e.level, e.title) for e in entries] == [
        (0, "Contents"), (0, "Lesson 0"), (1, "Part 0"), (0, "Lesson 1"), (1, "Part 1"),
        (0, "Lesson 2"), (1, "Part 2")]
    contents = page_texts(out_pdf)[0]
    printed = [int(n) for n in re.findall(r"\.\s*(\d+)\s*$", contents, flags=re.MULTILINE)]
    assert printed == [2, 3, 4] and "Part 0" not in contents


def test_contents_lines_link_to_their_headings(out_pdf: Path) -> None:
    build_pdf(out_pdf, [contents_section("Contents"), Section("Plan", [para("x")]),
                        Section("Forms", [para("y")])], META)
    annotations = PdfReader(out_pdf).pages[0].get("/Annots") or []
    assert len(annotations) == 2
