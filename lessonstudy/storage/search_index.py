"""The library-wide search index: one SQLite FTS5 table kept in step by triggers.

Ten years of a school's notes, feedback, key ideas, actions, plans and lesson
titles go into one contentless FTS5 table with the trigram tokenizer, so
Chinese and Japanese match by substring (there are no spaces between words)
and an English word matches inside longer ones. Each record's index row id is
``kind code * 2**40 + (2**40 - 1 - id)``: triggers replace or remove exactly
that row, a hit names its record without a lookup table, each kind is a range
of row ids (FTS5 filters row id ranges inside the index), and the newest
records come first in FTS5's own ascending order. Reading in descending order
made FTS5 load whole doclists: 25-90 ms instead of under 1 ms at 2 million notes.

Triggers, not the services, keep the index right: imports, bulk inserts and
edits from any path are indexed. SQLite drops a table's triggers when a batch
migration rebuilds the table, so :func:`ensure` (run at every open) puts any
missing trigger back and rebuilds the index. PostgreSQL has no FTS5; there the
search service filters the tables themselves (see ``docs/search.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from lessonstudy.storage.engine import DEFERRED_OPTION

TABLE = "search_index"
TERMS = "search_terms"  # fts5vocab over the index: the trigrams, for one- and two-letter words
SPAN = 1 << 40  # row id = kind code * SPAN + (SPAN - 1 - record id)
END = "char(31, 31)"  # ends every text: a short word at the very end still starts a trigram


@dataclass(frozen=True)
class Source:
    """One kind of record the search finds: its table and the columns it reads."""

    kind: str
    code: int
    table: str
    columns: tuple[str, ...]

    def body(self, alias: str) -> str:
        """The SQL text indexed for a row (``new``/``old`` in triggers, an alias in queries)."""
        parts = [f"coalesce({alias}.{column}, '')" for column in self.columns]
        return " || ' ' || ".join(parts)


SOURCES: tuple[Source, ...] = (
    Source("note", 1, "observation_notes", ("text",)),
    Source("feedback", 2, "feedback_items", ("text",)),
    Source("key_idea", 3, "key_ideas", ("text",)),
    Source("action", 4, "action_items", ("text",)),
    Source("segment", 5, "segments", ("title", "activity", "anticipated_responses",
                                      "teacher_support", "evaluation", "materials")),
    Source("lesson", 6, "lessons", ("title",)),
    Source("agenda", 7, "agenda_items", ("title", "record")),
)
BY_CODE = {source.code: source for source in SOURCES}


def _row(source: Source, alias: str) -> str:
    return f"{row_range(source)[1]} - {alias}.id"


def row_range(source: Source) -> tuple[int, int]:
    """The first and last index row id a kind of record may have (record id = last - row id)."""
    return source.code * SPAN, (source.code + 1) * SPAN - 1


def _add(source: Source, alias: str) -> str:
    return (f"INSERT INTO {TABLE}(rowid, body) VALUES ({_row(source, alias)}, "
            f"{source.body(alias)} || {END});")


def _drop(source: Source) -> str:
    return (f"INSERT INTO {TABLE}({TABLE}, rowid, body) VALUES ('delete', "
            f"{_row(source, 'old')}, {source.body('old')} || {END});")


def trigger_statements(source: Source) -> dict[str, str]:
    """Trigger name → CREATE TRIGGER for one source (insert, update of its columns, delete)."""
    name = f"search_{source.table}"
    columns = ", ".join(source.columns)
    return {
        f"{name}_insert": (f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source.table} "
                           f"BEGIN {_add(source, 'new')} END"),
        f"{name}_update": (f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON "
                           f"{source.table} BEGIN {_drop(source)} {_add(source, 'new')} END"),
        f"{name}_delete": (f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source.table} "
                           f"BEGIN {_drop(source)} END"),
    }


def install(connection: Connection, sources: tuple[Source, ...] = SOURCES) -> None:
    """Create the index, its term list and triggers, and index every existing record.

    A migration passes the sources as they stood at its revision (a later source's
    table may not exist yet when it runs).
    """
    connection.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING "
                            "fts5(body, content='', tokenize='trigram')"))
    connection.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TERMS} USING "
                            f"fts5vocab({TABLE}, row)"))
    _install_triggers(connection, sources)
    rebuild(connection, sources)


def _install_triggers(connection: Connection, sources: tuple[Source, ...]) -> None:
    present = _triggers(connection)
    for source in sources:
        for name, statement in trigger_statements(source).items():
            if name not in present:
                connection.execute(text(statement))


def rebuild(connection: Connection, sources: tuple[Source, ...] = SOURCES) -> None:
    """Index every record again from the tables (after a migration or a repair)."""
    connection.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')"))
    for source in sources:
        connection.execute(text(
            f"INSERT INTO {TABLE}(rowid, body) SELECT {_row(source, 'x')}, "
            f"{source.body('x')} || {END} FROM {source.table} AS x"))


def remove(connection: Connection) -> None:
    """Drop the triggers, the term list and the index (the downgrade)."""
    for name in sorted(_triggers(connection)):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TERMS}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def _triggers(connection: Connection) -> set[str]:
    return set(_trigger_sql(connection))


def _trigger_sql(connection: Connection) -> dict[str, str]:
    rows = connection.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' "
        "ESCAPE '\\'"))
    return {row[0]: " ".join(str(row[1]).split()) for row in rows}


def not_an_index_table(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's ``include_name``: the index's tables are not models, never drop them."""
    return not (type_ == "table" and name is not None and name.startswith((TABLE, TERMS)))


def expected_triggers() -> set[str]:
    return {name for source in SOURCES for name in trigger_statements(source)}


def present(connection: Connection) -> bool:
    """True when this SQLite library has the index (schema 0006_search or later)."""
    row = connection.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": TABLE})
    return row.first() is not None


def ensure(engine: Engine) -> bool:
    """Put back triggers a table rebuild dropped or an older build wrote, re-index; True if so.

    Two small queries when all is well, so it runs at every open.
    """
    if engine.dialect.name != "sqlite":
        return False
    wanted = {name: " ".join(sql.split()) for source in SOURCES
              for name, sql in trigger_statements(source).items()}
    reader = engine.execution_options(**{DEFERRED_OPTION: True})  # no write lock to look
    with reader.connect() as connection:
        if not present(connection) or _trigger_sql(connection) == wanted:
            return False
    with engine.begin() as connection:
        for name in _triggers(connection):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        _install_triggers(connection, SOURCES)
        rebuild(connection, SOURCES)
    return True
