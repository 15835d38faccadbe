"""Runs Alembic migrations from ``migrations/`` (imported only when an upgrade is due)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from lessonstudy.domain.errors import DatabaseTooNewError, StorageError
from lessonstudy.i18n import N_
from lessonstudy.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def migrations_dir() -> Path:
    """``migrations/`` beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def current_revision(connection: Connection) -> str | None:
    """The library's Alembic revision, or None for a brand-new database."""
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        if names:
            raise StorageError(
                N_("This database is not a Lesson Study library (it has other tables). Choose "
                   "another folder or database.")
            )
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None and names - {"alembic_version"}:
        raise StorageError(
            N_("The library's record of its own version (the alembic_version table) is empty, "
               "so Lesson Study cannot tell how to open it; nothing was changed. Restore a "
               "backup from the backups folder, or ask for help.")
        )
    return row[0] if row else None


def needs_upgrade(revision: str | None) -> bool:
    """True when the library is older than this build; refuses newer libraries."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            N_("This library was saved by a newer version of Lesson Study (schema {revision}). "
               "Please update Lesson Study to open it; nothing was changed."), revision=revision
        )
    return revision != SCHEMA_HEAD


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target``; the caller makes a backup first."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    compact_if_mostly_free(engine)


def compact_if_mostly_free(engine: Engine, minimum_bytes: int = 64 * 1024) -> bool:
    """VACUUM a SQLite library whose file is mostly free pages (photos moved out to files).

    Without it ``library.db`` keeps its old size after 0005_photo_store, and every backup
    copies the empty pages too.
    """
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return False
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        free = raw.execute("PRAGMA freelist_count").fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
        if free * size < minimum_bytes or free * 2 < pages:
            return False
        raw.execute("VACUUM")
    return True
