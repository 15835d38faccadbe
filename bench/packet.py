"""How fast and how lean a department packet prints: 20 lessons × 24 photos × 300 notes, and 600.

Targets (issue #15): 20 lessons × 24 iBoard photos ≤ 3 s (with 300 notes a lesson, issue
#13); 600 teachings ≤ 120 s with peak memory ≤ 400 MB. The script generates a library in a
temporary folder (bulk inserts, ``bench/packet_library.py``), then builds each variant in a
fresh child process, which reports the build time (reading the selection, fetching
thumbnails, layout, writing), CPU time, peak resident memory (``VmHWM``: interpreter and
imports included, "before" is that figure just before the build), pages and size:

* ``full``        the packet of all 20 lessons, as ``lessonstudy packet`` prints it;
* ``no-notes``    the same without "Evidence by segment" (what 300 notes a lesson cost);
* ``no-photos``   the same without contact-sheet photos (what the thumbnails cost);
* ``one-lesson``  one lesson alone (×20 shows whether the build grows linearly);
* ``bare``        baseline: a bare ReportLab document with as many pages as ``full``, one
  short paragraph each (ReportLab's own floor for writing that many pages).

``--lang all`` prints the full packet in every print language and names the slowest;
``--scale 600`` also generates a 600-lesson library (thumbnails stored as the photos too:
the packet prints only thumbnails) and prints all 600 teachings once.

Run: .venv/bin/python bench/packet.py [--lessons 20] [--photos 24] [--lang en|all|zh-HK…]
                                      [--scale 600]
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
from pathlib import Path

from lessonstudy.i18n import LANGUAGES, parse_language
from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library

NOTES_PER_TEACHING = 300  # bench/packet_library.py puts this many notes in every lesson
VARIANTS = ("full", "no-notes", "no-photos", "one-lesson")


def build_variant(variant: str, data_dir: Path, out: Path, language: str,
                  pages: int) -> dict[str, float]:
    """Build one packet (or the bare baseline) in this process and measure it."""
    from lessonstudy.printing.fonts import register_fonts
    from lessonstudy.services.department import load_department_rows
    from lessonstudy.services.packet import write_packet

    register_fonts()  # once per process, not part of the figure
    library = Library.open(resolve_location(data_dir))
    ids = [row.teaching_id for row in load_department_rows(library)]
    if variant == "one-lesson":
        ids = ids[:1]
    before = _peak_rss_mb()  # interpreter, imports, fonts, open library
    start, cpu = time.perf_counter(), time.process_time()
    if variant == "bare":
        built = _bare(out, pages)
    elif variant in ("no-photos", "no-notes"):
        built = _without(variant, library, ids, out, language)
    else:
        built = write_packet(library, ids, out, language=language).pages
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    library.close()
    return {"seconds": seconds, "cpu": cpu, "pages": built, "mb": out.stat().st_size / 1e6,
            "lessons": len(ids) if variant != "bare" else 0, "peak_rss_mb": _peak_rss_mb(),
            "before_mb": before}


def _without(variant: str, library: Library, ids: list[int], out: Path, language: str) -> int:
    from lessonstudy.printing.packet import build_packet
    from lessonstudy.services.packet_data import load_packet, thumbnail_source

    data = load_packet(library, ids)
    field = "photos" if variant == "no-photos" else "notes"
    bare = dataclasses.replace(data, lessons=tuple(
        dataclasses.replace(lesson, **{field: ()}) for lesson in data.lessons))
    return build_packet(bare, out, thumbnail_source(library), language=language).pages


def _bare(out: Path, pages: int) -> int:
    """ReportLab alone: ``pages`` pages of one paragraph each, default fonts, one pass."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story: list[object] = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}: a short paragraph.", style), PageBreak()]
    doc = SimpleDocTemplate(str(out))
    doc.build(story[:-1])
    return int(doc.page)


def _peak_rss_mb() -> float:
    """This process's peak resident memory.

    On Linux ``ru_maxrss`` of a child started by ``subprocess`` includes the
    parent's memory at the fork (here: the library generator's), so the
    figure comes from ``VmHWM``, which starts afresh at ``exec``.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    factor = 1024 if sys.platform != "darwin" else 1024 * 1024  # KiB on Linux, bytes on macOS
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * factor / 1e6


def measure(variant: str, data_dir: Path, out_dir: Path, language: str = "en",
            pages: int = 0) -> dict[str, float]:
    """Run one variant in a fresh interpreter and read its figures back."""
    command = [sys.executable, __file__, "--child", variant, str(data_dir), str(out_dir),
               language, str(pages)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _library(folder: Path, lessons: int, photos: int, full_images: bool) -> Path:
    from packet_library import generate  # a sibling script, on the path when run as a script

    started = time.perf_counter()
    library = Library.open(resolve_location(folder))
    count = generate(library, lessons, photos, full_images=full_images)
    library.close()
    db_mb = (folder / "library.db").stat().st_size / 1e6
    kind = "2560x1920 + 320 px thumbnails" if full_images else "thumbnails only"
    print(f"library: {lessons} lessons, {count} photos ({kind}), "
          f"{lessons * NOTES_PER_TEACHING} notes, {db_mb:.0f} MB, generated in "
          f"{time.perf_counter() - started:.1f} s")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=20)
    parser.add_argument("--photos", type=int, default=24)
    parser.add_argument("--lang", default="en",
                        help="print language, or 'all' to time every one and name the slowest")
    parser.add_argument("--scale", type=int, default=0,
                        help="also print a packet of this many teachings (e.g. 600)")
    parser.add_argument("--child", nargs=5, metavar=("VARIANT", "DATA", "OUT", "LANG", "PAGES"))
    args = parser.parse_args()
    if args.child:
        variant, data_dir, out_dir, language, pages = args.child
        print(json.dumps(build_variant(variant, Path(data_dir), Path(out_dir) / f"{variant}.pdf",
                                       language, int(pages))))
        return
    languages = list(LANGUAGES) if args.lang == "all" else [parse_language(args.lang)]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = _library(Path(tmp) / "library", args.lessons, args.photos, True)
        out_dir = Path(tmp)
        results = {variant: measure(variant, data_dir, out_dir, languages[0])
                   for variant in VARIANTS}
        results["bare"] = measure("bare", data_dir, out_dir, pages=int(results["full"]["pages"]))
        by_language = {languages[0]: results["full"]}
        for language in languages[1:]:
            by_language[language] = measure("full", data_dir, out_dir, language)
        _report(results, args.lessons, languages[0])
        if len(by_language) > 1:
            _report_languages(by_language)
        if args.scale:
            _scale(Path(tmp), args.scale, args.photos, results["full"], args.lessons)


def _report(results: dict[str, dict[str, float]], lessons: int, language: str) -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time "
          "suffers when other work shares them; CPU time does not); print language "
          f"{language}")
    print(f"{'variant':<12} {'lessons':>7} {'build s':>8} {'CPU s':>6} {'pages':>6} "
          f"{'PDF MB':>7} {'peak RSS MB':>12} {'before build':>12}")
    for variant, r in results.items():
        print(f"{variant:<12} {r['lessons']:>7.0f} {r['seconds']:>8.2f} {r['cpu']:>6.2f} "
              f"{r['pages']:>6.0f} {r['mb']:>7.1f} {r['peak_rss_mb']:>12.0f} "
              f"{r['before_mb']:>12.0f}")
    full, one, notes = results["full"], results["one-lesson"], results["no-notes"]
    bare = results["bare"]
    print(f"baseline: a bare ReportLab document of the same {bare['pages']:.0f} pages takes "
          f"{bare['cpu']:.2f} s CPU; the packet takes {full['cpu'] / bare['cpu']:.1f}x that")
    print(f"baseline: {lessons} lessons take {full['cpu'] / one['cpu']:.1f}x one lesson "
          f"({lessons}x would be linear)")
    print(f"baseline: 'Evidence by segment' ({NOTES_PER_TEACHING} notes a lesson) costs "
          f"{full['cpu'] - notes['cpu']:.2f} s CPU and {full['pages'] - notes['pages']:.0f} "
          f"pages ({(full['pages'] - notes['pages']) / lessons:.1f} a lesson); without notes "
          f"the packet takes {notes['seconds']:.2f} s")
    memory = full["peak_rss_mb"] < 400
    print(f"target ≤ 3 s and < 400 MB with {NOTES_PER_TEACHING} notes a lesson: "
          f"wall {_verdict(full['seconds'] <= 3 and memory)} ({full['seconds']:.2f} s), "
          f"CPU {_verdict(full['cpu'] <= 3 and memory)} ({full['cpu']:.2f} s), "
          f"{full['peak_rss_mb']:.0f} MB; without notes {notes['cpu']:.2f} s CPU")


def _verdict(ok: bool) -> str:
    return "PASS" if ok else f"FAIL (load average {os.getloadavg()[0]:.1f})"


def _report_languages(by_language: dict[str, dict[str, float]]) -> None:
    for language, r in by_language.items():
        print(f"  {language:<10} {r['seconds']:6.2f} s wall {r['cpu']:6.2f} s CPU "
              f"{r['pages']:5.0f} pages {r['peak_rss_mb']:5.0f} MB")
    slowest = max(by_language, key=lambda code: by_language[code]["cpu"])
    print(f"slowest language: {slowest} ({by_language[slowest]['cpu']:.2f} s CPU, "
          f"{by_language[slowest]['cpu'] / by_language['en']['cpu']:.2f}x English)"
          if "en" in by_language else f"slowest language: {slowest}")


def _scale(tmp: Path, teachings: int, photos: int, small: dict[str, float],
           lessons: int) -> None:
    data_dir = _library(tmp / "large", teachings, photos, False)
    large = measure("full", data_dir, tmp)
    linear = small["cpu"] * teachings / lessons
    print(f"{teachings} teachings: {large['seconds']:.1f} s wall, {large['cpu']:.1f} s CPU, "
          f"{large['pages']:.0f} pages, {large['mb']:.0f} MB PDF, peak RSS "
          f"{large['peak_rss_mb']:.0f} MB ({large['before_mb']:.0f} MB before the build)")
    print(f"baseline: {lessons} lessons in the same run peaked at {small['peak_rss_mb']:.0f} MB; "
          f"{teachings / lessons:.0f}x their CPU time would be {linear:.1f} s")
    memory = large["peak_rss_mb"] <= 400
    print(f"target ≤ 120 s and ≤ 400 MB: wall {_verdict(large['seconds'] <= 120 and memory)}, "
          f"CPU {_verdict(large['cpu'] <= 120 and memory)}")


if __name__ == "__main__":
    main()
