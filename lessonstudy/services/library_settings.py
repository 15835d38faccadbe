"""The library's own settings: its print language (and the language of new default texts).

A Hong Kong team prints in Traditional Chinese or bilingually, a mainland team in Simplified
Chinese, a Japanese team in Japanese; the choice is the team's, so it is stored in the
library and every laptop that opens it prints alike. Without a choice, prints follow the
interface language (the window's, or the command line's ``LANG``).
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import current_language, parse_language
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import LibrarySetting

PRINT_LANGUAGE = "print_language"


def stored_print_language(library: Library) -> str | None:
    """The library's chosen print language, or None when it has none (follow the interface)."""
    with library.reading() as session:  # a read: never waits for another program's write
        return _stored(session)


def _stored(session: Session) -> str | None:
    try:
        row = session.get(LibrarySetting, PRINT_LANGUAGE)
    except OperationalError as error:  # a library still at a revision before 0010_settings
        if "no such table" not in str(error):
            raise
        return None
    if row is None or not row.value:
        return None
    try:
        return parse_language(row.value)
    except LessonStudyError:
        return None  # a code from a newer Lesson Study: follow the interface


def library_language(session: Session) -> str:
    """The language new default texts (agenda steps, principles, focus areas) are written in:
    the library's print language, else the language in force (the interface's)."""
    return _stored(session) or current_language()


def print_language(library: Library, interface: str | None = None) -> str:
    """The language to print in: the library's choice, else ``interface`` (default: current)."""
    return stored_print_language(library) or interface or current_language()


def set_print_language(library: Library, code: str | None) -> str | None:
    """Store the library's print language (checked; one line listing the languages if not);
    None or "" forgets it, so prints follow the interface again. Returns what is stored."""
    chosen = parse_language(code) if code else None
    with library.unit_of_work() as session:
        row = session.get(LibrarySetting, PRINT_LANGUAGE)
        if chosen is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(LibrarySetting(key=PRINT_LANGUAGE, value=chosen))
        else:
            row.value = chosen
    return chosen
