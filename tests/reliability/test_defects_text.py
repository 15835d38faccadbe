"""Issue 20's text defects, each named after what it did: mojibake, huge numbers, bad text.

Each test failed before its fix; the message is one line and the library is unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lessonstudy.cli.main import main
from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.exchange.bundle import import_bundle
from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.services.roster_import import import_roster
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Observer
from tests.exchange.exchange_helpers import (
    dump_hash,
    example_doc,
    manifest_bytes,
    write_zip,
)

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


def _write_doc(folder: Path, doc: dict[str, Any] | str, name: str = "lesson.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for photo in EXAMPLE_DIR.glob("*.png"):
        (folder / photo.name).write_bytes(photo.read_bytes())
    path = folder / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def _names(library: Library, teaching: int = 2) -> list[str]:
    with library.reading() as session:
        return list(session.scalars(select(Observer.name).where(Observer.teaching_id == teaching)))


@pytest.mark.parametrize(("codec", "names"), [
    ("gbk", ["张伟", "李娜", "王芳"]),
    ("big5", ["陳大文", "李嘉欣", "高樂怡"]),
    ("cp932", ["山田 花子", "佐藤 健", "鈴木 一郎", "高橋 美咲"]),  # Japanese Excel's plain CSV
    ("utf-16-le", ["张伟", "陳大文", "Ann Lee"]),
    ("utf-16-be", ["张伟", "陳大文", "Ann Lee"]),
])
def test_gbk_big5_and_utf16_rosters_are_not_stored_as_mojibake(
        demo_library: Library, codec: str, names: list[str]) -> None:
    """A GBK roster imported 张伟 as 燠饑; UTF-16 without a byte-order mark was refused."""
    text = "name,school\n" + "".join(f"{n},School {i}\n" for i, n in enumerate(names))
    import_roster(demo_library, 2, text.encode(codec), f"roster-{codec}.csv")
    stored = _names(demo_library)
    for name in names:
        assert name in stored


def _cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def test_integer_with_thousands_of_digits_in_lesson_json_is_one_line(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Exceeds the limit (4300 digits)' was an internal error with a traceback."""
    text = json.dumps(example_doc()).replace('"duration_seconds": 2100',
                                             '"duration_seconds": ' + "9" * 5000, 1)
    assert "9" * 5000 in text
    path = _write_doc(tmp_path / "huge", text)
    code, err = _cli(capsys, "--data-dir", data_dir, "import", path)
    assert code == 1
    assert err.count("\n") == 1 and "5000 digits" in err and "Traceback" not in err


def test_integer_with_thousands_of_digits_in_a_bundle_is_refused(library: Library,
                                                                  tmp_path: Path) -> None:
    for member in ("lesson.json", "manifest.json"):
        members = {"manifest.json": manifest_bytes(),
                   "lesson.json": b'{"format_version": 1, "title": "x", "team": {"name": "t"}}'}
        members[member] = b'{"format_version": ' + b"1" * 5000 + b"}"
        path = write_zip(tmp_path / f"huge-{member}.lsb", members)
        before = dump_hash(library)
        with pytest.raises(ImportRejectedError) as caught:
            import_bundle(library, path)
        assert "5000 digits" in " ".join([caught.value.message, *caught.value.problems])
        assert dump_hash(library) == before


def test_nan_and_json_nested_past_the_limit_are_refused(library: Library, tmp_path: Path) -> None:
    for text, words in (('{"format_version": NaN}', "NaN"),
                        ("[" * 40 + "]" * 40, "nested too deeply")):
        path = _write_doc(tmp_path / words[:3], text)
        with pytest.raises(ImportRejectedError, match=words):
            import_lesson_json(library, path)


@pytest.mark.parametrize(("value", "why"), [
    ("a\x00b", "contains the control character U+0000"),
    ("x" * 300, "longer than 200 characters"),
    ("robot\x1b[31m", "contains the control character U+001B"),
])
def test_updated_by_with_nul_or_300_characters_is_refused(
        library: Library, tmp_path: Path, value: str, why: str) -> None:
    """Stored on SQLite; a DataError traceback on PostgreSQL."""
    doc = example_doc()
    doc["updated_by"] = value
    doc["teachings"][0]["updated_by"] = value
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(library, _write_doc(tmp_path / "by", doc))
    assert f"$.updated_by: {why}" in caught.value.problems
    assert f"$.teachings[0].updated_by: {why}" in caught.value.problems
    assert dump_hash(library) == before


def test_timing_that_ends_before_it_starts_is_refused_at_import(library: Library,
                                                                tmp_path: Path) -> None:
    """It was stored, and only the report refused it later."""
    doc = example_doc()
    timing = doc["teachings"][0]["timings"][1]
    timing["actual_start"], timing["actual_end"] = 900, 600
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(library, _write_doc(tmp_path / "t", doc))
    assert caught.value.problems == [
        "$.teachings[0].timings[1].actual_end: the segment ends (600 s) before it starts (900 s)"]
    assert dump_hash(library) == before


def test_100k_row_roster_is_refused_in_one_line(demo_library: Library) -> None:
    """It was accepted, and then assign and groups ran past 300 s (920 MB)."""
    rows = "".join(f"Visitor {i},School {i % 50}\n" for i in range(100_000))
    before = dump_hash(demo_library)
    with pytest.raises(ImportRejectedError) as caught:
        import_roster(demo_library, 2, ("name,school\n" + rows).encode(), "huge.csv")
    assert "100,000 rows" in caught.value.problems[0] and "5,000" in caught.value.problems[0]
    assert dump_hash(demo_library) == before


def test_rosters_adding_up_past_the_limit_and_huge_group_counts_are_refused(
        demo_library: Library) -> None:
    from lessonstudy.domain.errors import ValidationError
    from lessonstudy.services.assignment import assign_automatically

    rows = "".join(f"Visitor {i},School {i % 50}\n" for i in range(4_950))
    import_roster(demo_library, 2, ("name,school\n" + rows).encode(), "first.csv")
    more = "".join(f"Guest {i},School {i % 50}\n" for i in range(100))
    before = dump_hash(demo_library)
    with pytest.raises(ImportRejectedError, match="more than the 5,000"):
        import_roster(demo_library, 2, ("name,school\n" + more).encode(), "second.csv")
    with pytest.raises(ValidationError, match="1,000 one teaching"):
        assign_automatically(demo_library, 2, groups=2_000)
    assert dump_hash(demo_library) == before


def test_lesson_json_with_too_many_observers_is_refused(library: Library,
                                                        tmp_path: Path) -> None:
    doc = example_doc()
    doc["teachings"][0]["observers"] = [{"name": f"V{i}"} for i in range(5_001)]
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(library, _write_doc(tmp_path / "many", doc))
    assert caught.value.problems == ["$.teachings[0].observers: 5,001 items; at most 5,000 are "
                                     "allowed"]
