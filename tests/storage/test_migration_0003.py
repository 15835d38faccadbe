"""0003_evidence: agenda steps gain a record and may have no planned minutes; nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.storage import migrate
from lessonstudy.storage.engine import make_engine
from lessonstudy.storage.library import Library
from lessonstudy.storage.schema import KNOWN_REVISIONS
from tests.storage.test_migrations import _downgrade

PREVIOUS = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0003_evidence") - 1]


def _agenda(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, uuid, position, kind, title, speaker, planned_minutes, "
                            "actual_seconds FROM agenda_items ORDER BY id").fetchall()


def test_populated_library_of_previous_revision_upgrades_with_empty_records_and_kept_minutes(
        tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()
    library = Library(resolve_location(tmp_path), make_engine(f"sqlite:///{db}"))
    load_demo(library)
    library.close()
    _downgrade(db, PREVIOUS)
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(agenda_items)")]
        conn.execute("UPDATE agenda_items SET actual_seconds = 300 WHERE position = 1")
    assert "record" not in columns
    before = _agenda(db)
    assert len(before) >= 9

    upgraded = Library.open(resolve_location(tmp_path))
    upgraded.close()
    assert _agenda(db) == before
    with sqlite3.connect(db) as conn:
        assert {r[0] for r in conn.execute("SELECT record FROM agenda_items")} == {""}
        conn.execute("UPDATE agenda_items SET planned_minutes = NULL WHERE position = 2")
        assert conn.execute("SELECT count(*) FROM agenda_items WHERE planned_minutes IS NULL"
                            ).fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_downgrade_gives_unknown_minutes_the_old_default(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()
    library = Library(resolve_location(tmp_path), make_engine(f"sqlite:///{db}"))
    load_demo(library)
    library.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE agenda_items SET planned_minutes = NULL, record = 'said' "
                     "WHERE position = 0")
    _downgrade(db, PREVIOUS)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT planned_minutes FROM agenda_items WHERE position = 0"
                            ).fetchone() == (5,)
