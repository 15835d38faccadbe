"""0006_search on a populated library: indexes what is there, and the downgrade keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from lessonstudy.paths import resolve_location
from lessonstudy.services import search
from lessonstudy.services.demo import load_demo
from lessonstudy.storage import migrate
from lessonstudy.storage.engine import make_engine
from lessonstudy.storage.library import Library
from lessonstudy.storage.schema import KNOWN_REVISIONS

BEFORE = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0006_search") - 1]
TABLES = ("lessons", "segments", "observation_notes", "feedback_items", "key_ideas",
          "action_items")


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _sqlite_names(db: Path, kind: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = ? AND name LIKE 'search%'", (kind,))}


def _to(engine_url: str, revision: str, down: bool = False) -> None:
    engine = make_engine(engine_url)
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def test_upgrade_indexes_the_library_and_downgrade_removes_only_the_index(
        tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    db = folder / "library.db"
    url = f"sqlite:///{db}"
    # Populate with today's code at head, then go back to the revision before the index:
    # the demo needs tables of later revisions, which the downgrade removes again.
    _to(url, "head")
    old = Library(resolve_location(folder), make_engine(url))
    load_demo(old)
    old.close()
    _to(url, BEFORE, down=True)
    before = _counts(db)
    assert _sqlite_names(db, "table") == set()

    _to(url, "0006_search")
    assert _counts(db) == before
    assert len(_sqlite_names(db, "trigger")) == 21
    upgraded = Library(resolve_location(folder), make_engine(url))
    try:
        hits = search.search(upgraded, "正方形").hits
        assert [hit.kind for hit in hits] == ["note"]
    finally:
        upgraded.close()

    _to(url, BEFORE, down=True)
    assert _counts(db) == before
    assert _sqlite_names(db, "table") == set() and _sqlite_names(db, "trigger") == set()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
