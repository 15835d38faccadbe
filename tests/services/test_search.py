"""Library-wide search: the FTS5 index follows every change, and queries are text, not syntax."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import notes, search
from lessonstudy.services.notes import QuickNote
from lessonstudy.storage import search_index
from lessonstudy.storage.library import Library

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _found(library: Library, query: str, kind: str = "note") -> list[str]:
    return [hit.text for hit in search.search(library, query).hits if hit.kind == kind]


def test_insert_update_and_delete_keep_the_index_right(demo_library: Library) -> None:
    note = notes.add_quick_note(demo_library, 2, QuickNote("Pupil D 用量角器 checked angles"),
                                NOW)
    assert _found(demo_library, "量角器") == ["Pupil D 用量角器 checked angles"]
    edited = notes.update_note(demo_library, note.id, notes.NoteFields(
        text="Pupil D measured with a ruler", segment_id=note.segment_id))
    assert _found(demo_library, "量角器") == []
    assert _found(demo_library, "ruler") == [edited.text]
    notes.delete_note(demo_library, note.id)
    assert _found(demo_library, "ruler") == []
    with demo_library.reading() as session:  # the contentless index holds no stale rows
        integrity = session.execute(text(
            f"INSERT INTO {search_index.TABLE}({search_index.TABLE}, rank) "
            "VALUES ('integrity-check', 1)"))
        assert integrity is not None


def test_every_kind_of_record_is_found_with_its_lesson_and_teaching(
        demo_library: Library) -> None:
    results = search.search(demo_library, "學生")
    kinds = {hit.kind for hit in results.hits}
    assert {"feedback", "key_idea"} <= kinds
    feedback = next(hit for hit in results.hits if hit.kind == "feedback")
    assert feedback.teaching_id is not None and feedback.lesson_title
    assert [hit.kind for hit in search.search(demo_library, "畢氏").hits] == ["lesson"]
    assert "segment" in {hit.kind for hit in search.search(demo_library,
                                                            "measure the squares").hits}


@pytest.mark.parametrize("query", ['"', 'pupil "b', "*", "pupil*", "NEAR(a b)", "(((",
                                   "a AND OR NOT", "^pupil", "col:pupil", "'; DROP TABLE x"])
def test_query_syntax_is_searched_as_text_never_an_error(demo_library: Library,
                                                         query: str) -> None:
    search.search(demo_library, query)  # no exception: at worst nothing matches


def test_syntax_characters_are_found_where_they_were_typed(demo_library: Library) -> None:
    notes.add_quick_note(demo_library, 2, QuickNote('She said "NEAR(3)" * twice'), NOW)
    assert _found(demo_library, '"NEAR(3)"') == ['She said "NEAR(3)" * twice']
    assert _found(demo_library, "twice *") == ['She said "NEAR(3)" * twice']


def test_one_and_two_character_words_match_anywhere_even_at_the_end(
        demo_library: Library) -> None:
    notes.add_quick_note(demo_library, 2, QuickNote("學生"), NOW)
    notes.add_quick_note(demo_library, 2, QuickNote("最後是圓"), NOW)
    assert "學生" in _found(demo_library, "學生")
    assert _found(demo_library, "是圓") == ["最後是圓"]
    assert _found(demo_library, "圓") == ["最後是圓"]
    assert _found(demo_library, "zq") == []


def test_case_and_full_width_letters_are_folded(demo_library: Library) -> None:
    assert _found(demo_library, "ＰＵＰＩＬ Ｂ") == _found(demo_library, "pupil b") != []


def test_a_too_long_search_is_refused_with_a_message(demo_library: Library) -> None:
    with pytest.raises(ValidationError, match="at most 200 characters"):
        search.search(demo_library, "x" * 201)


def test_limit_per_kind_and_more(demo_library: Library) -> None:
    for n in range(5):
        notes.add_quick_note(demo_library, 2, QuickNote(f"repeated observation {n}"), NOW)
    results = search.search(demo_library, "repeated observation", limit=3)
    assert len([h for h in results.hits if h.kind == "note"]) == 3
    assert results.more == ("note",)
    newest = [h.text for h in results.hits]
    assert newest[0] == "repeated observation 4"


def test_a_library_without_triggers_gets_them_back_at_open(demo_library: Library,
                                                           data_dir: Path) -> None:
    demo_library.close()
    with sqlite3.connect(data_dir / "library.db") as conn:  # as a table rebuild would leave it
        conn.execute("DROP TRIGGER search_observation_notes_insert")
        conn.execute("INSERT INTO observation_notes (uuid, teaching_id, text, kind, flagged, "
                     "source, created_at, updated_at, updated_by, row_version) VALUES "
                     "('u-1', 2, 'written while unindexed', 'evidence', 0, 'app', "
                     "'2026-01-01', '2026-01-01', 'x', 1)")
    from lessonstudy.paths import resolve_location

    reopened = Library.open(resolve_location(data_dir))
    try:
        assert _found(reopened, "unindexed") == ["written while unindexed"]
        notes.add_quick_note(reopened, 2, QuickNote("indexed again"), NOW)
        assert _found(reopened, "indexed again") == ["indexed again"]
    finally:
        reopened.close()


def test_agenda_records_are_found_with_their_teaching(demo_library: Library) -> None:
    with demo_library.unit_of_work() as session:
        agenda_id = session.execute(text("SELECT min(id) FROM agenda_items")).scalar_one()
        session.execute(text("UPDATE agenda_items SET record = :r WHERE id = :i"),
                        {"r": "老師反思：第二環節太長", "i": agenda_id})
    hits = search.search(demo_library, "太長").hits
    assert [(hit.kind, hit.record_id) for hit in hits] == [("agenda", agenda_id)]
    assert hits[0].teaching_id is not None


def test_triggers_written_by_an_older_build_are_replaced_at_open(demo_library: Library,
                                                                  data_dir: Path) -> None:
    demo_library.close()
    with sqlite3.connect(data_dir / "library.db") as conn:  # the first build's row ids
        conn.execute("DROP TRIGGER search_observation_notes_insert")
        conn.execute("CREATE TRIGGER search_observation_notes_insert AFTER INSERT ON "
                     "observation_notes BEGIN INSERT INTO search_index(rowid, body) VALUES "
                     "(1 * 1099511627776 + new.id, new.text); END")
    from lessonstudy.paths import resolve_location

    reopened = Library.open(resolve_location(data_dir))
    try:
        assert not search_index.ensure(reopened.engine)  # put right once, then left alone
        notes.add_quick_note(reopened, 2, QuickNote("after the upgrade"), NOW)
        assert _found(reopened, "after the upgrade") == ["after the upgrade"]
        assert "正方形" in " ".join(_found(reopened, "正方形"))
    finally:
        reopened.close()


def test_a_short_word_finds_what_was_typed_after_its_last_search(demo_library: Library) -> None:
    """The trigrams a two-character word stands for are kept between searches (reading
    them cost 35 ms at 2 million notes) and read again once the index changed."""
    first = notes.add_quick_note(demo_library, 2, QuickNote("兩組學生甲"), NOW)
    assert first.text in _found(demo_library, "學生")
    state = search._EXPANSIONS[(str(demo_library.engine.url), "學生")][0]
    later = notes.add_quick_note(demo_library, 2, QuickNote("學生乙乙 a trigram never seen"), NOW)
    found = _found(demo_library, "學生")
    assert later.text in found and first.text in found
    assert search._EXPANSIONS[(str(demo_library.engine.url), "學生")][0] != state
    notes.delete_note(demo_library, later.id)
    assert later.text not in _found(demo_library, "學生")
