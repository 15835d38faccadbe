"""Parse JSON from a file someone sent, within limits a lesson never comes near.

Python refuses to turn an integer of more than 4300 digits into a number and
raises a ``ValueError`` that used to surface as an internal error; a file of
100,000 nested brackets exhausted the recursion limit. Here numbers are
checked by length while parsing (before any conversion), nesting is counted
after, and every breach becomes one :class:`ImportRejectedError` line.
Limits are documented in docs/limits.md.
"""

from __future__ import annotations

import json
from typing import Any

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.i18n import N_, _

MAX_DIGITS = 19
"""Digits in a number: every stored integer fits in 64 bits (19 digits)."""

MAX_DEPTH = 32
"""Levels of nested lists and objects; a lesson document uses fewer than ten."""


class _LimitBroken(Exception):
    """Raised from inside the parser's hooks; turned into a message by :func:`parse_json`."""


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _LimitBroken(_("it has a number with {digits} digits; numbers may have at most "
                             "{limit}").format(digits=digits, limit=MAX_DIGITS))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 64:
        raise _LimitBroken(_("it has a number written with {count} characters; numbers may "
                             "have at most {limit} digits").format(count=len(text),
                                                                   limit=MAX_DIGITS))
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _LimitBroken(_("it has a number too large to store ({text})").format(text=text))
    return value


def _parse_constant(name: str) -> Any:
    raise _LimitBroken(_("it contains {name}, which is not a number JSON allows").format(
        name=name))


def parse_json(text: str, what: str) -> Any:
    """The parsed document; ``what`` names the file in messages ("lesson.json in the bundle").

    Raises :class:`ImportRejectedError` for syntax errors, over-long numbers and
    nesting deeper than :data:`MAX_DEPTH`.
    """
    try:
        doc = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                         parse_constant=_parse_constant)
    except _LimitBroken as exc:
        raise ImportRejectedError(_("{what} was refused: {why}.").format(
            what=what, why=exc)) from None
    except json.JSONDecodeError as exc:
        # Some of Python's messages end in "at" ("Unterminated string starting at"):
        # without it the sentence reads "… starting at line 1, column 5", not "at at".
        reason = _json_reason(exc.msg.removesuffix(" at"))
        raise ImportRejectedError(_("{what} is not valid JSON: {msg} at line {line}, column "
                                    "{column}.").format(what=what, msg=reason,
                                                        line=exc.lineno, column=exc.colno)
                                  ) from None
    except RecursionError:
        raise _too_deep(what) from None
    if depth(doc) > MAX_DEPTH:
        raise _too_deep(what)
    return doc


#: Python's JSON messages a teacher meets, in words the catalogues translate.
_JSON_REASONS = {
    "Expecting value": N_("a value is missing"),
    "Unterminated string starting": N_("a text in quotes is not closed, starting"),
    "Expecting ',' delimiter": N_("a comma is missing"),
    "Expecting ':' delimiter": N_("a colon is missing"),
    "Expecting property name enclosed in double quotes": N_(
        "a name in double quotes is expected (is there a comma too many?)"),
    "Extra data": N_("there is more after the end of the document"),
    "Invalid control character": N_("a tab or line break inside quotes is an invalid control "
                                    "character"),
    "Invalid \\escape": N_("a backslash (\\) starts an unknown escape"),
}


def _json_reason(message: str) -> str:
    """Python's own words for a syntax error, in the reader's language when they are known."""
    meaning = _JSON_REASONS.get(message)
    return _(meaning) if meaning is not None else message


def _too_deep(what: str) -> ImportRejectedError:
    return ImportRejectedError(_("{what} is not a lesson: its lists and objects are nested too "
                                 "deeply (more than {limit} levels).").format(what=what,
                                                                             limit=MAX_DEPTH))


def depth(doc: Any) -> int:
    """How many lists and objects are nested in ``doc`` (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest
