"""Start-up time: our main window's first paint versus a bare PySide6 window with a table.

Each variant runs in a fresh interpreter (as a teacher's double-click would):
the parent notes the wall clock, the child reports the wall clock at its first
paint event and exits. Prints the medians and the ratio (goal: <= 2.0).

"Library shown" goes the way the app starts: first paint, then the library is
opened and its tree read off the GUI thread; the clock stops at the first paint
of the tree with the library's rows in it. ``--library DIR`` measures an existing
library instead of the demo, e.g. 200 lessons from ``bench/make_library.py``
(goal for that one: <= 2x the bare window).

    .venv/bin/python bench/startup.py [--runs 7] [--library /tmp/big-library]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QMainWindow
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True); sys.exit(0)
        return False
app = QApplication([])
win = QMainWindow(); table = QTableWidget(20, 6); win.setCentralWidget(table)
probe = Probe(); table.viewport().installEventFilter(probe)
win.resize(1200, 780); win.show(); app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QObject, QEvent
from lessonstudy.ui.application import make_application, build_window, _finish_start_up
from lessonstudy.ui.startup import after_first_paint
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True); sys.exit(0)
        return False
app = make_application([])
win = build_window(sys.argv[1])
after_first_paint(win.tree.viewport(), lambda: _finish_start_up(win))
probe = Probe(); win.tree.viewport().installEventFilter(probe)
win.show()
app.exec()
"""

OURS_LOADED = """
import sys, time
from PySide6.QtCore import QObject, QEvent
from lessonstudy.ui.application import make_application, build_window, _finish_start_up
from lessonstudy.ui.startup import after_first_paint
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and win.tree_model.rowCount() > 0:
            print(time.time(), flush=True); sys.exit(0)
        return False
app = make_application([])
win = build_window(sys.argv[1])
after_first_paint(win.tree.viewport(), lambda: _finish_start_up(win))
probe = Probe(); win.tree.viewport().installEventFilter(probe)
win.show()
app.exec()
"""


def _once(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - start


def _median(code: str, runs: int, *args: str) -> float:
    _once(code, *args)  # warm the OS file cache
    return statistics.median(_once(code, *args) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library", type=Path, help="an existing library folder (not changed)")
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as folder:
        library = str(Path(folder) / "library")
        subprocess.run(
            [sys.executable, "-m", "lessonstudy", "--data-dir", library, "demo"],
            check=True,
            capture_output=True,
        )
        bare = _median(BARE, runs)
        ours = _median(OURS, runs, library)
        loaded = _median(OURS_LOADED, runs, library)
        big = _median(OURS_LOADED, runs, str(args.library)) if args.library else None
    print(f"bare PySide6 window + table, first paint : {bare * 1000:7.1f} ms")
    print(f"Lesson Study main window, first paint    : {ours * 1000:7.1f} ms")
    print(f"Lesson Study with demo library in tree   : {loaded * 1000:7.1f} ms")
    if big is not None:
        print(f"Lesson Study with {args.library.name} in tree : {big * 1000:7.1f} ms")
    print(f"ratio first paint (goal <= 2.0)          : {ours / bare:7.2f}")
    print(f"ratio library shown                      : {loaded / bare:7.2f}")
    if big is not None:
        print(f"ratio {args.library.name} shown (goal <= 2.0)   : {big / bare:7.2f}")


if __name__ == "__main__":
    main()
