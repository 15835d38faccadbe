"""Lesson JSON: the documented example imports; every bad key, type or photo is named by path."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.exchange.lesson_schema import schema_text
from lessonstudy.exchange.lesson_spec import ENTITIES
from lessonstudy.exchange.lesson_validate import record_keys, validate_document
from lessonstudy.storage.library import Library
from tests.exchange.exchange_helpers import DOCS, EXAMPLE, dump_hash, example_doc, lesson_doc


def _write(folder: Path, doc: dict[str, Any]) -> Path:
    shutil.copy(EXAMPLE.parent / "iboard-group1.png", folder / "iboard-group1.png")
    path = folder / "lesson.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _problems(library: Library, folder: Path, doc: dict[str, Any]) -> list[str]:
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(library, _write(folder, doc))
    assert dump_hash(library) == before
    return caught.value.problems


def test_documented_example_imports_and_reimports_unchanged(library: Library) -> None:
    first = import_lesson_json(library, EXAMPLE)
    assert first.added > 20 and first.title == "Comparing fractions with fraction strips"
    doc = lesson_doc(library)
    [teaching] = doc["teachings"]
    assert teaching["photos"][0]["key_ideas"][1]["text"].startswith("Pupil A changed")
    assert doc["versions"][0]["segments"][1]["duration_seconds"] == 900
    before = dump_hash(library)
    again = import_lesson_json(library, EXAMPLE)
    assert (again.added, again.updated) == (0, 0) and dump_hash(library) == before


def test_edited_file_updates_what_changed(library: Library, tmp_path: Path) -> None:
    import_lesson_json(library, EXAMPLE)
    doc = example_doc()
    doc["versions"][0]["segments"][0]["title"] = "Warm-up: thirds and quarters"
    result = import_lesson_json(library, _write(tmp_path, doc))
    assert (result.added, result.updated) == (0, 1)
    titles = [s["title"] for s in lesson_doc(library)["versions"][0]["segments"]]
    assert titles[0] == "Warm-up: thirds and quarters"


def test_unknown_keys_wrong_types_and_missing_keys(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    doc["colour"] = "blue"
    doc["versions"][0]["segments"][2]["duration_seconds"] = "15:00"
    doc["versions"][0]["segments"][1]["kind"] = "lecture"
    doc["teachings"][0]["notes"][0]["flagged"] = "yes"
    doc["teachings"][0]["date"] = "20/11/2026"
    del doc["team"]["name"]
    del doc["teachings"][0]["version"]
    problems = _problems(library, tmp_path, doc)
    assert problems == [
        "$.colour: unknown key",
        "$.team.name: required key missing",
        "$.versions[0].segments[1].kind: expected one of: presentation, whole_class_qa, "
        "pair_work, group_work, iboard_writing, peer_feedback, student_presentation, "
        "individual_work, transition, other",
        "$.versions[0].segments[2].duration_seconds: expected an integer",
        "$.teachings[0].version: required key missing",
        "$.teachings[0].date: expected a date like 2026-11-20",
        "$.teachings[0].notes[0].flagged: expected true or false",
    ]


def test_broken_links_and_duplicate_ids(library: Library, tmp_path: Path) -> None:
    doc = example_doc()
    doc["teachings"][0]["notes"][0]["segment"] = "no-such-segment"
    doc["teachings"][0]["timings"][0]["segment"] = "g1"  # an id, but of a group
    doc["teachings"][0]["groups"].append({"id": "g1", "name": "Group 1 again"})
    problems = _problems(library, tmp_path, doc)
    assert "$.teachings[0].notes[0].segment: no segment with id 'no-such-segment' in this file" \
        in problems
    assert "$.teachings[0].timings[0].segment: no segment with id 'g1' in this file" in problems
    assert any(p.startswith("$.teachings[0].groups[1].id: the id 'g1' is already used")
               for p in problems)


@pytest.mark.parametrize(("file", "reason"), [
    ("../iboard-group1.png", "must not leave the lesson file's folder"),
    ("/etc/passwd", "not an absolute path"),
    ("photos\\board.png", "use / between folders"),
    ("missing.png", "there is no file 'missing.png'"),
    ("lesson.json", "lesson.json"),  # exists, but is not a photo
])
def test_bad_photo_paths(library: Library, tmp_path: Path, file: str, reason: str) -> None:
    doc = example_doc()
    doc["teachings"][0]["photos"][0]["file"] = file
    problems = _problems(library, tmp_path, doc)
    assert len(problems) == 1 and problems[0].startswith("$.teachings[0].photos[0].file: ")
    assert reason in problems[0]


def test_not_json_at_all(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ImportRejectedError, match=r"not valid JSON.*line 1"):
        import_lesson_json(library, path)
    assert validate_document([]) == ["$: expected an object (the lesson)"]


@pytest.mark.parametrize("text", ['{"title": "cut off', '{"title": "a\tb"}'])
def test_a_broken_file_is_described_without_a_doubled_at(library: Library, tmp_path: Path,
                                                          text: str) -> None:
    """Python's "Unterminated string starting at" must not read "starting at at line 1"."""
    path = tmp_path / "lesson.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejectedError) as raised:
        import_lesson_json(library, path)
    message = str(raised.value)
    assert " at at " not in message
    assert re.search(r"(starting|character) at line 1, column \d+\.$", message), message


def test_schema_in_docs_matches_the_validator() -> None:
    schema = json.loads((DOCS / "lesson.schema.json").read_text(encoding="utf-8"))
    assert (DOCS / "lesson.schema.json").read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m lessonstudy.exchange.lesson_schema > docs/lesson.schema.json")
    for entity in ENTITIES:
        defn = schema if entity.name == "lesson" else schema["$defs"][entity.name]
        extra = {"format", "format_version"} if entity.name == "lesson" else set()
        assert set(defn["properties"]) == record_keys(entity) | extra, entity.name
    assert validate_document(example_doc()) == []
    assert "```json" in (DOCS / "lesson-json.md").read_text(encoding="utf-8")


def test_numbers_too_big_to_store_or_print_are_refused(library: Library, tmp_path: Path) -> None:
    """2**63 seconds crashed SQLite (OverflowError); 10**12 seconds hung the plan PDF."""
    doc = example_doc()
    doc["duration_seconds"] = 10**12
    doc["versions"][0]["segments"][0]["duration_seconds"] = 2**63
    doc["versions"][0]["segments"][1]["duration_seconds"] = 6 * 3600 + 1
    doc["versions"][0]["number"] = 10**15
    doc["teachings"][0]["timings"][0]["actual_end"] = 2**40
    doc["teachings"][0]["notes"][0]["elapsed_seconds"] = 2**31
    problems = _problems(library, tmp_path, doc)
    assert problems == [
        "$.duration_seconds: must be at most 21600",
        "$.versions[0].number: must be at most 2147483647",
        "$.versions[0].segments[0].duration_seconds: must be at most 21600",
        "$.versions[0].segments[1].duration_seconds: must be at most 21600",
        "$.teachings[0].timings[0].actual_end: must be at most 2147483647",
        "$.teachings[0].notes[0].elapsed_seconds: must be at most 2147483647",
    ]


def test_json_nested_too_deeply_is_refused_not_a_crash(library: Library, tmp_path: Path) -> None:
    """100,000 nested brackets raised RecursionError (an 'internal error') in the importer."""
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError, match="nested too deeply"):
        import_lesson_json(library, path)
    assert dump_hash(library) == before


def test_control_characters_in_text_are_refused(library: Library, tmp_path: Path) -> None:
    """NUL and other invisible control characters printed as blanks and could break files."""
    doc = example_doc()
    doc["title"] = "Fractions\x00 lesson"
    doc["versions"][0]["segments"][0]["title"] = "Warm-up\x1b[31m"
    doc["teachings"][0]["notes"][0]["text"] = "line one\nline two\ttabbed"  # allowed
    problems = _problems(library, tmp_path, doc)
    assert problems == [
        "$.title: contains the control character U+0000",
        "$.versions[0].segments[0].title: contains the control character U+001B",
    ]


@pytest.mark.parametrize(("language", "words"), [("zh-HK", "引號內文字沒有關上"),
                                                 ("zh-CN", "引号内文字没有闭合"),
                                                 ("ja", "引用符の中の文字列が閉じられていません")])
def test_pythons_json_words_are_in_the_readers_language(library: Library, tmp_path: Path,
                                                        language: str, words: str) -> None:
    """"Unterminated string starting at" stayed English inside a translated sentence."""
    from lessonstudy.i18n import using_language

    path = tmp_path / "lesson.json"
    path.write_text('{"title": "cut off', encoding="utf-8")
    with using_language(language), pytest.raises(ImportRejectedError) as raised:
        import_lesson_json(library, path)  # the CLI and the window raise in the reader's language
    with using_language(language):
        message = str(raised.value)
    assert words in message and "Unterminated" not in message, message
