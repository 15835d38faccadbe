"""The Qt-free translation API: languages, bilingual labels, plurals, threads, dates."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from lessonstudy.i18n import (
    _,
    current_language,
    language_from_environment,
    ngettext,
    parse_language,
    print_language,
    using_language,
)
from lessonstudy.i18n.formats import format_date, format_number, format_time
from lessonstudy.i18n.languages import UnknownLanguageError


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "Flow of the lesson"), ("zh-HK", "課堂流程"), ("zh-CN", "教学流程"),
     ("ja", "本時の展開"), ("bilingual", "課堂流程 / Flow of the lesson")],
)
def test_a_heading_in_each_language(code: str, expected: str) -> None:
    with using_language(code):
        assert _("Flow of the lesson") == expected
    assert current_language() == "en"


def test_placeholders_are_filled_after_translation() -> None:
    with using_language("zh-HK"):
        assert _("Page {page} of {pages}").format(page=2, pages=5) == "第 2 頁，共 5 頁"


def test_plurals_follow_the_language() -> None:
    assert ngettext("{n} observer", "{n} observers", 1).format(n=1) == "1 observer"
    assert ngettext("{n} observer", "{n} observers", 3).format(n=3) == "3 observers"
    with using_language("ja"):
        assert ngettext("{n} observer", "{n} observers", 3).format(n=3) == "参観者 3 名"
    with using_language("bilingual"):
        assert ngettext("{n} observer", "{n} observers", 1).format(n=1) == "1 位觀課者 / 1 observer"


def test_an_unknown_text_stays_english() -> None:
    with using_language("zh-CN"):
        assert _("A text nobody marked") == "A text nobody marked"


def test_the_language_is_per_thread() -> None:
    seen: list[str] = []
    with using_language("ja"):
        worker = threading.Thread(target=lambda: seen.append(_("Flow of the lesson")))
        worker.start()
        worker.join()
        with print_language("zh-CN"):
            assert _("Flow of the lesson") == "教学流程"
        assert _("Flow of the lesson") == "本時の展開"
    assert seen == ["Flow of the lesson"]  # a thread starts in the default language


@pytest.mark.parametrize(
    ("text", "code"),
    [("en", "en"), ("EN", "en"), ("zh_HK", "zh-HK"), ("zh-tw", "zh-HK"), ("zh-CN", "zh-CN"),
     ("zh_Hans", "zh-CN"), ("ja", "ja"), ("ja_JP", "ja"), ("bilingual", "bilingual"),
     ("en_GB", "en")],
)
def test_spellings_of_a_language(text: str, code: str) -> None:
    assert parse_language(text) == code


def test_an_unknown_language_is_one_line_listing_the_languages() -> None:
    with pytest.raises(UnknownLanguageError) as caught:
        parse_language("fr")
    assert str(caught.value) == (
        "Unknown language 'fr': choose one of en, zh-HK, zh-CN, ja, bilingual.")


@pytest.mark.parametrize(
    ("environ", "code"),
    [({}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "zh_HK.UTF-8"}, "zh-HK"),
     ({"LANG": "zh_TW.UTF-8"}, "zh-HK"), ({"LANG": "zh_CN.UTF-8"}, "zh-CN"),
     ({"LANG": "ja_JP.UTF-8"}, "ja"), ({"LANG": "fr_FR.UTF-8"}, "en"),
     ({"LANGUAGE": "ja:en", "LANG": "zh_HK.UTF-8"}, "ja"),
     ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh-CN")],
)
def test_the_command_line_follows_the_environment(environ: dict[str, str], code: str) -> None:
    assert language_from_environment(environ) == code


def test_dates_times_and_numbers_come_from_cldr() -> None:
    day = dt.date(2026, 11, 3)
    assert format_date(day, code="en") == "3 November 2026"
    assert format_date(day, code="zh-HK") == "2026年11月3日"
    assert format_date(day, code="ja") == "2026年11月3日"
    assert format_date(day, code="bilingual") == "2026年11月3日 / 3 November 2026"
    assert format_time(dt.time(14, 5), code="zh-CN") == "14:05"
    assert format_number(12345.5, code="ja") == "12,345.5"
