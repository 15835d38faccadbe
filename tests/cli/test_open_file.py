"""``lessonstudy FILE``: the file association's command line, and its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.cli.main import build_parser, split_file_to_open
from lessonstudy.exchange.file_kinds import FileKind, UnknownFileKindError, kind_of
from tests.cli.clirun import run_cli_process


@pytest.mark.parametrize("argv, expected", [
    (["lesson.lsb"], ([], "lesson.lsb")),
    (["--data-dir", "lib", "Lesson.LSB"], (["--data-dir", "lib"], "Lesson.LSB")),
    (["--data-dir=lib", "form.pdf"], (["--data-dir=lib"], "form.pdf")),
    (["list", "--json"], (["list", "--json"], None)),
    (["import", "x.lsb"], (["import", "x.lsb"], None)),
    (["lsit"], (["lsit"], None)),  # a mistyped command stays argparse's to explain
    ([], ([], None)),
])
def test_a_file_instead_of_a_command_is_split_off(argv: list[str], expected: object) -> None:
    assert split_file_to_open(build_parser(), argv) == expected


def test_kinds_by_extension() -> None:
    assert kind_of(Path("a.LSB")) is FileKind.BUNDLE
    assert kind_of(Path("a.json")) is FileKind.LESSON_JSON
    assert kind_of(Path("form.pdf")) is FileKind.FILLED_FORM
    with pytest.raises(UnknownFileKindError, match=r"Cannot open notes\.docx"):
        kind_of(Path("notes.docx"))


def test_an_unknown_kind_is_one_line_and_no_window(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    result = run_cli_process("--data-dir", tmp_path / "lib", odd)
    assert result.code == 1
    assert result.err.strip().splitlines() == [
        "lessonstudy: error: Cannot open notes.docx: Lesson Study opens lesson bundles (.lsb), "
        "lessons (.json) and filled observation forms (.pdf)."]
    assert not (tmp_path / "lib").exists()  # nothing was created


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run_cli_process("--data-dir", tmp_path / "lib", tmp_path / "gone.lsb")
    assert result.code == 1 and "there is no such file" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_import_refuses_an_unknown_kind_with_the_same_words(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    result = run_cli_process("--data-dir", tmp_path / "lib", "import", odd)
    assert result.code == 1 and "Cannot open notes.docx" in result.err
