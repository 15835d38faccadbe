"""A teaching with thousands of notes: load, show, save and search, with an event-loop probe.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/notes_scale.py [--runs 5]

Builds two libraries with ``bench/make_library.py`` (one teaching with 2,000
notes, one with 20,000) and prints medians, each beside a baseline from the
same run:

- data: ``notes.list_notes`` against the bare SQL read of the same rows
  (and, at 2,000, the per-row lookups it replaced); goal <= 50 ms at 2,000;
- shown: building the Live lesson tab until the notes tree has painted, against
  the same tab for a teaching with no notes; goals <= 150 ms / <= 1 s;
- saving a note with the notes shown (GUI-thread time from Enter until the row
  is in the tree) against the same save with none shown; goal <= 30 ms;
- a latency probe: the longest the event loop went without turning (a 5 ms
  timer) while opening the tab, typing a search and entering notes; goal <= 100 ms.
  Its baseline is the same probe over an idle event loop for as long: on a shared
  machine the process itself is sometimes not scheduled, and that shows there too.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_library import generate  # a sibling script, on the path when run as a script
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.paths import resolve_location
from lessonstudy.services import notes
from lessonstudy.services.note_records import note_from
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObservationNote
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab

TEACHING = 1


class LatencyProbe:
    """A 5 ms timer that records the longest gap between its ticks (a frozen GUI shows here)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart() / 1000)

    def __enter__(self) -> LatencyProbe:
        self.worst = 0.0
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


def _median(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _library(folder: Path, notes_per_teaching: int) -> Library:
    library = Library.open(resolve_location(folder))
    generate(library, lessons=1, teachings=1, observers=30, notes=notes_per_teaching)
    return library


def _bare_sql(library: Library) -> Callable[[], object]:
    path = library.location.db_path

    def read() -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute("SELECT * FROM observation_notes WHERE teaching_id = ?",
                                      (TEACHING,)).fetchall()
    return read


def _per_row(library: Library) -> object:
    """The list as it was read before: a note_from (three lookups) per note."""
    from sqlalchemy import select
    with library.unit_of_work() as session:
        rows = session.scalars(select(ObservationNote)
                               .where(ObservationNote.teaching_id == TEACHING))
        return [note_from(session, row) for row in rows]


def _wait(app: QApplication, done: Callable[[], bool], limit: float = 60.0) -> None:
    end = time.perf_counter() + limit
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the notes did not load")


def _show_tab(app: QApplication, context: AppContext, teaching: int) -> tuple[float,
                                                                            LiveLessonTab]:
    start = time.perf_counter()
    tab = LiveLessonTab(context, teaching, ManualClock())
    tab.resize(1280, 800)
    tab.show()
    _wait(app, lambda: not tab.notes_panel.loading)
    tab.notes_panel.tree.viewport().repaint()
    app.processEvents()
    return time.perf_counter() - start, tab


def _save_note(app: QApplication, tab: LiveLessonTab, text: str) -> float:
    bar = tab.quick_note
    bar.text_edit.setText(text)
    start = time.perf_counter()
    bar.save()
    tab.notes_panel.tree.viewport().repaint()
    return time.perf_counter() - start


def _idle_stall(app: QApplication, probe: LatencyProbe, seconds: float) -> float:
    """The longest gap of an event loop with nothing to do (the machine's own noise)."""
    end = time.perf_counter() + seconds
    with probe:
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
    return probe.worst


def _gui(app: QApplication, library: Library, empty_teaching: int,
         runs: int) -> dict[str, float]:
    context = AppContext()
    context.set_library(library)
    shown, baseline, saves, empty_saves = [], [], [], []
    probe = LatencyProbe()
    worst = 0.0
    started = time.perf_counter()
    for run in range(runs):
        with probe:
            seconds, tab = _show_tab(app, context, TEACHING)
            app.processEvents()
        shown.append(seconds)
        worst = max(worst, probe.worst)
        base_seconds, empty = _show_tab(app, context, empty_teaching)
        baseline.append(base_seconds)
        with probe:
            for n in range(3):
                saves.append(_save_note(app, tab, f"Bench note {run}-{n}"))
                app.processEvents()
            tab.notes_panel.search_edit.setText("pupil b")
            _wait(app, lambda t=tab: not t.notes_panel._search_timer.isActive()
                  and not t.notes_panel.loading)
            tab.notes_panel.search_edit.setText("")
            _wait(app, lambda t=tab: not t.notes_panel._search_timer.isActive()
                  and not t.notes_panel.loading)
        worst = max(worst, probe.worst)
        for n in range(3):
            empty_saves.append(_save_note(app, empty, f"Bench note {run}-{n}"))
        for widget in (tab, empty):
            widget.close()
            widget.deleteLater()
        app.processEvents()
    noise = _idle_stall(app, probe, min(10.0, time.perf_counter() - started))
    return {"shown": statistics.median(shown), "shown_base": statistics.median(baseline),
            "save": statistics.median(saves), "save_base": statistics.median(empty_saves),
            "stall": worst, "noise": noise}


def _empty_teaching(library: Library) -> int:
    from lessonstudy.storage.models import Teaching
    with library.unit_of_work() as session:
        teaching = session.get_one(Teaching, TEACHING)
        other = Teaching(version_id=teaching.version_id, kind="reteach", date=teaching.date)
        session.add(other)
        session.flush()
        return other.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        for count, data_goal, shown_goal in ((2000, 0.050, 0.150), (20000, None, 1.0)):
            library = _library(Path(tmp) / str(count), count)
            empty = _empty_teaching(library)
            data = _median(lambda lib=library: notes.list_notes(lib, TEACHING), args.runs)
            bare = _median(_bare_sql(library), args.runs)
            search = _median(lambda lib=library: notes.list_notes(lib, TEACHING, "pupil b"),
                             args.runs)
            print(f"{count:>6} notes  data {data * 1000:7.1f} ms   (bare SQL read "
                  f"{bare * 1000:.1f} ms; goal {data_goal and f'<= {data_goal * 1000:.0f} ms'})")
            if count == 2000:
                before = _median(lambda lib=library: _per_row(lib), 1)
                print(f"{count:>6} notes  per-row lookups as before {before * 1000:7.1f} ms")
            print(f"{count:>6} notes  search 'pupil b' in SQL {search * 1000:7.1f} ms")
            gui = _gui(app, library, empty, args.runs)
            print(f"{count:>6} notes  shown {gui['shown'] * 1000:7.1f} ms   (tab with no notes "
                  f"{gui['shown_base'] * 1000:.1f} ms; goal <= {shown_goal * 1000:.0f} ms)")
            print(f"{count:>6} notes  save a note {gui['save'] * 1000:7.1f} ms GUI time   "
                  f"(with no notes shown {gui['save_base'] * 1000:.1f} ms; goal <= 30 ms)")
            print(f"{count:>6} notes  longest event-loop stall {gui['stall'] * 1000:7.1f} ms   "
                  f"(open, save, search; idle event loop as long {gui['noise'] * 1000:.1f} ms; "
                  "goal <= 100 ms)")
            library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
