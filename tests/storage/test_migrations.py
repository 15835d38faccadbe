"""Migrations build exactly the models' schema, and the start-up revision list matches them."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from lessonstudy.storage import migrate
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
        context = MigrationContext.configure(conn, opts={"compare_type": True})
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
