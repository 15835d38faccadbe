"""How fast a teaching's classroom map opens with its heat counts: 40 seats, 2,000 notes.

Target (issue #18): opening a teaching with a 40-seat map and 2,000 notes shows the map
with heat counts in under 100 ms. The script builds a temporary library from the demo,
adds a teaching with a 40-seat map (ten groups of four) and 2,000 notes, each about one
or two seats or a table (bulk inserts), then times, median of several runs:

* reading the map, the heat and the case pupils (``classroom_view.live_view``);
* the same plus drawing the scene the live lesson shows (``MapScene.show_map``, offscreen);
* baseline from the same run: reading the teaching's notes list (``notes.list_notes``),
  which the live lesson tab reads anyway; and the map with no notes at all.

Run: .venv/bin/python bench/classroom_map.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from lessonstudy.domain.classroom import ClassroomMap, Place, PlaceKind, Seat, groups_of_four
from lessonstudy.paths import resolve_location
from lessonstudy.services import classroom, classroom_view, notes
from lessonstudy.services.demo import load_demo
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import NotePlace, ObservationNote, Teaching

NOTES = 2000
REPEATS = 7


def forty_seats() -> ClassroomMap:
    """Ten tables of four (two rows of five) with the board and the teacher's place."""
    front = [p for p in groups_of_four(1).places if not p.is_table][:2]
    tables = [Place(PlaceKind.TABLE, f"Group {n + 1}", 110 + (n % 5) * 195, 330 + (n // 5) * 260,
                    100, 70, tuple(Seat(i, f"{n + 1}{'ABCD'[i]}") for i in range(4)))
              for n in range(10)]
    return ClassroomMap((*front, *tables))


def make_library(folder: Path) -> tuple[Library, int, int]:
    library = Library.open(resolve_location(folder))
    load_demo(library)
    with library.unit_of_work() as session:
        demo = session.get_one(Teaching, 2)
        ids = []
        for _ in range(2):
            row = Teaching(version_id=demo.version_id, kind="reteach", class_name="2B")
            session.add(row)
            session.flush()
            ids.append(row.id)
    busy, empty = ids
    saved = classroom.save_teaching_map(library, busy, forty_seats())
    classroom.save_teaching_map(library, empty, forty_seats())
    seats = [s.id for p in saved.tables for s in p.seats]
    tables = [p.id for p in saved.tables]
    with library.unit_of_work() as session:
        session.execute(insert(ObservationNote), [
            {"teaching_id": busy, "text": f"Note {i}", "elapsed_seconds": i, "uuid": f"n-{i}"}
            for i in range(NOTES)])
        note_ids = list(session.scalars(select(ObservationNote.id)
                                        .where(ObservationNote.teaching_id == busy)))
        links = []
        for i, note in enumerate(note_ids):
            links.append({"note_id": note, "seat_id": seats[i % len(seats)], "uuid": f"s-{i}"})
            if i % 3 == 0:
                links.append({"note_id": note, "place_id": tables[i % len(tables)],
                              "uuid": f"p-{i}"})
        session.execute(insert(NotePlace), links)
    return library, busy, empty


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lessonstudy.ui.classroom.scene import MapScene

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        library, busy, empty = make_library(Path(tmp))
        scene = MapScene()

        def shown(teaching: int) -> None:
            view = classroom_view.live_view(library, teaching)
            scene.case_labels = view.case_labels
            scene.show_map(view.classroom, view.heat)

        view = classroom_view.live_view(library, busy)
        assert view.classroom.seat_count == 40 and sum(view.heat.seats.values()) == NOTES
        read = median_ms(lambda: classroom_view.live_view(library, busy))
        drawn = median_ms(lambda: shown(busy))
        no_notes = median_ms(lambda: shown(empty))
        listed = median_ms(lambda: notes.list_notes(library, busy))
        library.close()
    del app
    print(f"classroom map, 40 seats, {NOTES} notes (median of {REPEATS})")
    print(f"  read map + heat counts:            {read:7.1f} ms")
    print(f"  read + draw the live map (shown):  {drawn:7.1f} ms   target < 100 ms")
    print(f"  baseline: same map, no notes:      {no_notes:7.1f} ms   "
          f"(heat costs {drawn - no_notes:+.1f} ms)")
    print(f"  baseline: the notes list read:     {listed:7.1f} ms   "
          f"(map is {drawn / listed:.2f}× the notes list)")


if __name__ == "__main__":
    main()
