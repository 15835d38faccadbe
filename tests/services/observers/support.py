"""Helpers for the observer-group service tests: snapshots of what is stored."""

from __future__ import annotations

from sqlalchemy import text

from lessonstudy.storage.library import Library

TABLES = ("focus_areas", "observer_groups", "observers")


def stored(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the observer tables, to prove a refused action changed nothing."""
    with library.engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in TABLES
        }


def membership(library: Library, teaching_id: int) -> dict[str, tuple[str | None, bool]]:
    """Observer name -> (group name or None, pinned), read straight from the database."""
    query = text(
        "SELECT o.name, g.name, o.pinned FROM observers o "
        "LEFT JOIN observer_groups g ON g.id = o.group_id WHERE o.teaching_id = :t"
    )
    with library.engine.connect() as conn:
        return {name: (group, bool(pinned))
                for name, group, pinned in conn.execute(query, {"t": teaching_id})}
