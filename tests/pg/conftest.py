"""Fixtures for tests that run against SQLite and PostgreSQL alike.

``pg_server`` is one PostgreSQL server per session (see ``server.py``);
``any_location`` is parametrised over ``sqlite`` and ``postgres`` and yields a
fresh, empty library location of that kind — a new database per test on the
server, dropped afterwards. Without a server the ``postgres`` cases skip and
say why.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from lessonstudy.paths import LibraryLocation, resolve_location
from tests.pg import server as pg


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.PgServer]:
    configured = pg.from_environment()
    if configured is not None:
        yield configured
        return
    try:
        started = pg.start_cluster()
    except RuntimeError as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield started
    finally:
        started.stop()


def _admin(server: pg.PgServer, sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.url_for(server.admin_db), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


@pytest.fixture
def pg_location(pg_server: pg.PgServer, tmp_path: Path) -> Iterator[LibraryLocation]:
    """A brand-new empty database on the server, as a library location."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install "
                        "'lessonstudy[postgres]')")
    name = f"ls_test_{uuid.uuid4().hex[:12]}"
    try:
        _admin(pg_server, f'CREATE DATABASE "{name}"')
    except Exception as exc:
        pytest.skip(f"cannot create a test database on the PostgreSQL server: {exc}")
    folder = tmp_path / "pg-data"
    folder.mkdir()
    yield resolve_location(folder, pg_server.url_for(name))
    _admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def any_location(request: pytest.FixtureRequest, tmp_path: Path) -> LibraryLocation:
    """An empty library location on SQLite, then on PostgreSQL."""
    if request.param == "sqlite":
        return resolve_location(tmp_path / "shared-sqlite")
    return request.getfixturevalue("pg_location")
