"""``lessonstudy list`` from a cold start against ``python -c "import sqlite3"``.

    .venv/bin/python bench/cli_list.py [--runs 9]

Loads the demo into a temporary library, then runs each command in a fresh
interpreter (as a script or a teacher at a terminal would) and prints the
medians and the ratio (goal: list <= 3x the bare interpreter with sqlite3).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

# As installed (pip compiles every module): the warm-up run writes the bytecode cache.
# With PYTHONDONTWRITEBYTECODE set in a shell, every run compiled ~40 changed modules
# again (about 90 ms of a 300 ms `list`).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _median(args: list[str], runs: int) -> float:
    subprocess.run(args, check=True, capture_output=True, env=ENV)  # warm caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    print(f"python -c 'import sqlite3'  {bare * 1000:7.0f} ms")
    print(f"lessonstudy list            {listing * 1000:7.0f} ms  ({listing / bare:.1f}x; "
          "goal <= 3x)")
    print(f"lessonstudy list --json     {as_json * 1000:7.0f} ms  ({as_json / bare:.1f}x)")
    print(f"lessonstudy search 正方形    {search * 1000:7.0f} ms  ({search / bare:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
