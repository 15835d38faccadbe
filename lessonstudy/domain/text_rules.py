"""The rules every text obeys, whichever door it came in by.

Text reaches the library from typing, lesson files, bundles, filled forms and
rosters. SQLite stores anything; the shared PostgreSQL server refuses NUL and
text longer than its column, with a database traceback. So the rules are
checked where the text enters, the same way for every source, and a refusal
names the place ("$.updated_by", "cell 3 of the form") in one line.
"""

from __future__ import annotations

import re

from lessonstudy.i18n import _

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Invisible characters that print as nothing or break files; tab and line breaks are fine."""

MAX_AUTHOR_LENGTH = 200
"""``updated_by`` ("who changed it last"): the column's length on every database."""


def control_problem(value: str) -> str:
    """Why ``value`` breaks the character rule (naming the character), or ""."""
    found = CONTROL_CHARACTERS.search(value)
    if found is None:
        return ""
    return _("contains the control character U+{code}").format(code=f"{ord(found.group()):04X}")


def author_problem(value: object) -> str:
    """Why ``value`` cannot be an ``updated_by`` (who made a change), or ""."""
    if not isinstance(value, str):
        return _("expected a string")
    if len(value) > MAX_AUTHOR_LENGTH:
        return _("longer than {limit} characters").format(limit=MAX_AUTHOR_LENGTH)
    return control_problem(value)


def clean_author(value: str) -> str:
    """A safe ``updated_by`` made from a user and host name the system gave us."""
    return CONTROL_CHARACTERS.sub("", value)[:MAX_AUTHOR_LENGTH] or "unknown"
