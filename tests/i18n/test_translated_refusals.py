"""Refusals built from parts (filters, file names, paths) read fully in the reader's language.

The audit (D23, D6, D17) found English sentences around translated words: "No debriefed
lessons match from 2027-01-01", "The lesson file array.json は…". Each refusal here is
read in zh-HK, zh-CN and ja and must keep no English template word; what the teacher
typed, file names, JSON paths and the command to run stay as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import _, using_language
from lessonstudy.services.department import select_for_packet
from lessonstudy.storage.library import Library

TRANSLATED = ("zh-HK", "zh-CN", "ja")
WORD = re.compile(r"[A-Za-z]{2,}")


def english_left(text: str, *kept: str) -> list[str]:
    """English words in ``text`` once the kept parts (names, paths, commands) are removed."""
    for part in (*kept, "lessonstudy list", "lessonstudy import", "lessonstudy"):
        text = text.replace(part, "")
    return WORD.findall(text)


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_packet_filter_that_matches_nothing_is_refused_in_the_language(
    demo_library: Library, code: str
) -> None:
    with using_language(code), pytest.raises(LessonStudyError) as caught:
        select_for_packet(demo_library, date_from="2027-01-01", date_to="2027-12-31")
    with using_language(code):
        text = str(caught.value)
    assert "2027-01-01" in text and "2027-12-31" in text
    assert not english_left(text), (code, text)


def test_a_packet_filter_that_matches_nothing_reads_as_before_in_english(
    demo_library: Library,
) -> None:
    with pytest.raises(LessonStudyError) as caught:
        select_for_packet(demo_library, date_from="2027-01-01")
    assert str(caught.value) == ("No debriefed lessons match from 2027-01-01. Run 'lessonstudy "
                                 "list' to see lessons and their dates.")


CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations" / "print"
APP_NAMES = {"zh_HK": "課堂研習", "zh_CN": "课例研究", "ja": "授業研究"}


@pytest.mark.parametrize("locale", sorted(APP_NAMES))
def test_messages_name_the_app_as_its_window_title_does(locale: str) -> None:
    """D14: "不是 Lesson Study 的備份" under a window titled 課堂研習."""
    from babel.messages.pofile import read_po

    with (CATALOGUES / f"{locale}.po").open("rb") as handle:
        catalogue = read_po(handle)
    english_name = [m.id for m in catalogue if m.id and "Lesson Study" in str(m.string)]
    assert not english_name, english_name
    with using_language(locale.replace("_", "-")):
        text = _("{name} is not a Lesson Study backup; nothing was changed.")
    assert APP_NAMES[locale] in text, text
