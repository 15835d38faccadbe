"""Keep a shared server's password out of the settings file, without a keyring.

Teachers paste ``postgresql+psycopg://teacher:secret@server/lessonstudy`` into
*File → Shared server…*; the window remembered that URL, password and all, in
plain text in its settings. Now the remembered URL has no password, and the
password goes where PostgreSQL's own client library looks for it: the password
file (``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or
``$PGPASSFILE``), readable only by its owner (mode 0600). psycopg reads it on
every connection, so nothing else changes. Documented in docs/shared-server.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if not parsed.password:
        return url, None
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query)
    return bare.render_as_string(hide_password=False), str(parsed.password)


def password_file() -> Path:
    """Where libpq looks for passwords on this machine."""
    configured = os.environ.get("PGPASSFILE")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def remember_password(url: str) -> Path | None:
    """Put the URL's password into the password file (replacing that server's old line)."""
    parsed = make_url(url)
    if not parsed.password:
        return None
    fields = [parsed.host or "localhost", str(parsed.port or 5432), parsed.database or "*",
              parsed.username or "*"]
    key = ":".join(_escape(f) for f in fields) + ":"
    path = password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key)]
    kept.append(key + _escape(str(parsed.password)))
    temp = path.with_name(path.name + ".new")
    handle = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("\n".join(kept) + "\n")
    os.chmod(temp, 0o600)
    os.replace(temp, path)
    return path


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")
