"""Where the library lives: ``--data-dir``, ``LESSONSTUDY_HOME``, or the platform's data dir.

Kept Qt-free so the CLI, the GUI and the tests all agree on one rule.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DB_FILE_NAME = "library.db"
BACKUP_DIR_NAME = "backups"


@dataclass(frozen=True)
class LibraryLocation:
    """A library: a folder with ``library.db`` and ``backups/``, or a database URL."""

    data_dir: Path
    db_url: str

    @property
    def is_sqlite_file(self) -> bool:
        return self.db_url.startswith("sqlite:///") and self.db_url != "sqlite:///:memory:"

    @property
    def db_path(self) -> Path | None:
        """The SQLite file, when the library is one."""
        if not self.is_sqlite_file:
            return None
        return Path(self.db_url.removeprefix("sqlite:///"))

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/LessonStudy)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("LessonStudy", appauthor=False))


def resolve_location(
    data_dir: str | Path | None = None, db_url: str | None = None
) -> LibraryLocation:
    """Apply the precedence: explicit arguments, then environment, then defaults."""
    folder = data_dir or os.environ.get("LESSONSTUDY_HOME") or default_data_dir()
    folder_path = Path(folder).expanduser().resolve()
    url = db_url or os.environ.get("LESSONSTUDY_DB_URL")
    if not url:
        url = f"sqlite:///{folder_path / DB_FILE_NAME}"
    return LibraryLocation(data_dir=folder_path, db_url=url)
