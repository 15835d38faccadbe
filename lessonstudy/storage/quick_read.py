"""A read-only look at a SQLite library with the standard library only, for light commands.

``lessonstudy list`` spent ~80 % of its time importing SQLAlchemy and the ORM
models. When the library is a SQLite file already at this build's schema,
reading it needs neither: :func:`reading_connection` hands out a read-only
``sqlite3`` connection. Anything else (a server database, a library that
needs an upgrade, a file it cannot read) returns None, and the caller opens
the library the full way, which upgrades, explains or refuses as usual.
"""

from __future__ import annotations

import sqlite3

from lessonstudy.paths import LibraryLocation
from lessonstudy.storage.schema import SCHEMA_HEAD


def reading_connection(location: LibraryLocation) -> sqlite3.Connection | None:
    """A read-only connection to a library at this build's schema, or None."""
    path = location.db_path
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        connection.close()
        return None
    if row is None or row[0] != SCHEMA_HEAD:
        connection.close()
        return None
    return connection
