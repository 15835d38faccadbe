"""The printed group list: a page per group, every observer under the right group."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.printing.group_list import UNASSIGNED, build_group_list
from lessonstudy.services.observer_records import GroupBoard, GroupInfo, ObserverInfo
from tests.printing.pdfcheck import assert_all_fonts_embedded, outline_titles, page_texts


def _board() -> GroupBoard:
    groups = (
        GroupInfo(1, 0, "甲組 Group A", None, "Objectives and learning guides",
                  "Are the objectives clear?\nDoes the workbook help?", "梁安娜", 10),
        GroupInfo(2, 1, "Group B", None, "Teaching strategies & <participation>", "", "", None),
    )
    people = (
        ObserverInfo(1, 0, "Dr Anna Leung 梁安娜", "香港教育大學", ObserverRole.CRITICAL_FRIEND,
                     1, True),
        ObserverInfo(2, 1, "陳大文", "沙田學院", ObserverRole.VISITOR, 1, False),
        ObserverInfo(3, 2, "Mr Lam Chi Keung", "Tai Po Secondary", ObserverRole.RECORDER, 2, False),
        ObserverInfo(4, 3, "Ms Ko Lok Yi 高樂怡", "", ObserverRole.TIMEKEEPER, 2, False),
        ObserverInfo(5, 4, "李小明", "Island School", ObserverRole.VISITOR, None, False),
    )
    return GroupBoard(2, "發現畢氏定理 Pythagoras", "research", date(2026, 11, 3), "2A",
                      "陳慧敏", groups, people)


def test_every_observer_is_printed_on_their_groups_page(out_pdf: Path) -> None:
    board = _board()
    result = build_group_list(out_pdf, board, invariant=True)
    pages = page_texts(out_pdf)
    assert result.pages == len(pages) == 3
    assert outline_titles(out_pdf) == ["甲組 Group A", "Group B", UNASSIGNED]
    titles = [g.name for g in board.groups] + [UNASSIGNED]
    for page, (title, group_id) in zip(pages, zip(titles, [1, 2, None], strict=True),
                                       strict=True):
        assert page.lstrip().startswith(title)
        for person in board.observers:
            assert (person.name in page) == (person.group_id == group_id), (title, person.name)


def test_a_group_page_shows_focus_prompts_convenor_and_marks_critical_friends(
        out_pdf: Path) -> None:
    build_group_list(out_pdf, _board())
    first, second, _ = page_texts(out_pdf)
    assert "Objectives and learning guides" in first and "梁安娜" in first
    assert "• Are the objectives clear?" in first and "• Does the workbook help?" in first
    assert "★ Dr Anna Leung 梁安娜" in first and "Critical friend" in first
    assert "2 observers (capacity 10)" in first
    assert "★" not in second
    assert "Teaching strategies & <participation>" in second
    assert "Recorder" in second and "Timekeeper" in second
    assert_all_fonts_embedded(out_pdf)


def test_the_header_names_the_lesson_and_the_teaching(out_pdf: Path) -> None:
    build_group_list(out_pdf, _board())
    first = page_texts(out_pdf)[0]
    assert "Research lesson · 3 Nov 2026 · class 2A" in first
    assert "發現畢氏定理 Pythagoras" in first


def test_an_empty_teaching_prints_one_explaining_page(out_pdf: Path) -> None:
    empty = GroupBoard(1, "Lesson", "rehearsal", None, "", "")
    assert build_group_list(out_pdf, empty).pages == 1
    assert "no observer groups or observers yet" in page_texts(out_pdf)[0]


def test_a_bilingual_list_prints_chinese_first_then_english(out_pdf: Path) -> None:
    build_group_list(out_pdf, _board(), language="bilingual")
    first = page_texts(out_pdf)[0]
    assert "觀察重點 / Focus" in first and "召集人 / Convenor" in first
    assert "諍友 / Critical friend" in first and "記錄員 / Recorder" not in first
    assert "2 位觀課者（上限 10 人） / 2 observers (capacity 10)" in first
    assert "第 1 頁，共 3 頁 / Page 1 of 3" in first
    assert_all_fonts_embedded(out_pdf)


def test_a_japanese_list_has_no_english_labels(out_pdf: Path) -> None:
    build_group_list(out_pdf, _board(), language="ja")
    first, _second, third = page_texts(out_pdf)
    assert "参観の視点" in first and "クリティカル・フレンド" in first and "参観者 2 名" in first
    assert "未割り当て" in third and "研究授業 · 2026/11/03 · 2A 組" in first
    for english in ("Focus", "Convenor", "Members", "Name", "Role", "Page", "observers"):
        assert english not in first.replace("Objectives", ""), english
