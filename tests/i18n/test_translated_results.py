"""Photo import results reach the teacher in their language, not in the worker's.

A photo is refused on a worker process and its line is read later by the window or the
CLI; the audit (D9/D16) found every per-file line English under ja/zh ("ok.jpg: already
imported (skipped)") and the summary joined with ASCII "; … .". Each result keeps its
message id and arguments and is rendered when read: no English template word may remain.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from lessonstudy.cli.main import main
from lessonstudy.i18n import using_language
from lessonstudy.imaging import problems
from lessonstudy.imaging.problems import PhotoProblem, PhotoRejectedError
from lessonstudy.services.photo_import import import_photos
from lessonstudy.services.photo_records import ImportTarget, summary_sentence
from lessonstudy.storage.library import Library
from tests.photo_support import bad_files, phone_photo

TRANSLATED = ("zh-HK", "zh-CN", "ja")
#: Words that stay as they are in every language: format names, units, Python's error name.
KEPT = {"JPEG", "PNG", "WebP", "HEIC", "GIF", "MB", "KeyError"}
WORD = re.compile(r"[A-Za-z]{2,}")
TEACHING = 2  # the demo's open class


def english_left(text: str, *file_names: str) -> list[str]:
    """English words in ``text`` that are neither a file name nor a kept technical word."""
    for name in file_names:
        text = text.replace(name, "")
    return [word for word in WORD.findall(text) if word not in KEPT]


def every_rejection() -> list[PhotoRejectedError]:
    return [
        problems.empty("a.jpg"), problems.truncated("a.jpg"), problems.not_an_image("a.jpg"),
        problems.unsupported("a.jpg", "GIF"), problems.too_many_pixels("a.jpg", (12000, 9000),
                                                                         64_000_000),
        problems.bomb("a.jpg"), problems.file_too_big("a.jpg", 300_000_000, 100_000_000),
        problems.damaged("a.jpg", "JPEG"), problems.damaged("a.jpg", "picture"),
        problems.cannot_read("a.jpg", "Input/output error"),
    ]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_photo_refusal_is_translated_when_read(code: str) -> None:
    for error in every_rejection():
        revived = pickle.loads(pickle.dumps(error))  # as a worker process hands it back
        with using_language(code):
            text = str(revived)
        assert text.startswith("a.jpg："), text
        left = english_left(text, "a.jpg", "Input/output error")
        assert not left, (code, text)


def test_english_refusals_read_as_before() -> None:
    assert str(problems.empty("a.jpg")) == "a.jpg: the file is empty (0 bytes)"
    big = problems.too_many_pixels("a.jpg", (12000, 9000), 64_000_000)
    assert big.detail == ("the picture is too large to import (12000 × 9000 pixels, "
                          "108 megapixels; the limit is 64 megapixels)")
    assert big.problem is PhotoProblem.TOO_LARGE


@pytest.mark.parametrize("code", TRANSLATED)
def test_import_results_are_read_in_the_readers_language(
    demo_library: Library, tmp_path: Path, code: str
) -> None:
    bad = bad_files(tmp_path)
    good = phone_photo(tmp_path, "ok.jpg")
    copy = tmp_path / "ok (copy).jpg"
    copy.write_bytes(good.read_bytes())
    missing = tmp_path / "nothere.jpg"
    paths = [*bad.values(), good, copy, missing]
    report = import_photos(demo_library, ImportTarget(TEACHING), paths, workers=2)
    names = [p.name for p in paths]
    with using_language(code):
        lines = [outcome.message for outcome in report.outcomes]
        summary = summary_sentence(["x", "y"])
    for line in lines:
        assert not english_left(line, *names), (code, line)
    assert summary == ("x、y。" if code == "ja" else "x；y。")
    assert len(report.imported) == 1 and len(report.duplicates) == 1


@pytest.mark.parametrize("code", TRANSLATED)
def test_photos_add_prints_translated_lines_and_summary(
    demo_library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    good = phone_photo(tmp_path, "ok.jpg")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    argv = ["--data-dir", str(demo_library.location.data_dir), "--lang", code, "photos",
            "add", str(TEACHING), str(good), str(empty), str(tmp_path / "nothere.jpg")]
    assert main(argv) != 0
    first = capsys.readouterr()
    assert main(argv) != 0  # again: ok.jpg is a duplicate now
    second = capsys.readouterr()
    for text in (first.out, first.err, second.out, second.err):
        assert not english_left(text, "ok.jpg", "empty.jpg", "nothere.jpg"), (code, text)
    summary = second.out.strip().splitlines()[-1]
    assert ";" not in summary and summary.endswith("。"), summary
