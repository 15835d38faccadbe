"""Default texts a library creates (agenda steps, principles, focus areas) are in its language.

A library keeps what its team wrote: changing the print language later rewrites nothing.
"""

from __future__ import annotations

from lessonstudy.i18n import using_language
from lessonstudy.services.conference import load_conference, open_conference
from lessonstudy.services.focus_areas import list_focus_areas
from lessonstudy.services.library_settings import set_print_language
from lessonstudy.storage.library import Library


def test_a_japanese_library_gets_japanese_defaults(demo_library: Library) -> None:
    set_print_language(demo_library, "ja")
    assert load_conference(demo_library, 1) is None  # the rehearsal has no conference yet
    info = open_conference(demo_library, 1)
    titles = [step.title for step in info.agenda]
    assert titles[0] == "授業者と児童生徒への感謝" and "全体協議" in titles
    assert info.principles[0] == "互いを尊重する"
    set_print_language(demo_library, "en")
    again = open_conference(demo_library, 1)
    assert [step.title for step in again.agenda] == titles  # kept as it was written


def test_focus_areas_are_seeded_in_the_librarys_language(library: Library) -> None:
    set_print_language(library, "zh-CN")
    names = [area.name for area in list_focus_areas(library)]
    assert names == ["学习目标与学习单", "教学策略与学生参与", "学生思维与误区", "重点观察学生"]


def test_without_a_print_language_defaults_follow_the_interface(library: Library) -> None:
    with using_language("zh-HK"):
        names = [area.name for area in list_focus_areas(library)]
    assert names[0] == "學習目標及學習指引／學習冊"
