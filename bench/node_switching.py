"""Switching tree nodes and tabs on the demo: how long until the new tab is laid out.

Issue 14's goal: under 100 ms per switch. The baseline, from the same run,
is switching between two tabs that already exist (Qt's own cost of showing a
built widget), so a slow machine shows up in both figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/node_switching.py [--rounds 5]

Prints per node and per tab the median milliseconds, and the worst.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import defaultdict
from functools import partial

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from lessonstudy.services.demo import load_demo
    from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
    from lessonstudy.ui.application import build_window, install_cjk_font, make_application
    from lessonstudy.ui.main_window import open_library

    app = QApplication.instance() or make_application([])
    install_cjk_font()
    window = build_window(tempfile.mkdtemp(prefix="ls-bench-"))
    window.resize(1280, 800)
    window.show()
    open_library(window)
    load_demo(window.context.library)
    window.context.notify_changed()
    app.processEvents()
    nodes = {
        "lesson": lambda n: isinstance(n, LessonNode),
        "version 2": lambda n: isinstance(n, VersionRef) and n.number == 2,
        "rehearsal": lambda n: isinstance(n, TeachingRef) and n.kind == "rehearsal",
        "research lesson": lambda n: isinstance(n, TeachingRef) and n.kind == "research",
    }
    node_ms: dict[str, list[float]] = defaultdict(list)
    tab_ms: dict[str, list[float]] = defaultdict(list)
    again_ms: list[float] = []
    for _round in range(args.rounds):
        for name, predicate in nodes.items():
            node_ms[name].append(_timed(app, lambda p=predicate: window.select_node(p)))
            tabs = window.detail.tabs
            for index in range(tabs.count()):
                tab_ms[f"{name} / {tabs.tabText(index)}"].append(
                    _timed(app, partial(tabs.setCurrentIndex, index)))
            if tabs.count() > 1:  # baseline: back and forth between two built tabs
                again_ms.append(_timed(app, partial(tabs.setCurrentIndex, 0)))
                again_ms.append(_timed(app, partial(tabs.setCurrentIndex, 1)))
    print(f"baseline (built tab shown again): median {statistics.median(again_ms):6.1f} ms")
    print("tree node selected (tabs built):")
    for name, times in node_ms.items():
        print(f"  {name:<40} median {statistics.median(times):6.1f} ms  worst {max(times):6.1f}")
    print("tab shown:")
    for name, times in tab_ms.items():
        print(f"  {name:<40} median {statistics.median(times):6.1f} ms  worst {max(times):6.1f}")
    worst = max(max(t) for t in (*node_ms.values(), *tab_ms.values()))
    print(f"worst switch: {worst:.1f} ms (goal < 100 ms)")
    window.context.close()
    return 0


def _timed(app: object, action: object) -> float:
    """Milliseconds for ``action`` plus the events it posts (layout, paint)."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    app.processEvents()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
