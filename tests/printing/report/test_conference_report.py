"""The conference report read back from the PDF: every feedback item, action, time and photo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessonstudy.domain.conference import GENERAL_FOCUS
from lessonstudy.domain.timing import format_clock
from lessonstudy.services import conference as conf
from lessonstudy.services.report import load_report_data, write_conference_report
from lessonstudy.storage.library import Library
from tests.photo_files import copy_photos
from tests.printing.pdfcheck import (
    assert_all_fonts_embedded,
    image_count,
    outline_titles,
    page_count,
    pdf_text,
)

RESEARCH, REHEARSAL = 2, 1
TYPE_HEADINGS = {"strength": "Strengths", "question": "Questions", "suggestion": "Suggestions",
                 "concern": "Concerns"}


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines and CJK breaks extract with newlines."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> tuple[Path, object]:
    """The demo's report with two agenda steps timed (built once for the module)."""
    import sqlite3

    from lessonstudy.paths import resolve_location

    folder = tmp_path_factory.mktemp("report-lib")
    src, dst = sqlite3.connect(demo_template / "library.db"), sqlite3.connect(folder / "library.db")
    src.backup(dst)
    src.close()
    dst.close()
    copy_photos(demo_template, folder)
    library = Library.open(resolve_location(folder))
    info = conf.open_conference(library, RESEARCH)
    conf.record_agenda_time(library, info.agenda[0].id, 150)
    conf.record_agenda_time(library, info.agenda[1].id, 312)
    out = folder / "report.pdf"
    write_conference_report(library, RESEARCH, out)
    data = load_report_data(library, RESEARCH)
    library.close()
    return out, data


def test_every_feedback_item_is_under_its_focus_and_type(built: tuple[Path, object]) -> None:
    out, data = built
    text = squash(pdf_text(out))
    start, end = text.index("Feedbackbyfocus"), text.index("Critical-friendfeedback")
    section = text[start:end]
    foci = [squash(g.focus) for g in data.groups] + [GENERAL_FOCUS]  # type: ignore[attr-defined]
    for item in data.feedback:  # type: ignore[attr-defined]
        where = section.index(squash(item.text))
        before = section[:where]
        nearest_focus = max(foci, key=lambda f: before.rfind(f))
        assert nearest_focus == squash(item.focus or GENERAL_FOCUS), item.text
        nearest_type = max(TYPE_HEADINGS.values(), key=lambda t: before.rfind(t))
        assert nearest_type == TYPE_HEADINGS[item.type], item.text
    for focus in foci[:3]:  # strengths come first under each focus
        block = section[section.index(focus):]
        assert block.index("Strengths") < block.index("Concerns")


def test_critical_friend_feedback_is_gathered(built: tuple[Path, object]) -> None:
    out, data = built
    text = squash(pdf_text(out))
    section = text[text.index("Critical-friendfeedback"):text.index("KeyideasandiBoards")]
    friends = [f for f in data.feedback if f.critical_friend]  # type: ignore[attr-defined]
    assert len(friends) == 3
    for item in friends:
        assert squash(item.text) in section
        assert squash(f"{item.author} (critical friend)") in section


def test_every_action_and_status_is_printed(built: tuple[Path, object]) -> None:
    out, data = built
    text = squash(pdf_text(out))
    section = text[text.index("Actionitems"):text.index("Feedbackprinciples")]
    for action in data.actions:  # type: ignore[attr-defined]
        assert squash(action.text) in section
        assert squash(action.owner) in section
    assert section.count("Open") == 3
    for principle in data.principles:  # type: ignore[attr-defined]
        assert squash(principle) in text[text.index("Feedbackprinciples"):]


def test_planned_and_actual_times_and_agenda_times(built: tuple[Path, object]) -> None:
    out, data = built
    text = squash(pdf_text(out))
    flow = data.flow  # type: ignore[attr-defined]
    for item in flow.segments:
        assert f"{format_clock(item.planned.start)}–{format_clock(item.planned.end)}" in text
        assert f"{format_clock(item.start)}–{format_clock(item.end)}" in text
    assert "+1:25" in text  # group work ran long
    assert squash("Planned 50:00 · actual 53:15 · 3:15 over") in text
    agenda = text[text.index("Conferenceagenda"):]
    assert "2min2:30" in agenda and "5min5:12" in agenda


def test_cover_photos_fonts_pages_and_bookmarks(built: tuple[Path, object]) -> None:
    out, data = built
    text = pdf_text(out)
    assert "Discovering Pythagoras' theorem 發現畢氏定理" in text
    assert "學習冊的表格太小，三個三角形不夠位" in squash(text)  # a key idea in Chinese
    for group in data.groups:  # type: ignore[attr-defined]
        for person in group.observers:
            assert squash(person.name) in squash(text)
    assert image_count(out) == len(data.photos) == 3  # type: ignore[attr-defined]
    assert_all_fonts_embedded(out)
    pages = page_count(out)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert outline_titles(out)[:4] == ["Post-lesson conference report", "Observers by group",
                                       "Research theme and goals",
                                       "Lesson flow: planned and actual times"]


def test_a_teaching_without_conference_still_prints(demo_library: Library, tmp_path: Path) -> None:
    out = tmp_path / "rehearsal.pdf"
    result = write_conference_report(demo_library, REHEARSAL, out)
    text = pdf_text(out)
    assert result.pages >= 2 and result.size_bytes == out.stat().st_size
    for message in ("No feedback was recorded.", "no iBoard photos were added.",
                    "No conference agenda was recorded.", "Mutual respect"):
        assert message in text
    assert image_count(out) == 0
    assert "3:00–07:00" in text or "03:00–07:00" in text


def test_table_headers_never_break_inside_a_word(built: tuple[Path, object]) -> None:
    """'Length' and 'Observers' were printed as 'Lengt/h' and 'Observ/ers' in narrow columns."""
    out, _ = built
    lines = [line.strip() for line in pdf_text(out).splitlines()]
    assert "Lengt" not in lines and "Observ" not in lines
    assert lines.count("Length") == 2 and "Observers" in lines


def test_grid_table_widens_a_column_too_narrow_for_its_heading_and_keeps_the_width() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from lessonstudy.printing.report.layout import grid_table
    from lessonstudy.printing.styles import get_styles

    header_font = get_styles().table_header.fontName
    table = grid_table(["Segment", "Observers"], [["a", "8"]], [200.0, 30.0])
    widths = table._colWidths
    assert sum(widths) == pytest.approx(230.0)
    assert widths[1] >= stringWidth("Observers", header_font, 9) + 12


def test_very_long_texts_flow_onto_the_next_page(built: tuple[Path, object],
                                                 tmp_path: Path) -> None:
    """A cell taller than a page (long goals, feedback, action, prompts) raised LayoutError."""
    import dataclasses

    from lessonstudy.printing.report import build_conference_report

    _, data = built
    long = "Pupils explain why with evidence. 學生用證據解釋原因。 " * 150  # ~6,000 characters
    d: object = data
    group = dataclasses.replace(d.groups[0], prompts=long)  # type: ignore[attr-defined]
    feedback = dataclasses.replace(d.feedback[0], text=long)  # type: ignore[attr-defined]
    action = dataclasses.replace(d.actions[0], text=long)  # type: ignore[attr-defined]
    photo = dataclasses.replace(d.photos[0],  # type: ignore[attr-defined]
                                key_ideas=(long[:2000],) * 4)
    long_data = dataclasses.replace(
        d, lesson_goals=long, groups=(group, *d.groups[1:]),  # type: ignore[attr-defined]
        feedback=(feedback, *d.feedback[1:]), actions=(action, *d.actions[1:]),  # type: ignore[attr-defined]
        photos=(photo, *d.photos[1:]))  # type: ignore[attr-defined]
    out = tmp_path / "long.pdf"
    build_conference_report(long_data, out)
    text = squash(pdf_text(out))
    assert text.count(squash("Pupils explain why with evidence.")) >= 5 * 150
    assert_all_fonts_embedded(out)
