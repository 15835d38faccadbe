"""Pages drawn once per form book and copied into later files read exactly like drawn ones."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from lessonstudy.i18n import using_language
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.forms import FormBook, FormCopy
from lessonstudy.printing.forms.replay import Fragments, SharedGlyphs
from lessonstudy.printing.textruns import draw_string
from lessonstudy.services.forms import load_forms
from lessonstudy.storage.library import Library
from tests.forms_support import RESEARCH_TEACHING
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_texts


def test_every_form_of_a_book_reads_as_if_drawn_alone(
    demo_library: Library, tmp_path: Path
) -> None:
    with using_language("bilingual"):  # Latin and CJK glyphs, both numbered by the book
        forms = load_forms(demo_library, RESEARCH_TEACHING)
        copies = [FormCopy(g, o) for g in forms.groups for o in g.observers[:3]]
        book = FormBook(forms, invariant=True)
        for n, copy in enumerate(copies):
            book.write(tmp_path / f"book-{n}.pdf", copy)
        for n, copy in enumerate(copies):  # each from a fresh book: every page drawn
            FormBook(forms, invariant=True).write(tmp_path / f"alone-{n}.pdf", copy)
    assert len(copies) >= 9
    for n, copy in enumerate(copies):
        copied = page_texts(tmp_path / f"book-{n}.pdf")
        assert copied == page_texts(tmp_path / f"alone-{n}.pdf"), n
        assert copy.observer is not None and copy.observer.name in copied[0]
    assert_all_fonts_embedded(tmp_path / f"book-{len(copies) - 1}.pdf")


def test_a_combined_file_copies_pages_and_still_reads_whole(
    demo_library: Library, tmp_path: Path
) -> None:
    with using_language("zh-HK"):
        forms = load_forms(demo_library, RESEARCH_TEACHING)
        copies = [FormCopy(g) for g in forms.groups]
        book = FormBook(forms, invariant=True)
        book.write_combined(tmp_path / "all.pdf", copies)
        alone = [FormBook(forms, invariant=True) for _ in copies]
        for n, (copy, fresh) in enumerate(zip(copies, alone, strict=True)):
            fresh.write(tmp_path / f"{n}.pdf", copy)
    expected = [text for n in range(len(copies)) for text in page_texts(tmp_path / f"{n}.pdf")]
    assert page_texts(tmp_path / "all.pdf") == expected
    assert_all_fonts_embedded(tmp_path / "all.pdf")


def test_a_drawing_is_painted_once_and_copied_into_the_next_file(tmp_path: Path) -> None:
    glyphs = SharedGlyphs()
    fragments = Fragments(glyphs)
    painted: list[str] = []

    def paint(canvas: Canvas) -> None:
        painted.append("x")
        draw_string(canvas, 50, 700, "Segment 段落 3B", 12)

    codes = []
    for n in range(3):
        canvas = Canvas(str(tmp_path / f"{n}.pdf"), initialFontName=LATIN)
        glyphs.attach(canvas)
        start = len(canvas._code)
        fragments.draw(canvas, "label", paint)
        codes.append(canvas._code[start:])
        canvas.showPage()
        canvas.save()
    assert painted == ["x"]
    assert codes[0] == codes[1] == codes[2]
    for n in range(3):
        assert "Segment 段落 3B" in page_texts(tmp_path / f"{n}.pdf")[0]
        assert_all_fonts_embedded(tmp_path / f"{n}.pdf")


def test_a_drawing_with_a_font_of_its_own_is_painted_every_time(tmp_path: Path) -> None:
    glyphs = SharedGlyphs()
    fragments = Fragments(glyphs)
    painted: list[str] = []

    def paint(canvas: Canvas) -> None:
        painted.append("x")
        canvas.setFont("Helvetica", 10)  # a standard font: its name differs from file to file
        canvas.drawString(50, 700, "Helvetica")

    for n in range(2):
        canvas = Canvas(str(tmp_path / f"{n}.pdf"), initialFontName=LATIN)
        glyphs.attach(canvas)
        fragments.draw(canvas, "own font", paint)
        canvas.showPage()
        canvas.save()
    unattached = Canvas(str(tmp_path / "other.pdf"))  # not the book's: never copied into
    fragments.draw(unattached, "own font", paint)
    assert painted == ["x", "x", "x"]
    assert "Helvetica" in page_texts(tmp_path / "1.pdf")[0]
