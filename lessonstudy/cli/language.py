"""``--lang``: the language a command prints its PDF and its messages in.

Every command takes ``--lang en|zh-HK|zh-CN|ja|bilingual`` (print commands: the PDF's
language too); without it the command uses the environment's language (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``), the command line's equivalent of the interface
language. The value is checked in :func:`command_language`, not by argparse, so a wrong one
is the CLI's usual single line listing the languages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lessonstudy.i18n import (
    UnknownLanguageError,
    language_from_environment,
    parse_language,
    using_language,
)
from lessonstudy.i18n.marks import N_

if TYPE_CHECKING:
    from lessonstudy.cli.context import CommandContext


LANGUAGE_OPTION = "--lang"


def add_language_option(parser: Any) -> None:
    """Give a print command its ``--lang`` option."""
    parser.add_argument(
        LANGUAGE_OPTION, metavar="LANG", default=argparse.SUPPRESS,
        help=N_("print language: en, zh-HK, zh-CN, ja, bilingual (default: the library's "
                "print language, else the environment's, e.g. LANG=zh_HK.UTF-8)"),
    )


def add_message_language_option(
    parser: argparse.ArgumentParser, default: str | None = argparse.SUPPRESS
) -> None:
    """Give a command that prints no PDF its ``--lang`` (the language of its messages).

    A command's own ``--lang`` has no default (``SUPPRESS``), so the value given before the
    command word (``lessonstudy --lang ja list``) is not overwritten by the command's.
    """
    parser.add_argument(
        LANGUAGE_OPTION, metavar="LANG", default=default,
        help=N_("language of the messages: en, zh-HK, zh-CN, ja, bilingual (default: the "
                "environment's, e.g. LANG=ja_JP.UTF-8)"),
    )


def give_every_command_a_language(parser: argparse.ArgumentParser) -> None:
    """``--lang`` on every command that runs (``photos add`` too), unless it has one already.

    Only the commands that run get it, not ``photos`` itself (``photos --lang ja add`` is
    not a form anyone types); the main parser has its own, given in :func:`build_parser`.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                give_every_command_a_language(child)
            return
    if parser.prog != "lessonstudy" and LANGUAGE_OPTION not in parser._option_string_actions:
        add_message_language_option(parser)


def language_in(argv: Sequence[str]) -> str:
    """The language for parsing ``argv`` (its mistakes, its ``--help``): ``--lang``, else LANG.

    Read before argparse runs, so argparse itself speaks it; a wrong ``--lang`` is reported
    after parsing (:func:`command_language`) in the environment's language.
    """
    for index, token in enumerate(argv):
        if token == "--":
            break
        chosen = None
        if token == LANGUAGE_OPTION and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif token.startswith(LANGUAGE_OPTION + "="):
            chosen = token.partition("=")[2]
        if chosen is not None:
            try:
                return parse_language(chosen)
            except UnknownLanguageError:
                break
    return language_from_environment()


def command_language(args: argparse.Namespace) -> str:
    """The language of this run: ``--lang`` if given (checked), else the environment's."""
    chosen = getattr(args, "lang", None)
    return parse_language(chosen) if chosen else language_from_environment()


def printing(handler: Callable[[CommandContext], int]) -> Callable[[CommandContext], int]:
    """Run a print command in its print language: ``--lang``, else the library's, else LANG.

    The command's messages and errors stay in the language of the command line.
    """

    def run(ctx: CommandContext) -> int:
        if getattr(ctx.args, "lang", None):
            return handler(ctx)  # already in force (see main)
        from lessonstudy.services.library_settings import stored_print_language

        chosen = stored_print_language(ctx.library(reads_only=True))  # print commands only read
        if chosen is None:
            return handler(ctx)
        with using_language(chosen):
            return handler(ctx)

    return run
