"""Library-wide search over millions of notes: the FTS5 index against a plain scan.

    .venv/bin/python bench/search_scale.py --notes 2000000 [--library DIR] [--runs 7]

Builds a library with ``bench/make_library.py`` (or reuses ``--library``)
and prints, for a two-character Chinese term, an English word and two words
together, the median time of ``services.search.search`` (50 newest hits of
each kind, with their lessons and teachings) beside the baseline of the same
query without the index: ``LIKE '%term%'`` over the notes table, 50 rows.
Goal: <= 50 ms with 2 million notes. A one- or two-character word is looked
up through the trigrams that begin with it, kept until the index changes; the
"index just changed" figure is the same search with that list read afresh
(the first search after a note was typed).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from make_library import generate  # a sibling script, on the path when run as a script

from lessonstudy.paths import resolve_location
from lessonstudy.services import search as search_service
from lessonstudy.services.search import search
from lessonstudy.storage.library import Library

QUERIES = ("學生", "hypotenuse", "pupil measuring", "量度")


def _median(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _scan(db: Path, query: str) -> Callable[[], object]:
    words = query.split()

    def run() -> object:
        with sqlite3.connect(db) as conn:
            where = " AND ".join("text LIKE ?" for _ in words)
            return conn.execute(f"SELECT id FROM observation_notes WHERE {where} "
                                "ORDER BY id DESC LIMIT 50", [f"%{w}%" for w in words]).fetchall()
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2_000_000)
    parser.add_argument("--library", type=Path, help="reuse (or build into) this folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = args.library or Path(tempfile.mkdtemp(prefix="search-bench-"))
    library = Library.open(resolve_location(folder))
    with sqlite3.connect(folder / "library.db") as conn:
        stored = conn.execute("SELECT count(*) FROM observation_notes").fetchone()[0]
    if stored == 0:
        lessons = max(1, args.notes // 6000)
        start = time.perf_counter()
        stored = generate(library, lessons=lessons, teachings=3, observers=30,
                          notes=args.notes // (lessons * 3))
        print(f"built {stored:,} notes in {time.perf_counter() - start:.0f} s -> {folder}")
    print(f"{stored:,} notes in {folder}")
    for query in QUERIES:
        found = search(library, query)
        indexed = _median(lambda q=query: search(library, q), args.runs)
        scanned = _median(_scan(folder / "library.db", query), max(1, args.runs // 3))

        def afresh(q: str = query) -> object:
            search_service._EXPANSIONS.clear()
            return search(library, q)

        changed = _median(afresh, args.runs)
        print(f"search {query!r:<20} {indexed * 1000:8.1f} ms  ({len(found.hits)} hits; "
              f"index just changed {changed * 1000:.1f} ms; "
              f"plain LIKE scan of the notes {scanned * 1000:.1f} ms; goal <= 50 ms)")
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
