"""The library's print language: stored, checked, forgotten, and used by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.i18n import using_language
from lessonstudy.i18n.languages import UnknownLanguageError
from lessonstudy.services.library_settings import (
    print_language,
    set_print_language,
    stored_print_language,
)
from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.printing.pdfcheck import pdf_text


def test_without_a_choice_prints_follow_the_interface(library: Library) -> None:
    assert stored_print_language(library) is None
    assert print_language(library, "ja") == "ja"
    with using_language("zh-HK"):
        assert print_language(library) == "zh-HK"


def test_a_choice_is_stored_checked_and_forgotten(library: Library) -> None:
    assert set_print_language(library, "bilingual") == "bilingual"
    assert print_language(library, "ja") == "bilingual"
    with pytest.raises(UnknownLanguageError, match="choose one of en, zh-HK"):
        set_print_language(library, "klingon")
    assert stored_print_language(library) == "bilingual"  # a bad value changes nothing
    assert set_print_language(library, None) is None
    assert print_language(library, "en") == "en"


def test_the_command_line_prints_in_the_librarys_language_unless_told(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    demo_library.close()
    done = run_cli("--data-dir", data_dir, "print-language", "ja")
    assert done.code == 0, done.err
    assert "日本語" in done.out
    out = tmp_path / "plan.pdf"
    assert run_cli("--data-dir", data_dir, "plan", "1", "--out", out).code == 0
    assert "本時の展開" in pdf_text(out)
    assert run_cli("--data-dir", data_dir, "plan", "1", "--lang", "en", "--out", out).code == 0
    assert "Flow of the lesson" in pdf_text(out)
    shown = run_cli("--data-dir", data_dir, "print-language")
    assert shown.code == 0 and "ja" in shown.out
    bad = run_cli("--data-dir", data_dir, "print-language", "fr")
    assert bad.code == 1 and bad.err.count("\n") == 1 and "choose one of" in bad.err
    assert run_cli("--data-dir", data_dir, "print-language", "--interface").code == 0
    assert run_cli("--data-dir", data_dir, "plan", "1", "--out", out).code == 0
    assert "Flow of the lesson" in pdf_text(out)
