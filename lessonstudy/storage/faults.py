"""Faults of the machine, not of the user's input, in words a teacher can act on.

A full disk shows up as SQLite's "database or disk is full", as ``OSError``
with ``ENOSPC`` while writing a PDF or a bundle, or as a quota error. Every
write is one transaction, so nothing was changed; the message says so and
what to do, in one line, instead of a traceback. Errors from SQLAlchemy carry
a link to its website ("Background on this error at: https://sqlalche.me/…"),
which means nothing to a teacher: :func:`plain_database_error` drops it.
"""

from __future__ import annotations

import errno
import re

from lessonstudy.i18n import DEFAULT_LANGUAGE, N_, _, current_language

DISK_FULL = N_("The disk is full: nothing was changed. Free some space (or choose another "
              "folder) and try again.")

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(error: BaseException) -> bool:
    """True for SQLite's "database or disk is full" and ``OSError(ENOSPC)`` (or over quota)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        if "database or disk is full" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


_SQLALCHEMY_LINK = re.compile(r"\s*\(Background on this error at: [^)]*\)")


def plain_database_error(error: BaseException) -> str:
    """The database's own message without SQLAlchemy's web link or the SQL it ran."""
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error)
    text = _SQLALCHEMY_LINK.sub("", text)
    return glossed(" ".join(text.split("[SQL:")[0].split()))


#: SQLite's own words a teacher meets, with what they mean (the words stay, in brackets).
_GLOSSES = {
    "database disk image is malformed": N_("the file is damaged"),
    "file is not a database": N_("it is not a library file"),
    "database is locked": N_("another program is using the library"),
    "disk I/O error": N_("the disk could not be read or written"),
    "unable to open database file": N_("the file cannot be opened"),
    "attempt to write a readonly database": N_("the file is read-only"),
}


def glossed(text: str) -> str:
    """``text`` from SQLite, led by what it means in the reader's language (not in English)."""
    if current_language() == DEFAULT_LANGUAGE:
        return text
    for words, meaning in _GLOSSES.items():
        if words in text:
            return f"{_(meaning)} ({text})"
    return text
