"""``list`` reads the tree with sqlite3 alone: the same tree as the ORM path, or no shortcut."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.paths import resolve_location
from lessonstudy.services.catalogue import load_tree
from lessonstudy.services.quick_catalogue import tree_from_sqlite
from lessonstudy.services.teachings import TeachingInput, record_teaching
from lessonstudy.storage.library import Library
from lessonstudy.storage.quick_read import reading_connection


def test_the_plain_sql_tree_equals_the_orm_tree(demo_library: Library, data_dir: Path) -> None:
    record_teaching(demo_library, 2, TeachingInput(kind=TeachingKind.RETEACH))  # no date: first
    connection = reading_connection(resolve_location(data_dir))
    assert connection is not None
    try:
        assert tree_from_sqlite(connection) == load_tree(demo_library)
    finally:
        connection.close()


def test_no_shortcut_for_an_older_schema_or_a_missing_file(demo_library: Library,
                                                           data_dir: Path,
                                                           tmp_path: Path) -> None:
    assert reading_connection(resolve_location(tmp_path / "nowhere")) is None
    demo_library.close()
    with sqlite3.connect(data_dir / "library.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002_sync_bases'")
    assert reading_connection(resolve_location(data_dir)) is None
