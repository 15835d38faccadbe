"""How fast and how lean a department packet prints: 20 lessons, 24 iBoard photos each.

Target (issue #9): under 5 s and under 400 MB peak memory on this machine.
The script generates the library in a temporary folder (bulk inserts, see
``bench/packet_library.py``), then builds each variant in a fresh child
process, which reports the build time (reading the selection, streaming
thumbnails to temporary files, layout passes, writing), its peak resident
memory (``ru_maxrss``, the interpreter and imports included), pages and size:

* ``full``        the packet of all 20 lessons, as ``lessonstudy packet`` prints it;
* ``no-photos``   the same packet without contact sheets (what the photos cost);
* ``no-notes``    the same packet without "Evidence by segment" (what 300 notes a lesson cost);
* ``one-lesson``  one lesson alone (×20 shows whether the build grows linearly);
* ``traced``      the full packet again under tracemalloc, for Python's own peak.

Run: .venv/bin/python bench/packet.py [--lessons 20] [--photos 24]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library

NOTES_PER_TEACHING = 300  # bench/packet_library.py puts this many notes in every lesson
VARIANTS = ("full", "no-photos", "no-notes", "one-lesson", "traced")


def build_variant(variant: str, data_dir: Path, out: Path) -> dict[str, float]:
    """Build one packet in this process and measure it."""
    from lessonstudy.printing.fonts import register_fonts
    from lessonstudy.services.department import load_department_rows
    from lessonstudy.services.packet import write_packet

    register_fonts()  # once per process, not part of the figure
    library = Library.open(resolve_location(data_dir))
    ids = [row.teaching_id for row in load_department_rows(library)]
    if variant == "one-lesson":
        ids = ids[:1]
    before = _peak_rss_mb()  # interpreter, imports, fonts, open library
    if variant == "traced":
        tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    if variant in ("no-photos", "no-notes"):
        pages = _without(variant, library, ids, out)
    else:
        pages = write_packet(library, ids, out).pages
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    traced = tracemalloc.get_traced_memory()[1] / 1e6 if variant == "traced" else 0.0
    library.close()
    return {"seconds": seconds, "cpu": cpu, "pages": pages, "mb": out.stat().st_size / 1e6,
            "lessons": len(ids), "peak_rss_mb": _peak_rss_mb(), "before_mb": before,
            "traced_peak_mb": traced}


def _without(variant: str, library: Library, ids: list[int], out: Path) -> int:
    from lessonstudy.printing.packet import build_packet
    from lessonstudy.services.packet_data import load_packet, thumbnail_source

    data = load_packet(library, ids)
    field = "photos" if variant == "no-photos" else "notes"
    bare = dataclasses.replace(data, lessons=tuple(
        dataclasses.replace(lesson, **{field: ()}) for lesson in data.lessons))
    thumbnails = thumbnail_source(library) if field == "notes" else None
    return build_packet(bare, out, thumbnails).pages


def _peak_rss_mb() -> float:
    factor = 1024 if sys.platform != "darwin" else 1024 * 1024  # KiB on Linux, bytes on macOS
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * factor / 1e6


def measure(variant: str, data_dir: Path, out_dir: Path) -> dict[str, float]:
    """Run one variant in a fresh interpreter and read its figures back."""
    command = [sys.executable, __file__, "--child", variant, str(data_dir), str(out_dir)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=20)
    parser.add_argument("--photos", type=int, default=24)
    parser.add_argument("--child", nargs=3, metavar=("VARIANT", "DATA", "OUT"))
    args = parser.parse_args()
    if args.child:
        variant, data_dir, out_dir = args.child
        print(json.dumps(build_variant(variant, Path(data_dir), Path(out_dir) / f"{variant}.pdf")))
        return
    from packet_library import generate  # a sibling script, on the path when run as a script

    with tempfile.TemporaryDirectory() as tmp:
        data_dir, out_dir = Path(tmp) / "library", Path(tmp)
        started = time.perf_counter()
        library = Library.open(resolve_location(data_dir))
        photos = generate(library, args.lessons, args.photos)
        library.close()
        db_mb = (data_dir / "library.db").stat().st_size / 1e6
        print(f"library: {args.lessons} lessons, {photos} photos (2560x1920 + 320 px thumbnails), "
              f"{db_mb:.0f} MB, generated in {time.perf_counter() - started:.1f} s")
        results = {variant: measure(variant, data_dir, out_dir) for variant in VARIANTS}
    _report(results, args.lessons)


def _report(results: dict[str, dict[str, float]], lessons: int) -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time "
          "suffers when other work shares them; CPU time does not)")
    print(f"{'variant':<12} {'lessons':>7} {'build s':>8} {'CPU s':>6} {'pages':>6} "
          f"{'PDF MB':>7} {'peak RSS MB':>12} {'before build':>12} {'traced MB':>10}")
    for variant, r in results.items():
        traced = f"{r['traced_peak_mb']:.0f}" if r["traced_peak_mb"] else "–"
        print(f"{variant:<12} {r['lessons']:>7.0f} {r['seconds']:>8.2f} {r['cpu']:>6.2f} "
              f"{r['pages']:>6.0f} "
              f"{r['mb']:>7.1f} {r['peak_rss_mb']:>12.0f} {r['before_mb']:>12.0f} {traced:>10}")
    full, bare, one = results["full"], results["no-photos"], results["one-lesson"]
    notes = results["no-notes"]
    print(f"baseline: with contact sheets the packet takes {full['cpu'] / bare['cpu']:.2f}x "
          f"the CPU time of the same packet without them; {lessons} lessons take "
          f"{full['cpu'] / one['cpu']:.1f}x one lesson ({lessons}x would be linear)")
    print(f"baseline: 'Evidence by segment' ({NOTES_PER_TEACHING} notes a lesson) costs "
          f"{full['cpu'] - notes['cpu']:.2f} s CPU and {full['pages'] - notes['pages']:.0f} "
          "pages over the same packet without it")
    verdict = "PASS" if full["seconds"] < 5 and full["peak_rss_mb"] < 400 else "FAIL"
    print(f"target < 5 s and < 400 MB: {verdict} ({full['seconds']:.2f} s wall, "
          f"{full['cpu']:.2f} s CPU, {full['peak_rss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
