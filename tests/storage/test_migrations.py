"""Migrations build exactly the models' schema, and the start-up revision list matches them."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from lessonstudy.storage import migrate, search_index
from lessonstudy.storage.engine import make_engine
from lessonstudy.storage.models import Base
from lessonstudy.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    return ScriptDirectory.from_config(config)


def test_upgrade_head_matches_models_exactly(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": search_index.not_an_index_table})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_known_revisions_match_migration_scripts() -> None:
    scripts = _scripts()
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'cycle.db'}")
    migrate.upgrade(engine)
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) is None
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == SCHEMA_HEAD
    engine.dispose()


def test_populated_library_of_previous_revision_upgrades_without_loss(tmp_path: Path) -> None:
    """The demo stored at the revision before head survives the upgrade, row for row."""
    import sqlite3

    from lessonstudy.paths import resolve_location
    from lessonstudy.services.demo import load_demo
    from lessonstudy.storage.library import Library

    previous = KNOWN_REVISIONS[-2]
    folder = tmp_path / "old-library"
    folder.mkdir()
    # The demo is written by today's models, so it is loaded at head and the library is then
    # taken down to the previous revision: a populated library of that revision, as shipped.
    engine = make_engine(f"sqlite:///{folder / 'library.db'}")
    migrate.upgrade(engine)
    engine.dispose()
    old = Library(resolve_location(folder), make_engine(f"sqlite:///{folder / 'library.db'}"))
    load_demo(old)
    old.close()
    _downgrade(folder / "library.db", previous)
    tables = ("lessons", "segments", "observers", "observation_notes", "photo_data", "key_ideas",
              "feedback_items", "action_items", "segment_timings")

    def counts() -> dict[str, int]:
        with sqlite3.connect(folder / "library.db") as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    before = counts()
    upgraded = Library.open(resolve_location(folder))
    report = upgraded.check()
    upgraded.close()
    assert report.ok, report.problems
    assert counts() == before and before["observers"] == 24
    assert any("before-upgrade" in p.name for p in (folder / "backups").glob("*.db"))


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
        assert migrate.current_revision(conn) == revision
    engine.dispose()
