"""How fast do phone photos become stored photo notes in a library? Prints the figures.

Complements ``bench/photo_import.py`` (the imaging pipeline alone) with the
whole path a teacher waits for: the photos service decoding and storing each
photo in its own SQLite transaction (WAL, synchronous=FULL) in a temporary
library. Uses the same generated 12 MP (4000 × 3000) phone JPEGs with EXIF
orientation, capture time and GPS, and measures in one run:

  (a) the bare Pillow pipeline from ``photo_import.py`` (no database),
  (b) ``import_photo`` through the service, one file at a time (decode in
      this process + one transaction), interleaved with (a),
  (c) ``import_photos`` for the whole batch on a process pool: a pool
      started for the import (what the window does) and a warm ``PhotoBatch``.

Goals: (b)/(a) <= 1.25; (c) >= 8 photos/s on a 2-core machine.
Run: ``.venv/bin/python bench/photo_library_import.py [--count 16] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from photo_import import bare_pillow, generate  # the sibling benchmark's generator and baseline

from lessonstudy.imaging import PhotoBatch, process_photo
from lessonstudy.imaging.batch import default_workers
from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.services.photo_import import import_photo, import_photos, store_photo
from lessonstudy.services.photo_records import ImportTarget
from lessonstudy.services.photos import delete_photo, list_photos
from lessonstudy.storage.library import Library

TEACHING = 2  # the demo's open class


def clear(library: Library) -> None:
    """Remove the photos a previous pass stored, so the next pass is not all duplicates."""
    for photo in list_photos(library, TEACHING):
        if photo.original_name.startswith("IMG_"):
            delete_photo(library, photo.id)


def per_photo(library: Library, paths: list[Path], rounds: int) -> dict[str, list[float]]:
    """Interleave (a) and (b) photo by photo so drift hits both equally."""
    target = ImportTarget(TEACHING, group_id=2)
    times: dict[str, list[float]] = {"bare": [], "service": []}
    bare_pillow(paths[0])  # warm-up
    for _ in range(rounds):
        clear(library)
        for path in paths:
            start = time.perf_counter()
            bare_pillow(path)
            times["bare"].append(time.perf_counter() - start)
            start = time.perf_counter()
            outcome = import_photo(library, target, path)
            times["service"].append(time.perf_counter() - start)
            assert outcome.photo_id is not None, outcome.message
    return times


def store_times(library: Library, paths: list[Path]) -> list[float]:
    """Seconds to store each already processed photo (one transaction each)."""
    clear(library)
    processed = [process_photo(path) for path in paths]
    times = []
    for photo, path in zip(processed, paths, strict=True):
        start = time.perf_counter()
        store_photo(library, ImportTarget(TEACHING), photo, path)
        times.append(time.perf_counter() - start)
    return times


def batch_rates(library: Library, paths: list[Path], workers: int) -> dict[str, float]:
    """Photos per second: ``import_photos`` with its own pool (start-up included), then on
    a warm pool alternately with the bare pool (``PhotoBatch.run``, nothing stored)."""
    target = ImportTarget(TEACHING, group_id=2)
    clear(library)
    start = time.perf_counter()
    cold = import_photos(library, target, paths, workers=workers)
    rates = {"cold": len(paths) / (time.perf_counter() - start), "ok": len(cold.imported)}
    warm: list[float] = []
    bare: list[float] = []
    with PhotoBatch(workers=workers) as batch:
        list(batch.run(paths[:workers]))  # start the workers
        for _ in range(2):
            start = time.perf_counter()
            assert all(result.ok for result in batch.run(paths))
            bare.append(len(paths) / (time.perf_counter() - start))
            clear(library)
            start = time.perf_counter()
            report = import_photos(library, target, paths, batch=batch)
            warm.append(len(paths) / (time.perf_counter() - start))
            rates["ok"] = min(rates["ok"], len(report.imported))
    rates["warm"], rates["bare"] = max(warm), max(bare)
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=16, help="photos to generate")
    parser.add_argument("--rounds", type=int, default=3, help="passes for the per-photo medians")
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="lessonstudy-bench-") as folder:
        paths = generate(Path(folder), args.count)
        library = Library.open(resolve_location(Path(folder) / "library"))
        load_demo(library)
        times = per_photo(library, paths, args.rounds)
        stores = store_times(library, paths)
        rates = batch_rates(library, paths, args.workers)
        size = (Path(folder) / "library" / "library.db").stat().st_size
        library.close()
    load_after = os.getloadavg()
    bare = statistics.median(times["bare"]) * 1000
    service = statistics.median(times["service"]) * 1000
    print(f"load average (1/5/15 min) before {_load(load_before)}, after {_load(load_after)} "
          f"on {default_workers()} cores (a shared machine: figures are noisy)")
    print(f"{args.count} photos 4000x3000, {args.rounds} rounds; library file {size / 1e6:.0f} MB")
    print()
    print(f"{'figure':<52}{'value':>10}  goal")
    print("-" * 72)
    print(f"{'(a) bare Pillow pipeline, median per photo':<52}{bare:>7.0f} ms")
    print(f"{'(b) import_photo (decode + store), median per photo':<52}{service:>7.0f} ms")
    print(f"{'(b)/(a) ratio':<52}{service / bare:>10.2f}  <= 1.25")
    store = statistics.median(stores) * 1000
    print(f"{'    storing one photo (one transaction), median':<52}{store:>7.0f} ms")
    workers = args.workers
    print(f"{f'(c) import_photos, own pool, {workers} workers':<52}{rates['cold']:>6.1f} /s  >= 8")
    print(f"{f'(c) import_photos, warm PhotoBatch, {workers} workers':<52}"
          f"{rates['warm']:>6.1f} /s  >= 8")
    print(f"{'    bare PhotoBatch.run, same pool, nothing stored':<52}{rates['bare']:>6.1f} /s")
    print(f"{'photos stored in each (c) run':<52}{rates['ok']:>7.0f}/{args.count}")
    return 0 if rates["ok"] == args.count else 1


def _load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{value:.2f}" for value in values)


if __name__ == "__main__":
    sys.exit(main())
