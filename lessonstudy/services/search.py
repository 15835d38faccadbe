"""Search the whole library: notes, feedback, key ideas, actions, plans, lessons, agendas.

What a teacher types is searched as text, never as query syntax: quotes,
``*``, ``NEAR``, ``AND`` and unbalanced parentheses are just characters to
find. Every word must appear (in any order); matching ignores case and
full-width/half-width differences, and Chinese or Japanese words match inside
longer runs of characters.

On SQLite the FTS5 trigram index (``storage/search_index.py``) answers; words
of one or two characters, which trigrams cannot look up directly, are expanded
through the index's own term list into the trigrams that start with them. On
PostgreSQL the tables are filtered with ``ILIKE`` (docs/search.md). Each kind
of record brings its newest ``limit`` hits, with the lesson and teaching they
belong to, so a window can group them and open the record.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import _
from lessonstudy.storage import search_index
from lessonstudy.storage.library import Library
from lessonstudy.storage.search_index import SOURCES, Source

MAX_QUERY = 200  # characters
MAX_EXPANSION = 2000  # trigrams one short word may stand for; more would match nearly everything

_LESSON_OF_T = ("JOIN lesson_versions v ON v.id = t.version_id "
                "JOIN lessons l ON l.id = v.lesson_id")
# Where each kind of record lives, joined to its lesson (and teaching, when it has one).
PLACES: dict[str, tuple[bool, str]] = {
    "note": (True, f"observation_notes x JOIN teachings t ON t.id = x.teaching_id {_LESSON_OF_T}"),
    "feedback": (True, "feedback_items x JOIN conferences c ON c.id = x.conference_id "
                       f"JOIN teachings t ON t.id = c.teaching_id {_LESSON_OF_T}"),
    "key_idea": (True, "key_ideas x LEFT JOIN photos p ON p.id = x.photo_id "
                       "LEFT JOIN observer_groups g ON g.id = x.group_id "
                       f"JOIN teachings t ON t.id = coalesce(p.teaching_id, g.teaching_id) "
                       f"{_LESSON_OF_T}"),
    "action": (False, "action_items x JOIN lessons l ON l.id = x.lesson_id"),
    "segment": (False, "segments x JOIN lesson_versions v ON v.id = x.version_id "
                       "JOIN lessons l ON l.id = v.lesson_id"),
    "lesson": (False, "lessons x JOIN lessons l ON l.id = x.id"),
    "agenda": (True, "agenda_items x JOIN conferences c ON c.id = x.conference_id "
                     f"JOIN teachings t ON t.id = c.teaching_id {_LESSON_OF_T}"),
}


@dataclass(frozen=True)
class SearchHit:
    """One record that mentions every word, and where it belongs."""

    kind: str  # note, feedback, key_idea, action, segment, lesson, agenda
    record_id: int
    text: str
    lesson_id: int
    lesson_title: str
    teaching_id: int | None = None
    teaching_date: str = ""
    teaching_kind: str = ""
    version: int | None = None  # a segment's version number
    segment_number: int | None = None  # a segment's place in its plan (1 = first)


@dataclass(frozen=True)
class SearchResults:
    """The hits of one search, newest first within each kind."""

    query: str
    hits: tuple[SearchHit, ...]
    more: tuple[str, ...] = ()  # kinds with more hits than were listed

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "more": list(self.more),
                "hits": [dict(vars(hit)) for hit in self.hits]}


def search_words(query: str) -> list[str]:
    """The words of a search, folded as the index folds them (case, full-width forms)."""
    if len(query) > MAX_QUERY:
        raise ValidationError(_("A search can be at most {count} characters long.")
                              .format(count=MAX_QUERY))
    folded = unicodedata.normalize("NFKC", query).casefold()
    return [word for word in folded.split() if word.isprintable()]


def search(library: Library, query: str, limit: int = 50) -> SearchResults:
    """Every kind of record mentioning all the words of ``query``, up to ``limit`` of each."""
    words = search_words(query)
    if not words:
        return SearchResults(query, ())
    hits: list[SearchHit] = []
    more: list[str] = []
    with library.reading() as session:
        connection = session.connection()
        indexed = (connection.dialect.name == "sqlite"
                   and search_index.present(connection))
        match = _match_expression(connection, words) if indexed else ""
        if indexed and match is None:  # a short word no record contains
            return SearchResults(query, ())
        for source in SOURCES:
            if indexed:
                ids = _indexed_ids(connection, source, str(match), limit + 1)
            else:
                ids = _scanned_ids(connection, source, words, limit + 1)
            if len(ids) > limit:
                more.append(source.kind)
            hits += _described(connection, source, ids[:limit])
    return SearchResults(query, tuple(hits), tuple(more))


# -- SQLite: the FTS5 index ------------------------------------------------------------
def quoted(word: str) -> str:
    """A word as an FTS5 string: whatever it holds is text to find, never syntax."""
    return '"' + word.replace('"', '""') + '"'


def _match_expression(connection: Connection, words: list[str]) -> str | None:
    """The MATCH text for all words; None when a short word occurs nowhere."""
    parts = []
    for word in words:
        if len(word) >= 3:
            parts.append(quoted(word))
            continue
        terms = _trigrams_starting(connection, word)
        if not terms:
            return None
        if len(terms) > MAX_EXPANSION:  # a lone common letter narrows nothing
            continue
        parts.append("(" + " OR ".join(quoted(term) for term in terms) + ")")
    return " AND ".join(parts) if parts else None


def _trigrams_starting(connection: Connection, word: str) -> list[str]:
    """The indexed trigrams that begin with a one- or two-character word.

    Every indexed text ends with a separator, so each place a short word occurs
    begins some trigram: these trigrams find every record containing the word.
    The term list counts every occurrence of each term it lists (35 ms for
    "學生" over 2 million notes, two thirds of that search), so the answer is
    kept until the index next changes: FTS5 rewrites its structure record on
    every commit that touches the index, and that record is read in microseconds.
    """
    state = _index_state(connection)
    key = (str(connection.engine.url), word)
    kept = _EXPANSIONS.get(key)
    if state is not None and kept is not None and kept[0] == state:
        return kept[1]
    rows = connection.execute(text(
        f"SELECT term FROM {search_index.TERMS} WHERE term >= :low AND term < :high "
        "LIMIT :cap"), {"low": word, "high": word + "\U0010ffff", "cap": MAX_EXPANSION + 1})
    terms = [row[0] for row in rows]
    if state is not None:
        if len(_EXPANSIONS) >= MAX_KEPT_EXPANSIONS:
            _EXPANSIONS.clear()
        _EXPANSIONS[key] = (state, terms)
    return terms


_EXPANSIONS: dict[tuple[str, str], tuple[bytes, list[str]]] = {}  # (library, word) → kept
MAX_KEPT_EXPANSIONS = 256


def _index_state(connection: Connection) -> bytes | None:
    """FTS5's structure record (row 10 of its data table): a new one after every change."""
    row = connection.execute(text(
        f"SELECT block FROM {search_index.TABLE}_data WHERE id = 10")).first()
    return bytes(row[0]) if row is not None and row[0] is not None else None


def _indexed_ids(connection: Connection, source: Source, match: str, limit: int) -> list[int]:
    low, high = search_index.row_range(source)
    rows = connection.execute(text(  # ascending row ids are the newest records first
        f"SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH :match "
        "AND rowid BETWEEN :low AND :high ORDER BY rowid LIMIT :limit"),
        {"match": match, "low": low, "high": high, "limit": limit})
    return [high - row[0] for row in rows]


# -- PostgreSQL (or a library without the index): filter the tables ---------------------
def _scanned_ids(connection: Connection, source: Source, words: list[str],
                 limit: int) -> list[int]:
    _has_teaching, place = PLACES[source.kind]
    body = source.body("x")
    conditions = " AND ".join(f"lower({body}) LIKE :w{n} ESCAPE '\\'"
                              for n in range(len(words)))
    values: dict[str, Any] = {f"w{n}": f"%{_like_escaped(word)}%"
                              for n, word in enumerate(words)}
    rows = connection.execute(text(
        f"SELECT x.id FROM {place} WHERE {conditions} ORDER BY x.id DESC LIMIT :limit"),
        {**values, "limit": limit})
    return [row[0] for row in rows]


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- what each hit is and where it belongs ----------------------------------------------
def _described(connection: Connection, source: Source, ids: list[int]) -> list[SearchHit]:
    if not ids:
        return []
    has_teaching, place = PLACES[source.kind]
    teaching = "t.id, t.date, t.kind" if has_teaching else "NULL, NULL, NULL"
    where = _SEGMENT_PLACE if source.kind == "segment" else "NULL, NULL"
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    rows = connection.execute(text(
        f"SELECT x.id, {source.body('x')}, l.id, l.title, {teaching}, {where} FROM {place} "
        f"WHERE x.id IN ({marks})"), {f"i{n}": record for n, record in enumerate(ids)})
    found = {row[0]: row for row in rows}
    return [_hit(source.kind, found[record]) for record in ids if record in found]


#: A segment's version and its number in that plan, as teachers count them (1 = first).
_SEGMENT_PLACE = ("v.number, (SELECT count(*) FROM segments s2 WHERE s2.version_id = x.version_id "
                  "AND (s2.position < x.position OR (s2.position = x.position AND s2.id <= x.id)))")


def _hit(kind: str, row: Any) -> SearchHit:
    record, body, lesson_id, lesson_title, teaching_id, day, teaching_kind, version, number = row
    return SearchHit(kind=kind, record_id=record, text=" ".join(str(body).split()),
                     lesson_id=lesson_id, lesson_title=lesson_title,
                     teaching_id=teaching_id, teaching_date=str(day or ""),
                     teaching_kind=teaching_kind or "", version=version,
                     segment_number=number)
