"""``lessonstudy photos add`` of 50 x 12 MP phone JPEGs, start-up included (goal >= 8 photos/s).

    .venv/bin/python bench/photos_add.py [--count 50] [--rounds 3]

Each round imports the same ``--count`` generated 4000 x 3000 JPEGs (EXIF orientation, time,
GPS: ``bench/photo_import.generate``) into a fresh demo library with the command a recorder
runs, timed from the command's start to its exit. Baseline from the same run: the bare Pillow
pipeline (``bench/photo_import.bare_pillow``) over the same files on a pool of as many
processes as ``photos add`` uses, started inside the timing too, with no database and no
files written: the most the machine's cores allow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from photo_import import bare_pillow, generate  # noqa: E402

from lessonstudy.imaging.batch import default_workers  # noqa: E402


def photos_add(folder: Path, files: list[Path]) -> float:
    env = {**os.environ, "LANG": "C.UTF-8"}
    subprocess.run([sys.executable, "-m", "lessonstudy", "--data-dir", str(folder), "demo"],
                   cwd=ROOT, check=True, capture_output=True, env=env)
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "lessonstudy", "--data-dir", str(folder),
                          "photos", "add", "2", *map(str, files)],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if run.returncode != 0 or run.stdout.count("imported") < len(files):
        raise SystemExit(f"photos add failed: {run.stdout}{run.stderr}")
    return seconds


def bare_pool(files: list[Path], workers: int) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(bare_pillow, files))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    workers = default_workers()
    with tempfile.TemporaryDirectory(prefix="photos-add-") as temp:
        root = Path(temp)
        (root / "in").mkdir()
        files = generate(root / "in", args.count)
        megabytes = sum(f.stat().st_size for f in files) / 2**20
        print(f"{args.count} phone JPEGs, 4000 x 3000, {megabytes:.0f} MB; "
              f"{os.cpu_count()} cores, {workers} workers")
        measured, baseline = [], []
        for n in range(args.rounds):
            library = root / f"library-{n}"
            measured.append(photos_add(library, files))
            shutil.rmtree(library)
            baseline.append(bare_pool(files, workers))
    add, bare = statistics.median(measured), statistics.median(baseline)
    print(f"photos add (start-up, decode, store, exit): {add:.1f} s = "
          f"{args.count / add:.1f} photos/s  (goal >= 8)")
    print(f"bare Pillow on {workers} processes (baseline): {bare:.1f} s = "
          f"{args.count / bare:.1f} photos/s; photos add / bare = {add / bare:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
