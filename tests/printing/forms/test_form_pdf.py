"""Observation form PDFs read back with pypdf: content, fonts, Chinese, pages, paper, fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from lessonstudy.domain.enums import DEFAULT_PRINCIPLES
from lessonstudy.domain.observation_form import (
    FORM_FORMAT,
    GROUP_FIELD,
    OBSERVER_FIELD,
    TEACHING_FIELD,
    cell_field,
    key_idea_field,
    pupil_field,
)
from lessonstudy.domain.timing import format_clock
from lessonstudy.services.forms import TeachingForms, load_forms
from lessonstudy.storage.library import Library
from tests.forms_support import RESEARCH_TEACHING, field_values, print_forms, print_one
from tests.printing.pdfcheck import assert_all_fonts_embedded, fonts_in, page_texts, pdf_text


@pytest.fixture
def forms(demo_library: Library) -> TeachingForms:
    return load_forms(demo_library, RESEARCH_TEACHING)


def _flat(text: str) -> str:
    """Extracted text with line breaks (from cell wrapping) turned into spaces."""
    return re.sub(r"\s+", " ", text)


def test_group_forms_show_every_segment_focus_prompts_principles_and_key_ideas(
    demo_library: Library, forms: TeachingForms, tmp_path: Path
) -> None:
    result = print_forms(demo_library, tmp_path)
    assert [p.name for p in result.files] == ["01-Group-A.pdf", "02-Group-B.pdf", "03-Group-C.pdf"]
    for path, group in zip(result.files, forms.groups, strict=True):
        text = _flat(pdf_text(path))
        for segment in forms.segments:
            assert f"{format_clock(segment.start)}–{format_clock(segment.end)}" in text
            assert f"{segment.number}. {segment.title}" in text
            assert segment.kind.label in text
        assert f"Focus: {group.focus}" in text
        for prompt in group.prompts:
            assert prompt in text
        for principle in DEFAULT_PRINCIPLES:
            assert principle in text
        for position in range(1, 5):
            assert f"Key idea {position}" in text
        assert forms.lesson_goals[:60] in text
        assert "Research theme" in text
        assert f"iBoard: four key ideas — {group.name}" in text


def test_columns_follow_the_focus_and_case_pupils_get_columns(
    demo_library: Library, forms: TeachingForms, tmp_path: Path
) -> None:
    paths = print_forms(demo_library, tmp_path).files
    grid = _flat(page_texts(paths[0])[1])  # Group A: objectives and learning guides
    assert "Evidence of the objectives" in grid and "Learning guide and materials" in grid
    assert "Teacher moves" not in grid
    for label in ("A", "B", "C"):
        assert f"Pupil {label}" in grid
    thinking = _flat(page_texts(paths[2])[1])  # Group C: student thinking
    assert "Reasoning and misconceptions" in thinking


def test_every_page_says_page_x_of_y(demo_library: Library, tmp_path: Path) -> None:
    texts = page_texts(print_one(demo_library, tmp_path / "g.pdf"))
    assert len(texts) == 6  # cover, two grid pages, iBoard, classroom map, predictions
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of 6" in text


def test_fonts_are_embedded_subsets_even_in_fillable_forms(
    demo_library: Library, tmp_path: Path
) -> None:
    for path in (
        print_one(demo_library, tmp_path / "plain.pdf"),
        print_one(demo_library, tmp_path / "fill.pdf", observer=0, fillable=True),
    ):
        assert_all_fonts_embedded(path)
        names = {f.name.split("+")[-1] for f in fonts_in(path)}
        assert names == {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}


def test_chinese_extracts_correctly(demo_library: Library, tmp_path: Path) -> None:
    first = print_one(demo_library, tmp_path / "one.pdf", observer=0)
    texts = page_texts(first)
    assert all("發現畢氏定理" in text for text in texts)  # lesson title in every header
    assert "Dr Anna Leung 梁安娜" in texts[0]  # the observer's name
    assert "自主學習" in texts[0]  # research theme


def test_critical_friends_get_their_box_and_visitors_do_not(
    demo_library: Library, tmp_path: Path
) -> None:
    friend, visitor = (
        _flat(page_texts(print_one(demo_library, tmp_path / f"{n}.pdf", observer=n))[0])
        for n in (0, 1)
    )
    assert "Role: Critical friend" in friend
    assert "You speak after the group reports" in friend
    assert "Role: Visitor" in visitor
    assert "You speak after the group reports" not in visitor
    group_form = _flat(page_texts(print_one(demo_library, tmp_path / "g.pdf"))[0])
    assert "Critical friend of this group: Dr Anna Leung 梁安娜" in group_form


def test_paper_is_landscape_a4_by_default_or_letter(demo_library: Library, tmp_path: Path) -> None:
    a4 = PdfReader(print_forms(demo_library, tmp_path / "a4").files[0]).pages[0].mediabox
    letter = (
        PdfReader(print_forms(demo_library, tmp_path / "us", paper="letter").files[0])
        .pages[0]
        .mediabox
    )
    assert (round(a4.width), round(a4.height)) == (round(A4[1]), round(A4[0]))
    assert (round(letter.width), round(letter.height)) == (round(LETTER[1]), round(LETTER[0]))


def test_fillable_fields_have_the_documented_names(
    demo_library: Library, forms: TeachingForms, tmp_path: Path
) -> None:
    path = print_one(demo_library, tmp_path / "f.pdf", observer=0, fillable=True)
    group, observer = forms.groups[0], forms.groups[0].observers[0]
    values = field_values(path)
    t = forms.teaching_uuid
    expected = {
        cell_field(t, group.uuid, s.lineage, c.key) for s in forms.segments for c in group.columns
    }
    expected |= {
        pupil_field(t, group.uuid, s.lineage, p.uuid)
        for s in forms.segments
        for p in forms.case_pupils
    }
    expected |= {key_idea_field(t, group.uuid, n) for n in range(1, 5)}
    identity = {
        "ls.format": FORM_FORMAT,
        TEACHING_FIELD: t,
        GROUP_FIELD: group.uuid,
        OBSERVER_FIELD: observer.uuid,
    }
    assert set(values) == expected | set(identity)
    assert {name: values[name] for name in identity} == identity
    assert len(expected) == 10 * 6 + 4
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert f"ls-teaching:{t}" in str(reader.metadata.get("/Keywords", ""))
    acroform = reader.root_object["/AcroForm"]
    assert acroform["/NeedAppearances"]  # viewers draw typed Chinese with their own fonts


def test_labels_stay_printed_text_not_fields(demo_library: Library, tmp_path: Path) -> None:
    path = print_one(demo_library, tmp_path / "f.pdf", fillable=True)
    text = _flat(pdf_text(path))  # page text, not field values
    assert "Evidence of the objectives" in text and "Key idea 4" in text
    assert all(
        value == "" for name, value in field_values(path).items() if name.count(".") > 2
    )  # writing fields start empty


def test_combined_pdf_holds_every_form_with_its_own_page_numbers(
    demo_library: Library, tmp_path: Path
) -> None:
    result = print_forms(demo_library, tmp_path / "all.pdf", combined=True)
    texts = page_texts(result.files[0])
    assert result.pages == len(texts) == 18
    assert sum("Page 1 of 6" in t for t in texts) == 3
    assert PdfReader(result.files[0]).get_fields() is None  # printed, not fillable


def test_a_lesson_without_case_pupils_has_only_the_focus_columns(
    demo_library: Library, tmp_path: Path
) -> None:
    from lessonstudy.storage.models import CasePupil

    with demo_library.unit_of_work() as session:
        for pupil in session.query(CasePupil).all():
            session.delete(pupil)
    path = print_one(demo_library, tmp_path / "f.pdf", fillable=True)
    assert "Pupil A" not in pdf_text(path)
    writing = [name for name in field_values(path) if ".seg" in name]
    assert len(writing) == 10 * 3
