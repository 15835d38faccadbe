"""Engine creation: the only place that knows SQLite's pragmas and transaction quirks.

pysqlite's own transaction handling breaks SAVEPOINTs, so (as SQLAlchemy's
documentation recommends) we switch it off and emit BEGIN ourselves: BEGIN
IMMEDIATE for units of work, plain BEGIN for read-only sessions. Every
connection gets WAL, ``synchronous=FULL``, foreign keys and a busy timeout.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with our per-connection setup applied."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, echo=echo)
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_engine(url: str, *, echo: bool) -> Engine:
    kwargs: dict[str, Any] = {"echo": echo, "connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if url in ("sqlite://", "sqlite:///:memory:"):
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"]["check_same_thread"] = False
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (savepoints work)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


DEFERRED_OPTION = "lessonstudy_deferred"


def _on_begin(connection: Any) -> None:
    """Take the write lock when the transaction starts, unless it only reads.

    A deferred transaction that reads first and writes later cannot wait for
    another writer (SQLite refuses the upgrade at once with "database is
    locked"); ``BEGIN IMMEDIATE`` waits up to the busy timeout instead.
    """
    deferred = connection.get_execution_options().get(DEFERRED_OPTION, False)
    connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")
