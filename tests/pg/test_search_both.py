"""The same searches give the same hits on SQLite (FTS5 index) and PostgreSQL (table scan)."""

from __future__ import annotations

from datetime import UTC, datetime

from lessonstudy.paths import LibraryLocation
from lessonstudy.services import notes, search
from lessonstudy.services.demo import load_demo
from lessonstudy.services.notes import QuickNote
from lessonstudy.storage.library import Library

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _hits(library: Library, query: str) -> set[tuple[str, str]]:
    return {(hit.kind, hit.text) for hit in search.search(library, query).hits}


def test_search_on_either_database(any_location: LibraryLocation) -> None:
    library = Library.open(any_location)
    try:
        load_demo(library)
        teaching = next(hit.teaching_id for hit in search.search(library, "正方形").hits)
        assert teaching is not None
        notes.add_quick_note(library, teaching, QuickNote('50% said "NEAR(3)" PUPIL_X'), NOW)
        assert ("note", '50% said "NEAR(3)" PUPIL_X') in _hits(library, "50% pupil_x")
        assert _hits(library, "5%") == set() and _hits(library, '"near(3)"') != set()
        assert {kind for kind, _text in _hits(library, "學生")} >= {"feedback", "key_idea"}
        assert {kind for kind, _text in _hits(library, "畢氏")} == {"lesson"}
        assert _hits(library, "NEAR(( *") == set()
    finally:
        library.close()
