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


def _refusal(code: str, action: object) -> str:
    from lessonstudy.domain.errors import ImportRejectedError

    with using_language(code), pytest.raises(ImportRejectedError) as caught:
        action()  # type: ignore[operator]
    with using_language(code):
        return str(caught.value)


@pytest.mark.parametrize("code", TRANSLATED)
def test_lesson_json_and_bundle_refusals_are_whole_sentences_in_the_language(
    tmp_path: Path, code: str
) -> None:
    """D6: "The lesson file array.json は…", "$: expected an object (the lesson)"."""
    import json
    import zipfile

    from lessonstudy.exchange.bundle import read_bundle
    from lessonstudy.exchange.lesson_json import read_lesson_json

    array = tmp_path / "array.json"
    array.write_text("[]", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "lessonstudy.lesson", "format_version": 1,
                                 "title": 5, "duration_seconds": -1}), encoding="utf-8")
    odd = tmp_path / "odd.lsb"
    with zipfile.ZipFile(odd, "w") as archive:
        archive.writestr("evil.txt", "x")
        archive.writestr("lesson.json", "{}")
    bare = tmp_path / "bare.lsb"
    with zipfile.ZipFile(bare, "w") as archive:
        archive.writestr("lesson.json", "{}")
    texts = [_refusal(code, lambda: read_lesson_json(array)),
             _refusal(code, lambda: read_lesson_json(wrong)),
             _refusal(code, lambda: read_bundle(odd)),
             _refusal(code, lambda: read_bundle(bare))]
    for text in texts:
        assert not english_left(text, "array.json", "wrong.json", "odd.lsb", "bare.lsb",
                                "evil.txt", "lesson.json", "manifest.json", "title",
                                "duration_seconds", "format_version", "format", "teachings",
                                "team", "versions", "null", "true", "false", "id", "NUL",
                                "zip", "lessonstudy-lesson"), (code, text)
    assert "array.json" in texts[0] and "$" in texts[0]


@pytest.mark.parametrize("code", ("en", *TRANSLATED))
def test_plan_success_line_counts_with_plural_forms(
    demo_library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    """D8: "(0 segments, 1 pages)" — each count now has its own plural form."""
    from lessonstudy.cli.main import main

    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(demo_library.location.data_dir), "--lang", code, "plan",
                 "1", "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    if code == "en":
        assert re.search(r"\(\d+ segments?, \d+ pages?\)", line), line
        assert not re.search(r"\b1 pages\b|\b1 segments\b", line), line
    else:
        kept = [str(out), str(tmp_path)]
        title = line.split("「")[1].split("」")[0] if "「" in line else (
            line.split("“")[1].split("”")[0] if "“" in line else "")
        assert not english_left(line, *kept, title), (code, line)


@pytest.mark.parametrize("code", TRANSLATED)
def test_roster_file_refusals_are_translated_and_a_lesson_file_is_named(code: str) -> None:
    """D17: English CSV refusals, and a lesson .json read as a roster gave "134 problems"."""
    import json

    from lessonstudy.exchange.csv_text import read_csv_text

    lesson = json.dumps({"format": "lessonstudy-lesson", "format_version": 1,
                         "title": "Squares", "segments": [{"title": "Warm-up"}] * 60},
                        indent=2).encode()
    cases = {"lesson.json": lesson, "book.xlsx": b"PK\x03\x04" + bytes(100),
             "blob.csv": b"name\x00\x01\x02"}
    for name, data in cases.items():
        text = _refusal(code, lambda data=data, name=name: read_csv_text(data, name))
        assert text.count("\n") == 1, text  # the summary and one problem line
        assert not english_left(text, name, "CSV", "Excel", "zip", ".json"), (code, text)
    with pytest.raises(LessonStudyError, match="is a lesson file"):
        read_csv_text(lesson, "lesson.json")
