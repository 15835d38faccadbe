"""The lesson plan PDF read back with pypdf: header, every segment with its times, fonts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from lessonstudy.printing.plan import build_plan_pdf
from lessonstudy.services.plans import load_plan
from lessonstudy.storage.library import Library
from tests.printing.pdfcheck import assert_all_fonts_embedded, outline_titles, pdf_text


def _squashed(text: str) -> str:
    """Extracted text without line breaks and spaces (table cells wrap anywhere)."""
    return "".join(text.split())


def test_plan_prints_every_segment_with_its_times(demo_library: Library, out_pdf: Path) -> None:
    plan = load_plan(demo_library, 1)
    result = build_plan_pdf(plan, out_pdf, invariant=True)
    assert result.pages >= 2
    text = pdf_text(out_pdf)
    flat = _squashed(text)
    for segment in plan.segments:
        assert _squashed(f"{segment.number}. {segment.title}") in flat
        assert segment.time_range in text, segment.time_range
        assert _squashed(segment.anticipated_responses) in flat
    assert "07:00–07:20" in text and "0:20 · Pair work" in text
    for header in ("發現畢氏定理", "自主學習", "陳慧敏 Chan Wai Man (teaching teacher)",
                   "Secondary 2 (2A)", "Points to evaluate", "Teacher support"):
        assert _squashed(header) in flat, header
    assert "Planned total 50:00 of a 50:00 lesson" in text
    assert_all_fonts_embedded(out_pdf)
    assert outline_titles(out_pdf) == [plan.title, "Flow of the lesson"]
    width, height = PdfReader(out_pdf).pages[0].mediabox.upper_right
    assert float(width) > float(height)  # landscape


def test_over_time_plan_prints_a_warning(demo_library: Library, out_pdf: Path) -> None:
    plan = load_plan(demo_library, 1)
    longer = dataclasses.replace(plan.segments[-1], planned_seconds=120, end=3060)
    build_plan_pdf(dataclasses.replace(plan, segments=(*plan.segments[:-1], longer)), out_pdf)
    text = pdf_text(out_pdf)
    assert "The plan runs 1:00 over the 50:00 lesson." in text


def test_empty_version_prints_a_note(library: Library, out_pdf: Path) -> None:
    from lessonstudy.services.lessons import NewLesson, create_lesson

    create_lesson(library, NewLesson(title="Fractions <分數> & decimals"))
    build_plan_pdf(load_plan(library, "Fractions <分數> & decimals"), out_pdf)
    text = pdf_text(out_pdf)
    assert "Fractions <分數> & decimals" in text
    assert "This version has no segments yet." in text
    assert_all_fonts_embedded(out_pdf)


def test_very_long_texts_flow_onto_the_next_page(demo_library: Library, out_pdf: Path) -> None:
    """A cell taller than a page (a long pasted activity or goals) raised LayoutError."""
    plan = load_plan(demo_library, 1)
    activity = "Pupils fold the strip and explain why. 學生摺紙並解釋原因。" * 60  # ~2,700 chars
    first = dataclasses.replace(plan.segments[0], activity=activity)
    long_plan = dataclasses.replace(plan, goals="Goal 目標 " * 1200,
                                    segments=(first, *plan.segments[1:]))
    result = build_plan_pdf(long_plan, out_pdf)
    flat = _squashed(pdf_text(out_pdf))
    assert result.pages > 3
    assert flat.count(_squashed("Pupils fold the strip and explain why.")) == 60
    assert flat.count("Goal") == 1200  # (a page may break between 目 and 標)
    assert_all_fonts_embedded(out_pdf)
