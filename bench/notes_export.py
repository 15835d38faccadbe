"""How fast ``lessonstudy notes TEACHING --out notes.xlsx`` exports 10,000 notes.

Target (issue #13): 10,000 notes to .xlsx in under 2 s. The script loads the
demo into a temporary library, adds 10,000 notes to its research lesson
(bulk insert, mixed English and Chinese, some flagged, some quoted as
evidence), then times, best of three:

* reading the notes into export rows (the baseline every format shares);
* writing .csv (UTF-8 with BOM);
* writing .xlsx (openpyxl, write-only mode: header, frozen pane, widths, filter).

Run: .venv/bin/python bench/notes_export.py [--notes 10000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.services.notes_export import export_notes, note_table
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObservationNote, Observer, Teaching

RESEARCH = 2
TEXTS = ("Pupil C counted the squares on the hypotenuse as 24 instead of 25; the partner "
         "corrected her by recounting the half squares.",
         "B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。",
         "=1+1 looked like a formula to the spreadsheet",
         "All pairs talked within five seconds; two pairs switched to Cantonese.")


def add_notes(library: Library, count: int) -> None:
    with library.unit_of_work() as session:
        teaching = session.get_one(Teaching, RESEARCH)
        segments = [s.id for s in teaching.version.segments]
        groups = [g.id for g in teaching.groups]
        observers = [o.id for o in session.query(Observer).filter_by(teaching_id=RESEARCH)]
        session.execute(insert(ObservationNote), [
            {"teaching_id": RESEARCH, "segment_id": segments[n % len(segments)],
             "group_id": groups[n % len(groups)],
             "observer_id": observers[n % len(observers)] if n % 5 else None,
             "elapsed_seconds": n % 3000, "flagged": n % 13 == 0,
             "text": f"{TEXTS[n % len(TEXTS)]} ({n})"} for n in range(count)])


def best_cpu_and_wall(work: Callable[[], object]) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = Library.open(resolve_location(folder / "library"))
        load_demo(library)
        add_notes(library, args.notes)
        export_notes(library, RESEARCH, folder / "warm.xlsx")  # imports, first query plans
        read = best_cpu_and_wall(lambda: note_table(library, RESEARCH))
        csv = best_cpu_and_wall(lambda: export_notes(library, RESEARCH, folder / "n.csv"))
        xlsx = best_cpu_and_wall(lambda: export_notes(library, RESEARCH, folder / "n.xlsx"))
        rows = len(note_table(library, RESEARCH).rows)
        sizes = {s: (folder / f"n{s}").stat().st_size / 1e6 for s in (".csv", ".xlsx")}
        library.close()
    print(f"notes exported: {rows}; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs (wall time suffers under load; CPU time does not)")
    print(f"read notes into rows (baseline): {read[0]:6.2f} s wall {read[1]:6.2f} s CPU")
    print(f"export .csv:                     {csv[0]:6.2f} s wall {csv[1]:6.2f} s CPU"
          f"  {sizes['.csv']:5.1f} MB")
    print(f"export .xlsx:                    {xlsx[0]:6.2f} s wall {xlsx[1]:6.2f} s CPU"
          f"  {sizes['.xlsx']:5.1f} MB  (writing costs {xlsx[1] - read[1]:.2f} s CPU over "
          "reading)")
    verdict = "PASS" if xlsx[0] < 2 else "FAIL (wall)" if xlsx[1] < 2 else "FAIL"
    print(f"target .xlsx of {args.notes} notes < 2 s: {verdict}")


if __name__ == "__main__":
    main()
