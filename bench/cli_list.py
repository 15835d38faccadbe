"""``lessonstudy list`` from a cold start against ``python -c "import sqlite3"``.

    .venv/bin/python bench/cli_list.py [--runs 9]

Loads the demo into a temporary library, then runs each command in a fresh
interpreter (as a script or a teacher at a terminal would) and prints the
medians and the ratio (goal: list <= 3x the bare interpreter with sqlite3).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

# As installed (pip compiles every module): the warm-up run writes the bytecode cache.
# With PYTHONDONTWRITEBYTECODE set in a shell, every run compiled ~40 changed modules
# again (about 90 ms of a 300 ms `list`).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _median(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` fresh processes (CPU is steadier when busy)."""
    subprocess.run(args, check=True, capture_output=True, env=ENV)  # warm caches
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = _children_cpu(), time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=ENV)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        cli = [sys.executable, "-m", "lessonstudy", "--data-dir", home]
        subprocess.run([*cli, "demo"], check=True, capture_output=True, env=ENV)
        bare = _median([sys.executable, "-c", "import sqlite3"], args.runs)
        listing = _median([*cli, "list"], args.runs)
        as_json = _median([*cli, "list", "--json"], args.runs)
        search = _median([*cli, "search", "正方形"], args.runs)
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.runs} runs, wall and CPU")
    print(f"python -c 'import sqlite3'  {bare[0] * 1000:7.0f} ms wall {bare[1] * 1000:6.0f} ms CPU")
    for name, figures, goal in (
        ("lessonstudy list         ", listing, "; goal <= 3x"),
        ("lessonstudy list --json  ", as_json, ""),
        ("lessonstudy search 正方形 ", search, ""),
    ):
        print(f"{name}   {figures[0] * 1000:7.0f} ms wall {figures[1] * 1000:6.0f} ms CPU  "
              f"({figures[0] / bare[0]:.1f}x wall, {figures[1] / bare[1]:.1f}x CPU{goal})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
