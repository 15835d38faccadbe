"""``lessonstudy plan``: the PDF it writes, and its one-line errors."""

from __future__ import annotations

from pathlib import Path

from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.printing.pdfcheck import assert_all_fonts_embedded, pdf_text


def test_plan_by_title_and_by_version(demo_library: Library, data_dir: Path,
                                      tmp_path: Path) -> None:
    demo_library.close()
    latest = tmp_path / "plan.pdf"
    done = run_cli("--data-dir", data_dir, "plan", "Discovering Pythagoras' theorem 發現畢氏定理",
                   "--out", latest)
    assert done.code == 0, done.err
    assert "version 2 (10 segments" in done.out
    assert "07:00–07:20" in pdf_text(latest)
    assert_all_fonts_embedded(latest)
    first = tmp_path / "v1.pdf"
    assert run_cli("--data-dir", data_dir, "plan", "1", "--version", "1", "--out", first).code == 0
    assert "Pair work: predict the pattern" not in pdf_text(first)


def test_errors_are_one_line_with_exit_1(demo_library: Library, data_dir: Path,
                                         tmp_path: Path) -> None:
    demo_library.close()
    unknown = run_cli("--data-dir", data_dir, "plan", "Fractions", "--out", tmp_path / "x.pdf")
    assert unknown.code == 1
    assert unknown.err.count("\n") == 1
    assert unknown.err.startswith("lessonstudy: error: No lesson with id or title 'Fractions'")
    assert not (tmp_path / "x.pdf").exists()
    version = run_cli("--data-dir", data_dir, "plan", "1", "--version", "9", "--out",
                      tmp_path / "x.pdf")
    assert version.code == 1 and "has no version 9" in version.err
    folder = run_cli("--data-dir", data_dir, "plan", "1", "--out", tmp_path / "nope" / "x.pdf")
    assert folder.code == 1 and "does not exist" in folder.err


def test_plan_in_the_language_asked_for(demo_library: Library, data_dir: Path,
                                        tmp_path: Path, monkeypatch) -> None:
    demo_library.close()
    out = tmp_path / "ja.pdf"
    done = run_cli("--data-dir", data_dir, "plan", "1", "--lang", "ja", "--out", out)
    assert done.code == 0, done.err
    text = pdf_text(out)
    assert "本時の展開" in text and "学習指導案" in text and "Flow of the lesson" not in text
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")  # no --lang: the environment's language
    done = run_cli("--data-dir", data_dir, "plan", "1", "--out", out)
    assert done.code == 0, done.err
    assert "教学流程" in pdf_text(out)
    assert_all_fonts_embedded(out)


def test_an_unknown_language_is_one_line_listing_the_languages(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    demo_library.close()
    done = run_cli("--data-dir", data_dir, "plan", "1", "--lang", "fr", "--out",
                   tmp_path / "x.pdf")
    assert done.code == 1
    assert done.err == ("lessonstudy: error: Unknown language 'fr': choose one of en, zh-HK, "
                        "zh-CN, ja, bilingual.\n")
    assert not (tmp_path / "x.pdf").exists()


def test_notes_export_headers_follow_lang(demo_library: Library, data_dir: Path,
                                          tmp_path: Path) -> None:
    demo_library.close()
    out = tmp_path / "notes.csv"
    done = run_cli("--data-dir", data_dir, "notes", "2", "--lang", "zh-CN", "--out", out)
    assert done.code == 0, done.err
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "环节" in header and "Segment" not in header


def test_errors_are_one_line_in_the_commands_language(demo_library: Library, data_dir: Path,
                                                       tmp_path: Path, monkeypatch) -> None:
    demo_library.close()
    out = tmp_path / "x.pdf"
    japanese = run_cli("--data-dir", data_dir, "plan", "Fractions", "--lang", "ja", "--out", out)
    assert japanese.code == 1 and japanese.err.count("\n") == 1
    assert japanese.err.startswith(
        "lessonstudy: error: ID または名称が「Fractions」の授業はありません")
    monkeypatch.setenv("LANG", "zh_HK.UTF-8")
    chinese = run_cli("--data-dir", data_dir, "report", "Fractions", "--out", out)
    assert chinese.code == 1 and chinese.err.count("\n") == 1
    assert "沒有編號或課堂名稱為「Fractions」的授課" in chinese.err
    assert not out.exists()
