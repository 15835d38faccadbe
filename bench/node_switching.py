"""Switching tree nodes and tabs on the demo: how long until the new tab is laid out and painted.

Issue 14's goal: under 100 ms per switch. Three figures, each per node kind
(lesson, version, rehearsal, research lesson) and per tab:

- **tree node**: a click on another node while a tab is shown; the pane keeps that
  kind of tab, so this is building that one tab for the new node (tabs are built
  when first shown);
- **tab, first show**: a click on a tab of the selected node that was not built yet;
- **tab, again**: a click back on a tab that is already built.

The baseline, from the same run, is the bare tab switch of a QTabWidget in a window
of the same size whose two tabs hold a 20×6 table (Qt's own cost of showing a
page), so a loaded machine shows up in both figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/node_switching.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", metavar="TAB",
                        help="profile the first show of this tab title (cProfile, top 25)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from lessonstudy.services.demo import load_demo
    from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
    from lessonstudy.ui.application import build_window, install_cjk_font, make_application
    from lessonstudy.ui.main_window import open_library

    app = QApplication.instance() or make_application([])
    install_cjk_font()
    baseline = _bare_tab_switches(app, args.rounds * 10)
    window = build_window(tempfile.mkdtemp(prefix="ls-bench-"))
    window.resize(1280, 800)
    window.show()
    open_library(window)
    load_demo(window.context.library)
    window.context.notify_changed()
    app.processEvents()

    def teaching(kind: str) -> Callable[[Any], bool]:
        return lambda n: isinstance(n, TeachingRef) and n.kind == kind

    def version(number: int) -> Callable[[Any], bool]:
        return lambda n: isinstance(n, VersionRef) and n.number == number

    # node kind: (the node measured, the node the click comes from)
    nodes: dict[str, tuple[Callable[[Any], bool], Callable[[Any], bool]]] = {
        "lesson": (lambda n: isinstance(n, LessonNode), teaching("research")),
        "version": (version(2), version(1)),
        "rehearsal": (teaching("rehearsal"), teaching("research")),
        "research lesson": (teaching("research"), teaching("rehearsal")),
    }
    tree: dict[str, list[float]] = defaultdict(list)
    first: dict[str, list[float]] = defaultdict(list)
    again: dict[str, list[float]] = defaultdict(list)
    tabs = window.detail.tabs
    for _round in range(args.rounds):
        for kind, (target, source) in nodes.items():
            window.select_node(target)
            titles = [tabs.tabText(i) for i in range(tabs.count())]
            for index, title in enumerate(titles):
                window.select_node(source)  # the click comes from here, showing `title`
                source_titles = [tabs.tabText(i) for i in range(tabs.count())]
                tabs.setCurrentIndex(source_titles.index(title) if title in source_titles
                                     else 0)
                _settle(app)
                shown = tabs.tabText(tabs.currentIndex())
                if args.profile == shown and _round == args.rounds - 1:
                    print(f"== tree node: {kind} / {shown}")
                    _profile(app, lambda t=target: window.select_node(t))
                tree[f"{kind} / {shown}"].append(
                    _timed(app, lambda t=target: window.select_node(t)))
                tabs.setCurrentIndex(0)
                window.select_node(source)
                window.select_node(target)  # a fresh node: only its first tab is built
                _settle(app)
                if index == 0:
                    continue
                if args.profile == title and _round == args.rounds - 1:
                    print(f"== first show: {kind} / {title}")
                    _profile(app, lambda i=index: tabs.setCurrentIndex(i))
                    continue
                first[f"{kind} / {title}"].append(
                    _timed(app, lambda i=index: tabs.setCurrentIndex(i)))
                tabs.setCurrentIndex(0)
                _settle(app)
                again[f"{kind} / {title}"].append(
                    _timed(app, lambda i=index: tabs.setCurrentIndex(i)))
    print(_line("baseline: bare QTabWidget tab switch", baseline))
    for label, figures in (("tree node selected (that tab built for it)", tree),
                           ("tab shown the first time (built)", first),
                           ("tab shown again", again)):
        print(f"{label}:")
        by_kind: dict[str, list[float]] = defaultdict(list)
        for name, times in figures.items():
            by_kind[name.split(" / ")[0]].extend(times)
        for kind, times in by_kind.items():
            print("  " + _line(kind, times))
        for name, times in figures.items():
            print("    " + _line(name, times, 42))
    every = [t for figures in (tree, first, again) for times in figures.values() for t in times]
    medians = [statistics.median(times) for figures in (tree, first, again)
               for times in figures.values()]
    print(f"worst median: {max(medians):.1f} ms, worst single switch: {max(every):.1f} ms"
          f" (goal < 100 ms)")
    window.context.close()
    return 0


def _bare_tab_switches(app: Any, count: int) -> list[float]:
    """Qt's own cost: switching between two built tabs of a bare window of the same size."""
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTabWidget

    bare = QMainWindow()
    tabs = QTabWidget()
    for title in ("One", "Two"):
        tabs.addTab(QTableWidget(20, 6), title)
    bare.setCentralWidget(tabs)
    bare.resize(1280, 800)
    bare.show()
    _settle(app)
    times = [_timed(app, lambda i=i: tabs.setCurrentIndex(i % 2)) for i in range(1, count + 1)]
    bare.close()
    return times


_CPU: dict[float, float] = {}  # wall ms of a switch → CPU ms of this process for it


def _timed(app: Any, action: Callable[[], object]) -> float:
    """Milliseconds for ``action`` plus the events it posts (layout, paint).

    The process's CPU time for the same switch is kept in ``_CPU``: on a loaded
    machine the wall time includes waiting for a core, the CPU time does not (it
    does include background reads the switch started on worker threads)."""
    start = time.perf_counter()
    cpu = time.process_time()
    action()
    _settle(app)
    wall = (time.perf_counter() - start) * 1000
    _CPU[wall] = (time.process_time() - cpu) * 1000
    return wall


def _line(label: str, times: list[float], width: int = 44) -> str:
    cpu = [_CPU.get(t, t) for t in times]
    return (f"{label:<{width}} median {statistics.median(times):6.1f} ms"
            f"  worst {max(times):6.1f}   CPU median {statistics.median(cpu):6.1f}"
            f"  worst {max(cpu):6.1f}")


def _settle(app: Any) -> None:
    """Run what the click posted: layout, paint, and deleting the tabs it replaced."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _profile(app: Any, action: Callable[[], object]) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    action()
    _settle(app)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats("lessonstudy|sqlalchemy.orm.session|{method", 30)


if __name__ == "__main__":
    raise SystemExit(main())
