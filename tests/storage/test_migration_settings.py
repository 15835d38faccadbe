"""0010_settings: a library_settings table is added and dropped again; nothing else changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.services.library_settings import set_print_language, stored_print_language
from lessonstudy.storage import migrate
from lessonstudy.storage.engine import make_engine
from lessonstudy.storage.library import Library
from lessonstudy.storage.schema import KNOWN_REVISIONS
from tests.storage.test_migrations import _downgrade

PREVIOUS = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0010_settings") - 1]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('alembic_version', 'library_settings', 'photo_blobs')")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_a_populated_library_upgrades_and_downgrades_keeping_its_data(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()
    library = Library(resolve_location(tmp_path), make_engine(f"sqlite:///{db}"))
    load_demo(library)
    library.close()
    _downgrade(db, PREVIOUS)
    before = _counts(db)
    assert before["lessons"] >= 1 and before["agenda_items"] >= 9

    upgraded = Library.open(resolve_location(tmp_path))
    assert stored_print_language(upgraded) is None  # follows the interface, as before
    assert set_print_language(upgraded, "zh_CN") == "zh-CN"
    assert stored_print_language(upgraded) == "zh-CN"
    upgraded.close()
    assert _counts(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    _downgrade(db, PREVIOUS)
    assert _counts(db) == before
    with sqlite3.connect(db) as conn:
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'library_settings'"
                                ).fetchall()
