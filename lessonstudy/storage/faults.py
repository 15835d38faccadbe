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

from lessonstudy.i18n import N_

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
    return " ".join(text.split("[SQL:")[0].split())
