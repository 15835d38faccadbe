"""'Evidence by segment' at real size: 300 notes in a few two-column pages, every note readable."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from lessonstudy.domain.evidence_notes import EvidenceNote, by_segment
from lessonstudy.printing.document import DocumentMeta, build_pdf
from lessonstudy.printing.evidence import (
    GUTTER,
    NOTE_SIZE,
    EvidenceColumns,
    column_width,
    evidence_rows,
    evidence_story,
    rows_width,
)
from lessonstudy.printing.sections import Section
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_texts

WIDTH = 493.0  # A4 minus the margins
TEXTS = ("Pupil C counted the squares on the hypotenuse as 24 instead of 25; the partner "
         "corrected her by recounting the half squares.",
         "Teacher called on six students; four were boys in the front rows.",
         "B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。",
         "All pairs talked within five seconds; two pairs switched to Cantonese.",
         "Is the measurement table in the workbook too small for three triangles?")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def notes(count: int = 300) -> list[EvidenceNote]:
    return [EvidenceNote(
        id=k + 1, teaching_id=1, segment_number=k % 8 + 1, segment_title=f"Segment {k % 8 + 1}",
        planned_start=(k % 8) * 300, planned_end=(k % 8 + 1) * 300, elapsed_seconds=k * 9,
        group_position=k % 6, group_name=f"Group {k % 6 + 1}", focus="Student thinking",
        observer="" if k % 7 == 0 else f"Observer {k % 12} 陳", role="", case_pupil=(
            "Ada" if k % 10 == 0 else ""), kind=("evidence", "question")[k % 2],
        flagged=k % 13 == 0, text=f"{TEXTS[k % 5]} ({k})",
        feedback_ids=(9,) if k == 5 else (), feedback_numbers=(2,) if k == 5 else ())
        for k in range(count)]


def test_300_notes_fit_in_a_few_pages_with_every_note(out_pdf: Path) -> None:
    all_notes = notes()
    result = build_pdf(out_pdf, [Section("Evidence by segment", evidence_story(all_notes, WIDTH))],
                       DocumentMeta(title="Evidence"))
    assert result.pages <= 5
    text = squash("".join(page_texts(out_pdf)))
    for note in all_notes:
        if note.quoted:
            assert squash(note.text[:80]) in text and "(quotedinfeedback#2)" in text
        else:
            assert squash(note.text) in text, note.text
    assert text.count("Flagged:") == sum(1 for n in all_notes if n.flagged)
    assert text.count("—") >= sum(1 for n in all_notes if not n.observer)
    assert "pupilAda" in text and "(continued)" in text
    assert_all_fonts_embedded(out_pdf)


def test_notes_are_set_in_two_columns(out_pdf: Path) -> None:
    build_pdf(out_pdf, evidence_story(notes(120), WIDTH), DocumentMeta(title="Evidence"))
    starts: set[int] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if "Observer" in text:
            starts.add(round(cm[4] + tm[4]))

    PdfReader(out_pdf).pages[0].extract_text(visitor_text=visit)
    column = column_width(WIDTH)
    left = [x for x in starts if x < 51 + column]
    right = [x for x in starts if x > 51 + column + GUTTER / 2]
    assert left and right, starts


def test_no_line_runs_past_its_column() -> None:
    layout = evidence_rows(by_segment(notes()), column_width(WIDTH))
    assert rows_width(layout.rows) <= column_width(WIDTH) - layout.gutter + NOTE_SIZE


def test_the_last_page_is_balanced() -> None:
    layout = evidence_rows(by_segment(notes(40)), column_width(WIDTH))
    flowable = EvidenceColumns(layout, WIDTH)
    _, height = flowable.wrap(WIDTH, 700)
    total = sum(row.height for row in layout.rows)
    assert total / 2 <= height < total / 2 + 40


def test_a_note_longer_than_a_column_flows_on_and_nothing_is_left_below(out_pdf: Path) -> None:
    long = "Pupils explain why with evidence. 學生用證據解釋原因。 " * 150
    some = [*notes(30)]
    some[3] = EvidenceNote(**{**some[3].__dict__, "text": long})
    build_pdf(out_pdf, evidence_story(some, WIDTH), DocumentMeta(title="Evidence"))
    text = squash("".join(page_texts(out_pdf)))
    # what comes between the parts of the note: a column's "(continued)" line, header and footer
    text = re.sub(r"\d\.Segment\d\([^)]*\)·\d+notes\(continued\)|EvidencePage\dof\d", "", text)
    assert text.count("Pupilsexplainwhywithevidence.") == 150
    for note in some:
        if note is not some[3] and not note.quoted:
            assert squash(note.text) in text
