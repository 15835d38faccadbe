"""Cutting mixed English / Chinese text into font runs."""

from __future__ import annotations

from lessonstudy.printing.fonts import CJK, LATIN, LATIN_BOLD, glyph_map
from lessonstudy.printing.textruns import (
    TextRun,
    fit_text,
    has_cjk,
    markup,
    split_runs,
    string_width,
)


def test_the_cjk_font_has_no_latin_letters_so_latin_needs_its_own_font() -> None:
    cjk = glyph_map(CJK)
    assert ord("課") in cjk
    assert ord("a") not in cjk and ord("3") not in cjk
    assert ord("a") in glyph_map(LATIN) and ord("a") in glyph_map(LATIN_BOLD)


def test_mixed_text_splits_into_script_runs() -> None:
    assert split_runs("Lesson 課堂 3") == [
        TextRun("Lesson ", False), TextRun("課堂", True), TextRun(" 3", False),
    ]
    assert split_runs("") == []
    assert split_runs("第二組，討論。") == [TextRun("第二組，討論。", True)]


def test_markup_escapes_user_text_and_marks_cjk_runs() -> None:
    assert markup("A<b>&課") == f'A&lt;b&gt;&amp;<font name="{CJK}">課</font>'
    assert markup("one\ntwo\r\nthree") == "one<br/>two<br/>three"


def test_has_cjk_detects_chinese_and_fullwidth_punctuation() -> None:
    assert has_cjk("Lesson 課堂")
    assert has_cjk("（")
    assert not has_cjk("Lesson 3 — café")


def test_width_of_mixed_text_is_the_sum_of_its_runs() -> None:
    whole = string_width("Lesson 課堂", 10)
    assert whole == string_width("Lesson ", 10) + string_width("課堂", 10)
    assert string_width("Bold", 10, bold=True) > string_width("Bold", 10)


def test_fit_text_cuts_with_an_ellipsis() -> None:
    assert fit_text("Group work", 500, 8) == "Group work"
    cut = fit_text("Group work 小組討論", 40, 8)
    assert cut.endswith("…") and string_width(cut, 8) <= 40
    assert fit_text("Group work", 1, 8) == ""
