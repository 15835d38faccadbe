"""Listing a teaching's notes costs one query however many notes it has."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event

from lessonstudy.services import notes
from lessonstudy.services.notes import QuickNote
from lessonstudy.storage.library import Library

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _statements(library: Library) -> list[str]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(library.engine, "before_cursor_execute", count)
    return seen


def test_the_list_is_one_select_with_the_names_joined(demo_library: Library) -> None:
    before = notes.list_notes(demo_library, 2)
    for n in range(40):
        notes.add_quick_note(demo_library, 2, QuickNote(f"more evidence {n}"), NOW)
    seen = _statements(demo_library)
    listed = notes.list_notes(demo_library, 2)
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(listed) == len(before) + 40
    assert len(selects) == 2  # the teaching, then the notes with their names
    assert any(n.group_name and n.segment_title for n in listed)


def test_search_runs_in_the_database_and_takes_like_wildcards_literally(
        demo_library: Library) -> None:
    kept = notes.add_quick_note(demo_library, 2, QuickNote("50% of pupils_finished"), NOW)
    notes.add_quick_note(demo_library, 2, QuickNote("500 of pupils finished"), NOW)
    assert [n.id for n in notes.list_notes(demo_library, 2, "50%")] == [kept.id]
    assert [n.id for n in notes.list_notes(demo_library, 2, "pupils_")] == [kept.id]
    assert [n.id for n in notes.list_notes(demo_library, 2, "50% PUPILS_FIN")] == [kept.id]
    assert notes.list_notes(demo_library, 2, "\\") == []


def test_one_note_and_the_ids_read_fresh(demo_library: Library) -> None:
    note = notes.add_quick_note(demo_library, 2, QuickNote("read me back"), NOW)
    assert notes.get_note(demo_library, note.id) == note
    assert note.id in notes.note_ids(demo_library, 2)
    notes.delete_note(demo_library, note.id)
    assert note.id not in notes.note_ids(demo_library, 2)


def test_saving_a_note_during_the_lesson_is_one_transaction(demo_library: Library) -> None:
    """The running segment is read inside the note's own transaction (it used to reload
    the whole live lesson in a transaction of its own first: half the saving time)."""
    from datetime import timedelta

    from lessonstudy.services import live
    from tests.live_support import add_fresh_teaching

    teaching = add_fresh_teaching(demo_library)
    live.start_lesson(demo_library, teaching, NOW)
    live.next_segment(demo_library, teaching, NOW + timedelta(seconds=120))
    seen = _statements(demo_library)
    note = notes.add_quick_note(demo_library, teaching, QuickNote("Pupils pair up"),
                                NOW + timedelta(seconds=150))
    begins = [s for s in seen if s.lstrip().upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"]
    assert len(seen) <= 10, seen
    segments = live.load_live(demo_library, teaching).segments
    assert (note.elapsed_seconds, note.segment_id) == (150, segments[1].id)
