"""The command line in every language: argparse's own mistakes, every ``--help``, ``--lang``.

A usage mistake stays one line on stderr (exit 2) in every language; ``--help`` of every
command shows its descriptions in the chosen language; every command takes ``--lang`` and
refuses an unknown one in one line listing the languages.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pytest

from lessonstudy.cli.argparse_language import help_texts, wrapped
from lessonstudy.cli.main import build_parser, main
from lessonstudy.i18n import _, using_language
from tests.cli.clirun import run_cli

LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
TRANSLATED = ("zh-HK", "zh-CN", "ja")


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def _mistake(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), *argv])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line, no usage block
    assert not (tmp_path / "library.db").exists()
    return err


# The argparse texts each mistake below shows, with what fills them.
MISTAKES = [
    (("report", "2"), "the following arguments are required: %s", "--out"),
    (("forms", "2", "--paper", "a3", "--out", "x"),
     "invalid choice: %(value)r (choose from %(choices)s)", "'a3'"),
    (("list", "--colour", "red"), "unrecognized arguments: %s", "--colour red"),
    (("search", "x", "--limit", "many"), "invalid %(type)s value: %(value)r", "'many'"),
    (("report",), "the following arguments are required: %s", "TEACHING"),
    (("no-such-command",), "invalid choice: %(value)r (choose from %(choices)s)",
     "'no-such-command'"),
    (("plan", "1", "--out"), "expected one argument", ""),
]


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize(("argv", "text", "value"), MISTAKES)
def test_a_usage_mistake_is_one_line_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str,
    argv: tuple[str, ...], text: str, value: str,
) -> None:
    err = _mistake(capsys, tmp_path, *argv, "--lang", language)
    with using_language(language):
        translated = _(text)
    assert translated != text
    for fixed_part in re.split(r"%(?:\(\w+\))?[sr]", translated):
        assert fixed_part.strip() in err, err
    assert value in err
    assert err.startswith("lessonstudy")


def test_the_environment_language_is_used_without_lang(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    err = _mistake(capsys, tmp_path, "report", "2")
    assert err == "lessonstudy report: error: 次の引数が必要です：--out\n"
    monkeypatch.setenv("LANG", "zh_HK.UTF-8")
    err = _mistake(capsys, tmp_path, "forms", "2", "--paper", "a3", "--out", "x")
    assert "無效的選擇：'a3'" in err and "'a4', 'letter'" in err


def test_english_mistakes_are_unchanged(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    err = _mistake(capsys, tmp_path, "report", "2")
    assert err == "lessonstudy report: error: the following arguments are required: --out\n"


def test_a_mistake_in_a_subprocess_follows_lang(data_dir: Path) -> None:
    done = run_cli("--data-dir", data_dir, "photos", "add", "--lang", "zh-CN")
    assert done.code == 2
    assert done.err == ("lessonstudy photos add: error: 必须提供以下参数：TEACHING, FILE\n")


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser that runs something (``photos add``, not ``photos``)."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.extend(_commands(child))
            return found
    return [parser]


def test_every_command_takes_lang() -> None:
    commands = _commands(build_parser())
    assert len(commands) >= 22
    missing = [c.prog for c in commands if "--lang" not in c._option_string_actions]
    assert missing == []


@pytest.mark.parametrize("argv", [
    ("list",), ("check",), ("backup",), ("search", "x"), ("restore", "b.db"),
    ("import", "x.lsb"), ("photos", "list", "1"), ("roster", "import", "1", "r.csv"),
    ("print-language",), ("demo",),
])
def test_an_unknown_lang_is_one_line_listing_the_languages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    code = main(["--data-dir", str(tmp_path), *argv, "--lang", "fr"])
    assert code == 1
    err = capsys.readouterr().err
    assert err == ("lessonstudy: error: Unknown language 'fr': choose one of en, zh-HK, "
                   "zh-CN, ja, bilingual.\n")
    assert not (tmp_path / "library.db").exists()


def test_success_lines_follow_lang_on_any_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path), "list", "--lang", "ja"]) == 0
    assert "ライブラリは空です" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "--lang", "zh-CN", "backup"]) == 0
    assert "已完成备份" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "print-language", "--lang", "zh-HK"]) == 0
    assert "資料庫" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "search", "分數", "--lang", "ja"]) == 0
    out = capsys.readouterr().out
    assert out.strip() and not any(c.isascii() and c.isalpha() for c in out.replace(
        "分數", "")), out


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_help_text_is_in_the_catalogue(language: str) -> None:
    texts = set(help_texts(build_parser()))
    assert len(texts) > 80
    with using_language(language):
        untranslated = sorted(t for t in texts if _(t) == t)
    assert untranslated == []


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_commands_help_is_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], language: str
) -> None:
    top = _help(capsys, "--lang", language)
    with using_language(language):
        assert _("usage: ").strip() in top and _("options") in top
    for command in _commands(build_parser()):
        words = command.prog.split()[1:]
        shown = _help(capsys, *words, "--lang", language)
        with using_language(language):
            assert shown.startswith(_("usage: ")), shown
            for text in help_texts(command):
                english = " ".join(text.split())
                assert english not in " ".join(shown.split()), (command.prog, english)
            assert _("show this help message and exit")[:4] in shown


def test_help_in_english_still_reads_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    shown = _help(capsys, "report")
    assert shown.startswith("usage: lessonstudy report")
    assert "show this help message and exit" in " ".join(shown.split())
    assert "print the post-lesson conference report" in " ".join(_help(capsys).split())


def test_help_wraps_chinese_and_japanese_by_columns() -> None:
    lines = wrapped("写真を授業実施に読み込みます：向きを直し、縮小し、位置情報と"
                    "カメラ情報を除いて保存します。en、zh-HK、zh-CN", 30)
    assert all(len(line) <= 16 for line in lines), lines  # 30 columns, 2 per character
    assert not any(line.startswith(("、", "。", "）")) for line in lines)
    assert "zh-CN" in "".join(lines)  # never broken at its hyphen
    assert wrapped("print a lesson plan to a PDF file", 12) == [
        "print a", "lesson plan", "to a PDF", "file"]


def test_lang_before_the_command_is_kept(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "--lang", "ja", "list"]) == 0
    assert "ライブラリは空です" in capsys.readouterr().out
    assert os.environ.get("LANG") is None


def test_result_lines_use_the_languages_punctuation_and_words(
    capsys: pytest.CaptureFixture[str], demo_library: object, data_dir: Path, tmp_path: Path
) -> None:
    """A Japanese line once read "…の整合性, 記録どうしのつながり" and ended "294 件." ."""
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "check", "--lang", "ja"]) == 0
    checked = capsys.readouterr().out
    assert "、" in checked and ", " not in checked and checked.rstrip().endswith("。")
    bundle = tmp_path / "lesson.lsb"
    assert main([*base, "export", "1", "--out", str(bundle), "--lang", "ja"]) == 0
    capsys.readouterr()
    assert main([*base, "import", str(bundle), "--lang", "zh-HK"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("項沒有更改。")
    assert main([*base, "import", str(bundle)]) == 0
    assert capsys.readouterr().out.rstrip().endswith(" unchanged.")
    assert main([*base, "search", "正方形", "--lang", "zh-CN"]) == 0
    assert "（研究课，" in capsys.readouterr().out  # the teaching's kind, not "research"
