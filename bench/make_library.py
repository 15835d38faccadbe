"""Generate a school's years of lessons fast, for the scale benches.

    .venv/bin/python bench/make_library.py --lessons 200 --out /tmp/big-library
    .venv/bin/python bench/make_library.py --lessons 1 --notes 20000 --out /tmp/one

Each lesson gets a plan of ten segments, case pupils A-C, ``--teachings``
teachings with six observer groups, ``--observers`` observers and
``--notes`` observation notes (mixed English and Chinese, like the demo),
a conference with feedback and action items. Rows go in with Core
``insert()`` and lists of dicts, one lesson at a time so memory stays flat
(DESIGN §8: the ORM unit of work is 5x slower); ids are handed out here so
nothing is read back. Photos are left to ``bench/packet_library.py``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy import func, insert, select

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    CasePupil,
    Conference,
    Cycle,
    FeedbackItem,
    Lesson,
    LessonVersion,
    ObservationNote,
    Observer,
    ObserverGroup,
    Segment,
    Teaching,
    Team,
)

KINDS = tuple(kind.value for kind in SegmentKind)
NOTE_KINDS = ("evidence", "interpretation", "question")
TOPICS = ("Pythagoras 畢氏定理", "Fractions 分數", "Area of a circle 圓面積", "Ratio 比例",
          "Linear equations 一元一次方程", "Probability 概率", "Angles 角", "Graphs 圖像")
PHRASES = (
    "Pupil B drew the squares on each side and counted the units",
    "Group 3 argued about whether the triangle must be right-angled",
    "學生用方格紙量度正方形的面積", "老師追問：為甚麼兩個面積加起來會相等？",
    "Most pairs finished the prediction before the timer ended",
    "A girl in the back row explained her reasoning to her partner",
    "小組討論時只有兩位同學發言", "Pupil C copied the answer without measuring",
    "The worksheet wording confused several students", "學生在 iBoard 上寫出四個重點",
    "Whole-class questioning drew answers from the same five pupils",
    "同學互相解釋推理過程", "The teacher waited ten seconds before taking answers",
    "Two pupils asked why the hypotenuse is always the longest side",
)

# Filled in here rather than by the columns' Python defaults: 3x faster for millions of rows.
STAMP = {"created_at": datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
         "updated_at": datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
         "updated_by": "bench@make_library", "row_version": 1}


class Rows:
    """Rows per table with ids handed out in order, flushed lesson by lesson."""

    def __init__(self) -> None:
        self.tables: dict[Any, list[dict[str, Any]]] = {}
        self._ids: dict[Any, itertools.count[int]] = {}

    def add(self, model: Any, **values: Any) -> int:
        row_id = next(self._ids.setdefault(model, itertools.count(1)))
        self.tables.setdefault(model, []).append({"id": row_id, **STAMP, "uuid": str(uuid4()),
                                                  **values})
        return row_id

    def flush(self, library: Library) -> None:
        with library.unit_of_work() as session:
            for model in (Team, Cycle, Lesson, LessonVersion, Segment, CasePupil, Teaching,
                          ObserverGroup, Observer, ObservationNote, Conference, FeedbackItem,
                          ActionItem):
                if self.tables.get(model):
                    session.execute(insert(model.__table__), self.tables[model])
        self.tables.clear()


def note_text(rng: random.Random, n: int) -> str:
    """A note of one or two phrases, with a number so texts are not all identical."""
    first = PHRASES[rng.randrange(len(PHRASES))]
    if n % 3:
        return f"{first} ({n})."
    return f"{first}; {PHRASES[rng.randrange(len(PHRASES))]} ({n})."


def generate(library: Library, lessons: int, teachings: int = 3, observers: int = 30,
             notes: int = 200, seed: int = 15) -> int:
    """Fill an empty library; returns how many notes were stored."""
    rng = random.Random(seed)
    rows = Rows()
    teams = max(1, min(10, lessons // 20))
    cycles = []
    for t in range(teams):
        team = rows.add(Team, name=f"Team {t + 1} 第{t + 1}組", school="Bench School",
                        subject="Mathematics")
        cycles.append(rows.add(Cycle, team_id=team, research_theme="Students explain their "
                               "reasoning 學生解釋推理", phase="revise"))
    total = 0
    for n in range(lessons):
        total += _lesson(rows, rng, cycles[n % teams], n, teachings, observers, notes)
        if n % 5 == 4 or n == lessons - 1:
            rows.flush(library)
    return total


def _lesson(rows: Rows, rng: random.Random, cycle: int, n: int, teachings: int,
            observers: int, notes: int) -> int:
    lesson = rows.add(Lesson, cycle_id=cycle, title=f"Lesson {n + 1}: {TOPICS[n % len(TOPICS)]}",
                      subject="Mathematics", grade=f"S{1 + n % 3}", duration_seconds=3000)
    version = rows.add(LessonVersion, lesson_id=lesson, number=1, status="taught",
                       author="Ms Chan 陳老師", change_summary="First plan.")
    segments = [rows.add(Segment, version_id=version, position=p, lineage=f"{n}-{p}",
                         title=f"Segment {p + 1}: {KINDS[p % len(KINDS)]}",
                         kind=KINDS[p % len(KINDS)], planned_seconds=300,
                         activity="Pairs predict, then groups measure squares.")
                for p in range(10)]
    pupils = [rows.add(CasePupil, lesson_id=lesson, label=label, typifies="quiet")
              for label in "ABC"]
    stored = 0
    for k in range(teachings):
        teaching = rows.add(Teaching, version_id=version, kind=("rehearsal", "research",
                                                                 "reteach")[k % 3],
                            date=date(2016, 9, 1) + timedelta(days=6 * n + k),
                            teacher="陳慧敏 Chan", class_name=f"{1 + n % 3}{'ABC'[k % 3]}")
        groups = [rows.add(ObserverGroup, teaching_id=teaching, position=g,
                           name=f"Group {g + 1}", focus="Student thinking")
                  for g in range(6)]
        people = [(rows.add(Observer, teaching_id=teaching, group_id=groups[o % 6], position=o,
                            name=f"Visitor {o + 1} 觀課者"), groups[o % 6])
                  for o in range(observers)]
        for i in range(notes):
            observer, group = people[i % len(people)] if people else (None, None)
            elapsed = i * 3000 // max(1, notes)
            rows.add(ObservationNote, teaching_id=teaching, observer_id=observer,
                     group_id=group, segment_id=segments[min(9, elapsed // 300)],
                     case_pupil_id=pupils[i % 3] if i % 7 == 0 else None,
                     elapsed_seconds=elapsed, kind=NOTE_KINDS[i % 3],
                     text=note_text(rng, i), flagged=i % 50 == 0, source="app")
        stored += notes
        conference = rows.add(Conference, teaching_id=teaching, facilitator="Ho Mei Ling")
        for f in range(8):
            rows.add(FeedbackItem, conference_id=conference, group_id=groups[f % 6],
                     position=f, type="strength", focus="Student thinking",
                     author=f"Visitor {f}", text=PHRASES[(n + f) % len(PHRASES)])
    for a in range(3):
        rows.add(ActionItem, lesson_id=lesson, text=f"Action {a + 1}: shorten the summary.",
                 owner="Ms Chan", status="open")
    return stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--teachings", type=int, default=3, help="per lesson")
    parser.add_argument("--observers", type=int, default=30, help="per teaching")
    parser.add_argument("--notes", type=int, default=200, help="per teaching")
    parser.add_argument("--out", type=Path, required=True, help="an empty library folder")
    args = parser.parse_args(argv)
    library = Library.open(resolve_location(args.out))
    try:
        with library.reading() as session:
            if session.scalar(select(func.count()).select_from(Lesson)):
                print(f"{args.out} already holds lessons; choose an empty folder.",
                      file=sys.stderr)
                return 1
        start = time.perf_counter()
        notes = generate(library, args.lessons, args.teachings, args.observers, args.notes)
        seconds = time.perf_counter() - start
    finally:
        library.close()
    print(f"{args.lessons} lessons, {notes} notes in {seconds:.1f} s "
          f"({notes / max(seconds, 1e-9):,.0f} notes/s) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
