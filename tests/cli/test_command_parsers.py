"""One command builds only its own parser; the table of command words stays true."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from lessonstudy.cli.main import command_word, main, parser_for
from lessonstudy.cli.registry import COMMAND_MODULES, COMMAND_NAMES


def _registered_by(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(module).register(subparsers)
    return set(subparsers.choices)


def test_the_table_names_every_command_of_every_module_and_nothing_else() -> None:
    registered = {word: module for module in COMMAND_MODULES for word in _registered_by(module)}
    assert registered == COMMAND_NAMES


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["list"], "list"),
        (["--data-dir", "plan", "report", "3"], "report"),
        (["--db-url=sqlite:///x.db", "search", "學生"], "search"),
        (["--help"], None),
        (["--version"], None),
        (["lesson.lessonstudy"], None),
        (["no-such-command"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_after_the_global_options(
    argv: list[str], expected: str | None
) -> None:
    assert command_word(argv) == expected


def test_a_known_command_gets_only_its_modules_commands() -> None:
    subparsers = next(
        action for action in parser_for(["list"])._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert set(subparsers.choices) == {"list", "check", "backup", "demo"}


def test_an_unknown_command_is_still_refused_with_the_full_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "no-such-command" in error and "packet" in error and "search" in error


def test_listing_imports_no_other_command(tmp_path: Path) -> None:
    code = (
        "import sys; from lessonstudy.cli.main import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'list']); "
        "print(' '.join(m for m in sys.modules if m.startswith('lessonstudy.cli.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    commands = set(out.stdout.splitlines()[-1].split())
    assert commands == {"lessonstudy.cli.commands.library_cmds"}
