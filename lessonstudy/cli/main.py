"""Entry point: parse arguments, run one subcommand (or the GUI), map errors to exit codes.

Expected problems print one line on stderr and exit 1; bugs print a traceback
and exit 2. Nothing here imports Qt unless the GUI is asked for.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any, NoReturn

from lessonstudy import __version__
from lessonstudy.cli.argparse_language import TranslatedHelpFormatter, argparse_speaking
from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import (
    add_message_language_option,
    command_language,
    give_every_command_a_language,
    language_in,
)
from lessonstudy.cli.registry import COMMAND_MODULES, COMMAND_NAMES
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.exchange.file_kinds import looks_like_a_file, openable
from lessonstudy.i18n import _, language_from_environment, using_language
from lessonstudy.i18n.marks import N_
from lessonstudy.storage.faults import DISK_FULL, is_disk_full

EXIT_OK, EXIT_ERROR, EXIT_BUG = 0, 1, 2


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one line on stderr (exit 2).

    argparse prints its whole usage block first; a teacher (or a script reading stderr)
    gets the one line that says what is wrong, and ``--help`` still shows the usage.
    Sub-commands' parsers are made of this class too (argparse copies the parser's class),
    so every ``--help`` is translated by :class:`TranslatedHelpFormatter`. "error:" itself stays
    English in every language, like the CLI's other errors, for scripts reading stderr.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())}\n")


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--db-url", "--lang")


@functools.cache
def build_parser(module: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, built once per process (and per ``module``).

    Building it registers the commands and asks gettext for argparse's own texts;
    parsing never changes it, so callers of :func:`main` in one process (the
    reliability suite runs 136 files through it) share one. With ``module``, only
    that module's commands are registered: a known command word needs no others.
    """
    parser = OneLineParser(
        prog="lessonstudy",
        description=N_("Lesson Study: plan, teach, observe and debrief lessons together. "
        "With no command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=N_("library folder (default: $LESSONSTUDY_HOME or the user data dir)"),
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help=N_("database URL instead of the folder's library.db (default: $LESSONSTUDY_DB_URL)"),
    )
    add_message_language_option(parser, default=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES if module is None else (module,):
        importlib.import_module(name).register(subparsers)
    give_every_command_a_language(parser)
    return parser


def command_word(argv: Sequence[str]) -> str | None:
    """The command the arguments name, if it is a known one (global options skipped)."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in GLOBAL_OPTIONS_WITH_VALUE:
            index += 2
            continue
        if token.startswith("-"):
            if token in ("-h", "--help", "--version"):
                return None
            index += 1
            continue
        return token if token in COMMAND_NAMES else None
    return None


def parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """Only the named command's parser; every command's for help, files and mistakes."""
    word = command_word(argv)
    return build_parser(None if word is None else COMMAND_NAMES[word])


def one_line(error: LessonStudyError) -> str:
    """Problems joined on one line, as scripts and people both read it."""
    problems = getattr(error, "problems", None)
    head = error.message.splitlines()[0] if error.message else type(error).__name__
    if problems:
        return f"{head} " + "; ".join(problems)
    return " ".join(error.message.split())


def split_file_to_open(
    parser: argparse.ArgumentParser, argv: Sequence[str]
) -> tuple[list[str], str | None]:
    """``lessonstudy [options] FILE`` → (the options, FILE); commands pass through unchanged.

    A file given instead of a command (a double-click through the file association)
    opens the window and imports it.
    """
    args = list(argv)
    takes_value = {
        option for action in parser._actions if action.option_strings and action.nargs != 0
        for option in action.option_strings
    }
    commands = {name for action in parser._actions
                if isinstance(action, argparse._SubParsersAction) for name in action.choices}
    index = 0
    while index < len(args):
        token = args[index]
        if token in takes_value:
            index += 2
            continue
        if token.startswith("-"):
            index += 1
            continue
        if token in commands or not looks_like_a_file(token):
            return args, None
        return args[:index] + args[index + 1:], token
    return args, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = parser_for(argv)  # built outside argparse_speaking: see there
    rest, file_to_open = split_file_to_open(parser, argv)
    with using_language(language_in(argv)), argparse_speaking():
        args = _parse(parser, rest)
    if args.command is None:
        return _open_window(args, file_to_open)
    _tolerant_stdout()
    try:
        language = command_language(args)
    except LessonStudyError as error:
        with using_language(language_from_environment()):
            print(f"lessonstudy: error: {one_line(error)}", file=sys.stderr)
        return EXIT_ERROR
    with using_language(language):
        return _run(args)


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse; a command naming a list in ``trailing`` also takes words after its options.

    ``keyideas TEACHING --group G "idea 1" "idea 2"``: argparse fills a
    positional list only where it first meets it, so ideas after ``--group``
    would be refused; they are added to that list instead.
    """
    args, extras = parser.parse_known_args(argv)
    trailing = getattr(args, "trailing", None)
    if extras and (trailing is None or any(e.startswith("-") for e in extras)):
        parser.error(_("unrecognized arguments: %s") % " ".join(extras))
    if extras and trailing:
        setattr(args, trailing, [*getattr(args, trailing), *extras])
    return args


def _run(args: argparse.Namespace) -> int:
    """Run the command; its output and its errors are in the language already in force."""
    ctx = CommandContext(args=args, out=sys.stdout)
    try:
        return int(args.handler(ctx) or EXIT_OK)
    except LessonStudyError as error:
        print(f"lessonstudy: error: {one_line(error)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        _silence_stdout()  # the reader (`| head`) has gone: stop quietly, like other tools
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lessonstudy: " + _("interrupted; nothing was changed by the unfinished step."),
              file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        if is_disk_full(error):  # a PDF, bundle or backup that did not fit on the disk
            print(f"lessonstudy: error: {_(DISK_FULL)}", file=sys.stderr)
            return EXIT_ERROR
        traceback.print_exc()
        print("lessonstudy: " + _("internal error (a bug); please report the text above."),
              file=sys.stderr)
        return EXIT_BUG
    finally:
        ctx.close()


def _open_window(args: argparse.Namespace, file_to_open: str | None) -> int:
    """The GUI, optionally importing a file once the library is open."""
    from pathlib import Path

    path = None
    if file_to_open is not None:
        with using_language(language_from_environment()):
            try:
                openable(Path(file_to_open))
            except LessonStudyError as error:
                print(f"lessonstudy: error: {one_line(error)}", file=sys.stderr)
                return EXIT_ERROR
        path = Path(file_to_open).resolve()
    from lessonstudy.app import run_gui

    return run_gui(args.data_dir, args.db_url, open_file=path)


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (e.g. a test's StringIO)
        pass


def _tolerant_stdout() -> None:
    """Escape what the output's encoding cannot show (``list > file.txt`` on a cp1252 Windows).

    Titles and names are often Chinese; a strict encoder turned printing them into a crash.
    Standard error already escapes this way.
    """
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
