"""argparse in the command's language: its own mistakes and every command's ``--help``.

argparse asks gettext for its texts ("the following arguments are required: %s",
"usage: ", "options") through the module-level name ``argparse._``; while a command line is
parsed, :func:`argparse_speaking` points that name at our catalogue, so a teacher running
``LANG=ja_JP.UTF-8 lessonstudy report 2`` reads the mistake in Japanese, still on one line.
The help of each command and option is written with ``N_()`` and translated when ``--help``
is shown (:class:`TranslatedHelpFormatter`), not when the parser is built: the parser is
built once per process and shared by calls in different languages.

The texts below are argparse's own (Python 3.11's wording); a newer Python that rewords one
shows that message in English until the catalogue learns the new wording.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from lessonstudy.i18n import _, ngettext
from lessonstudy.i18n.marks import N_

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
"""argparse's messages a user can meet, marked so the catalogue tool extracts them."""


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's own texts come from our catalogue, in the language in force, in the block.

    Build the parser *before* the block: argparse translates a few texts (group titles, the
    ``-h`` help) when a parser is made, and the cached parser must keep them in English
    (:class:`TranslatedHelpFormatter` translates them again when help is shown).
    """
    saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    setattr(argparse, "_", _)  # noqa: B010 — argparse reads its module global at run time
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """``--help`` with every help text, description and heading in the language in force."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _(action.help) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        super().start_section(_(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(_(text) if text and text != argparse.SUPPRESS else text)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrapped(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrapped(" ".join(text.split()), width))


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_PIECES = re.compile(rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+")
_NO_BREAK_BEFORE = frozenset("）」』】、。，：；！？・ー")
"""Closing brackets and punctuation stay at the end of a line (kinsoku), never start one."""


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese and Japanese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, breaking between words *or* between CJK characters.

    argparse's textwrap breaks only at spaces and hyphens and counts a Chinese character as
    one column: Japanese help ran off the terminal, and "zh-CN" broke at its hyphen.
    """
    lines: list[str] = []
    line = ""
    for piece in _PIECES.findall(text):
        if piece.isspace():
            if line:
                line += " "
            continue
        fits = display_width(line + piece) <= width or piece in _NO_BREAK_BEFORE
        if line and not fits:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def help_texts(parser: argparse.ArgumentParser) -> Iterable[str]:
    """Every help text and description of a parser and its commands (for the catalogue test)."""
    if parser.description:
        yield parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice.help
            for child in dict.fromkeys(action.choices.values()):
                yield from help_texts(child)
