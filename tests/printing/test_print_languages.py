"""Every print in every language: no English template text, translated headings, fonts embedded.

The demo open class is printed as lesson plan, group list, observation forms, conference report
and debrief packet in English, Traditional Chinese, Simplified Chinese, Japanese and bilingually.
What the team typed (the demo's English and Chinese titles, names, notes) prints as typed, so the
English list below holds only the app's own words — none of them occurs in the demo's data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from lessonstudy.paths import resolve_location
from lessonstudy.printing.group_list import build_group_list
from lessonstudy.printing.plan import build_plan_pdf
from lessonstudy.services.form_export import FormExportOptions, export_forms
from lessonstudy.services.observers import load_board
from lessonstudy.services.packet import write_packet
from lessonstudy.services.plans import load_plan
from lessonstudy.services.report import write_conference_report
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Teaching
from tests.photo_files import copy_photos
from tests.printing.pdfcheck import assert_all_fonts_embedded, pdf_text

DOCUMENTS = ("plan", "groups", "forms", "report", "packet")

#: The app's own English words on these prints (headings, labels, legends, footers).
ENGLISH_TEMPLATE = (
    "Flow of the lesson", "Learning activities and key questions", "Anticipated student responses",
    "Teacher support", "Points to evaluate", "Lesson plan", "Planned total", "Page ",
    "Research theme", "Lesson goals", "Rationale", "Convenor", "Prompts", "School / organisation",
    "observers (capacity", "critical friend", "OBSERVATION FORM",
    "How to use this form", "Feedback principles", "Evidence by segment",
    "Segment (planned time)", "Agree four key ideas", "Key idea 1", "What students said",
    "Evidence of the objectives", "Who took part, and how", "Questions and wonderings",
    "Post-lesson conference report",
    "Observers by group", "Speaker", "Lesson flow: planned and actual times",
    "Conference agenda", "Feedback by focus", "Critical-friend feedback", "Key ideas and iBoards",
    "Action items", "Strengths", "Suggestions", "Concerns", "Difference", "Summary across lessons",
    "Contents", "Version history", "Conference summary", "Dates taught",
    "Lesson and team", "Actions open / closed", "In all:", "Version taught", "First version.",
    "Changes from version", "Lesson study debrief packet", "Research lesson",
    "Team member", "Knowledgeable other", "November",
)

#: A heading of each document, as each language prints it.
HEADINGS = {
    "zh-HK": {"plan": "課堂流程", "groups": "觀察重點", "forms": "如何使用本表",
              "report": "課後會議報告", "packet": "各課總覽"},
    "zh-CN": {"plan": "教学流程", "groups": "观察重点", "forms": "如何使用本表",
              "report": "课后研讨报告", "packet": "各课总览"},
    "ja": {"plan": "本時の展開", "groups": "参観の視点", "forms": "このシートの使い方",
           "report": "事後協議会の記録", "packet": "授業ごとの概要"},
    "bilingual": {"plan": "課堂流程 / Flow of the lesson", "groups": "觀察重點 / Focus",
                  "forms": "如何使用本表 / How to use this form",
                  "report": "課後會議報告 / Post-lesson conference report",
                  "packet": "各課總覽 / Summary across lessons"},
    "en": {"plan": "Flow of the lesson", "groups": "Focus", "forms": "How to use this form",
           "report": "Post-lesson conference report", "packet": "Summary across lessons"},
}


@pytest.fixture(scope="module")
def demo_copy(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[tuple[Library, int]]:
    folder = tmp_path_factory.mktemp("print-languages")
    source, target = sqlite3.connect(demo_template / "library.db"), sqlite3.connect(
        folder / "library.db")
    source.backup(target)
    source.close()
    target.close()
    copy_photos(demo_template, folder)
    library = Library.open(resolve_location(folder))
    with library.unit_of_work() as session:
        research = session.scalars(select(Teaching.id).where(Teaching.kind == "research")).one()
    yield library, research
    library.close()


def _print_all(library: Library, teaching: int, language: str, folder: Path) -> dict[str, str]:
    build_plan_pdf(load_plan(library, 1), folder / "plan.pdf", language=language)
    build_group_list(folder / "groups.pdf", load_board(library, teaching), language=language)
    export_forms(library, teaching, folder / "forms.pdf",
                 FormExportOptions(combined=True, language=language))
    write_conference_report(library, teaching, folder / "report.pdf", language=language)
    write_packet(library, [teaching], folder / "packet.pdf", language=language)
    texts = {}
    for name in DOCUMENTS:
        path = folder / f"{name}.pdf"
        assert_all_fonts_embedded(path)
        texts[name] = " ".join(pdf_text(path).split())  # extraction breaks lines anywhere
    return texts


@pytest.mark.parametrize("language", [
    "zh-HK", "bilingual",
    pytest.param("zh-CN", marks=pytest.mark.heavy), pytest.param("ja", marks=pytest.mark.heavy),
    pytest.param("en", marks=pytest.mark.heavy),
])
def test_every_print_speaks_the_language(demo_copy: tuple[Library, int], tmp_path: Path,
                                         language: str) -> None:
    library, teaching = demo_copy
    texts = _print_all(library, teaching, language, tmp_path)
    for name, text in texts.items():
        assert HEADINGS[language][name] in text, (language, name)
        if language in ("zh-HK", "zh-CN", "ja"):
            leftovers = [english for english in ENGLISH_TEMPLATE if english in text]
            assert not leftovers, f"English template text in the {language} {name}: {leftovers}"


@pytest.mark.heavy
def test_the_english_list_really_is_english_template_text(demo_copy: tuple[Library, int],
                                                          tmp_path: Path) -> None:
    """Each listed text does appear in the English prints: the list guards something real."""
    library, teaching = demo_copy
    everything = " ".join(_print_all(library, teaching, "en", tmp_path).values())
    missing = [english for english in ENGLISH_TEMPLATE if english not in everything]
    assert not missing, missing
