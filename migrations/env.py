"""Alembic environment: batch mode on SQLite, foreign keys off outside the transaction.

SQLite batch migrations rebuild tables; with ``foreign_keys=ON`` dropping the old
table would cascade and delete child rows. So foreign keys are switched off on
the raw connection *before* the migration transaction begins, checked with
``foreign_key_check`` after it, and switched back on.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from lessonstudy.storage.engine import make_engine
from lessonstudy.storage.models import Base
from lessonstudy.storage.search_index import not_an_index_table

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        compare_type=True,
        include_name=not_an_index_table,  # FTS5 tables are made by 0006_search, not models
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            _check_foreign_keys(connection)
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    rows = connection.connection.driver_connection.execute("PRAGMA foreign_key_check").fetchall()
    if rows:
        raise RuntimeError(f"migration left {len(rows)} broken foreign keys: {rows[:5]}")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    engine = make_engine(url or "sqlite:///dev-library.db")
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run against a database.")
run_migrations_online()
