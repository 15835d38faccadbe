"""Text longer than its column (or holding NUL) is refused before it is stored, by any service.

SQLite ignores ``String(300)``; PostgreSQL (the shared server) enforces it and
a bundle's importer checks it. Without this check a 400-character title typed
on a laptop was stored, then its bundle was refused by every other Lesson Study
and the same typing on the school server failed with a database error. Every
unit of work's flush passes through :func:`check_lengths`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_, _
from lessonstudy.i18n.field_words import field_words


def check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush`` hook: raise ValidationError naming every text that is too long."""
    problems = [problem for obj in (*session.new, *session.dirty)
                for problem in _too_long(obj)]
    if problems:
        raise ValidationError.from_problems(
            N_("Nothing was saved: some text is longer than Lesson Study can keep."), problems)
    invisible = [problem for obj in (*session.new, *session.dirty)
                 for problem in _with_nul(obj)]
    if invisible:
        raise ValidationError.from_problems(
            N_("Nothing was saved: some text contains the invisible NUL character, which the "
               "shared server cannot store."), invisible)


def _too_long(obj: object) -> list[str]:
    mapper = inspect(obj.__class__, raiseerr=False)
    if mapper is None:
        return []
    problems = []
    for column in mapper.columns:
        limit = getattr(column.type, "length", None) if isinstance(column.type, String) else None
        value = getattr(obj, column.key, None) if limit else None
        if isinstance(value, str) and len(value) > limit:  # type: ignore[operator]
            problems.append(_("the {field} has {count} characters; at most {limit} fit").format(
                field=_words(obj, column.key), count=len(value), limit=limit))
    return problems


def _with_nul(obj: object) -> list[str]:
    """Text with NUL: SQLite keeps it, PostgreSQL refuses it with a database error."""
    mapper = inspect(obj.__class__, raiseerr=False)
    if mapper is None:
        return []
    problems = []
    for column in mapper.columns:
        value = getattr(obj, column.key, None) if isinstance(column.type, String) else None
        if isinstance(value, str) and "\x00" in value:
            problems.append(_("the {field} contains the control character U+0000").format(
                field=_words(obj, column.key)))
    return problems


def _words(obj: object, key: str) -> str:
    """"lesson title", "observer group name" — from the catalogue, in the language in force."""
    return field_words(type(obj).__name__, key)
