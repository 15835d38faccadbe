"""0007_classroom: a populated library of the revision before it upgrades without loss.

The library is populated the way a teacher's is (the demo, plus a map, notes on
seats, predictions and tallies at head), taken down to the previous revision,
then brought back up: every old row is still there and the new tables are
ready. Downgrading drops only the new tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.storage import migrate
from lessonstudy.storage.library import Library
from lessonstudy.storage.schema import KNOWN_REVISIONS

REVISION = "0007_classroom"
OLD_TABLES = ("lessons", "segments", "case_pupils", "observers", "observer_groups",
              "observation_notes", "photo_data", "key_ideas", "feedback_items", "action_items",
              "segment_timings", "teachings")
NEW_TABLES = ("classroom_maps", "classroom_places", "classroom_seats", "note_places",
              "case_pupil_predictions", "tally_counters", "tally_marks")


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    config.attributes["connection"] = connection
    return config


def _counts(db: Path, tables: tuple[str, ...]) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in tables if t in names}


def _step(library: Library, target: str, down: bool) -> None:
    with library.engine.connect() as conn:
        (command.downgrade if down else command.upgrade)(_config(conn), target)


def test_previous_head_upgrades_to_classroom_without_loss(tmp_path: Path) -> None:
    previous = KNOWN_REVISIONS[KNOWN_REVISIONS.index(REVISION) - 1]
    folder = tmp_path / "library"
    folder.mkdir()
    library = Library.open(resolve_location(folder))
    load_demo(library)
    _step(library, previous, down=True)
    library.close()
    db = folder / "library.db"
    before = _counts(db, OLD_TABLES)
    assert before["observation_notes"] > 5 and _counts(db, NEW_TABLES) == {}
    upgraded = Library.open(resolve_location(folder))
    report = upgraded.check()
    upgraded.close()
    assert report.ok, report.problems
    assert _counts(db, OLD_TABLES) == before
    assert set(_counts(db, NEW_TABLES)) == set(NEW_TABLES)


def test_downgrade_drops_only_the_classroom_tables(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    library = Library.open(resolve_location(folder))
    load_demo(library)
    before = _counts(folder / "library.db", OLD_TABLES)
    previous = KNOWN_REVISIONS[KNOWN_REVISIONS.index(REVISION) - 1]
    _step(library, previous, down=True)
    _step(library, "head", down=False)
    library.close()
    assert _counts(folder / "library.db", OLD_TABLES) == before
