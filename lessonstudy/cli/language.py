"""``--lang``: the language a command prints its PDF and its messages in.

Every print command takes ``--lang en|zh-HK|zh-CN|ja|bilingual``; without it the command uses
the environment's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), the command
line's equivalent of the interface language. The value is checked in :func:`command_language`,
not by argparse, so a wrong one is the CLI's usual single line listing the languages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lessonstudy.i18n import LANGUAGES, language_from_environment, parse_language, using_language

if TYPE_CHECKING:
    from lessonstudy.cli.context import CommandContext


def add_language_option(parser: Any) -> None:
    """Give a print command its ``--lang`` option."""
    parser.add_argument(
        "--lang", metavar="LANG", default=None,
        help=f"print language: {', '.join(LANGUAGES)} (default: the environment's, "
        "e.g. LANG=zh_HK.UTF-8)",
    )


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
