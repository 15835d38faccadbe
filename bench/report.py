"""How fast the conference report prints with two dozen iBoard photos, and how big it is.

Target (issues #8, #13, #15): a 20-page report with 24 photos in 0.5 s or less and under
15 MB. The script builds a temporary library from the demo open class, adds
24 iBoard photos stored as the app stores them (2560×1920 JPEG, quality 85,
through the real photo pipeline) with four key ideas each, 300 observation
notes (issue #13 prints them all), plus enough feedback for about 20 pages,
then times:

* reading the report data from the library (one transaction);
* laying out and writing the PDF (binary image streams, photos placed by path);
* the same report without photos (baseline: what the photos cost);
* the same report without its 300 notes (baseline: what "Evidence by segment" costs);
* the same report with ReportLab's default ASCII85 image encoding (the trap
  DESIGN §8 warns about), to show what binary streams save.

``--lang all`` builds the report in every print language too and names the slowest.

Run: .venv/bin/python bench/report.py [--lang en|all|zh-HK|zh-CN|ja|bilingual]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import insert

from lessonstudy.i18n import LANGUAGES, parse_language
from lessonstudy.imaging.pipeline import process_photo
from lessonstudy.paths import resolve_location
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.demo import load_demo
from lessonstudy.services.demo_photos import draw_iboard
from lessonstudy.services.report import load_report_data
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    KeyIdea,
    ObservationNote,
    Observer,
    ObserverGroup,
    Photo,
    PhotoData,
    Teaching,
)

PHOTOS = 24
NOTES = 300  # issue #13: every note prints in "Evidence by segment"
FEEDBACK_PER_GROUP = 8
REPEATS = 5
RESEARCH = 2


@cache
def base_board(variant: int) -> Image.Image:
    """A 2560×1920 phone-like iBoard photo: drawn board, uneven light, a little blur."""
    ideas = [f"Idea {variant}.{n}: pupils explain why, not only what 學生解釋原因"
             for n in range(1, 5)]
    board = Image.open(io.BytesIO(draw_iboard(f"Group {variant + 1}", ideas, seed=variant)))
    board = board.resize((2560, 1920), Image.Resampling.BICUBIC)
    light = Image.linear_gradient("L").resize((2560, 1920)).rotate(30 + variant * 40)
    board = Image.composite(board, Image.new("RGB", board.size, (205, 200, 190)),
                            light.point(lambda v: 160 + v // 3))
    return board.filter(ImageFilter.GaussianBlur(1.2))


def board_png(seed: int) -> bytes:
    """One of four base boards with its own magnets and marks (so every photo differs)."""
    board = base_board(seed % 4).copy()
    draw = ImageDraw.Draw(board)
    for n in range(40):  # magnets, smudges and marker dots: texture real photos have
        x, y = (seed * 97 + n * 131) % 2500, (seed * 53 + n * 173) % 1860
        draw.ellipse((x, y, x + 18 + n % 25, y + 18 + n % 19), fill=(60 + n * 4, 80, 150 - n))
    out = io.BytesIO()
    board.save(out, "JPEG", quality=97)  # like a phone camera; the pipeline re-encodes it
    return out.getvalue()


def make_library(folder: Path) -> Library:
    library = Library.open(resolve_location(folder))
    load_demo(library)
    info = conf.open_conference(library, RESEARCH)
    stored = [process_photo(board_png(i), name=f"iboard-{i}.jpg") for i in range(PHOTOS)]
    with library.unit_of_work() as session:
        groups = [g.id for g in session.query(ObserverGroup).filter_by(teaching_id=RESEARCH)]
        for i, photo in enumerate(stored):
            row = Photo(teaching_id=RESEARCH, group_id=groups[i % len(groups)],
                        caption=f"iBoard {i + 1}", width=photo.width, height=photo.height,
                        sha256=photo.sha256, original_name=f"iboard-{i}.jpg")
            session.add(row)
            session.flush()
            session.add(PhotoData(photo_id=row.id, thumbnail=photo.thumbnail,
                                  image_sha256=library.photo_store.put(session, photo.image)))
            session.add_all(KeyIdea(photo_id=row.id, group_id=row.group_id, position=n,
                                    text=f"Key idea {n} of board {i + 1}: 小組討論 evidence")
                            for n in range(1, 5))
    add_notes(library)
    kinds = ("strength", "question", "suggestion", "concern")
    for group in info.groups:
        for n in range(FEEDBACK_PER_GROUP):
            fb.add_feedback(library, info.id, fb.FeedbackDraft(
                f"Observation {n + 1} from {group.name}: the pupils compared their squares and "
                "explained the pattern to a partner before the class heard it. 學生先向同伴解釋。",
                kinds[n % 4], group_id=group.id, author=f"Visitor {n}"))
    return library


def add_notes(library: Library) -> None:
    """NOTES notes over the segments and groups, some flagged, some with an observer."""
    texts = ("Pupil C counted the squares on the hypotenuse as 24 instead of 25; the partner "
             "corrected her by recounting the half squares.",
             "Teacher called on six students; four were boys in the front rows.",
             "B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。",
             "All pairs talked within five seconds; two pairs switched to Cantonese.")
    with library.unit_of_work() as session:
        teaching = session.get_one(Teaching, RESEARCH)
        segments = [s.id for s in teaching.version.segments]
        groups = [g.id for g in teaching.groups]
        observers = [o.id for o in session.query(Observer).filter_by(teaching_id=RESEARCH)]
        session.execute(insert(ObservationNote), [
            {"teaching_id": RESEARCH, "segment_id": segments[n % len(segments)],
             "group_id": groups[n % len(groups)],
             "observer_id": observers[n % len(observers)] if n % 5 else None,
             "elapsed_seconds": n * 9, "flagged": n % 13 == 0,
             "text": f"{texts[n % len(texts)]} ({n})"} for n in range(NOTES)])


CPU_TIMES: dict[str, float] = {}


def best_of(work: Callable[[], object], name: str = "") -> tuple[float, object]:
    """Best wall time of a few runs (and the best CPU time, kept in CPU_TIMES)."""
    times, cpu, result = [], [], None
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU_TIMES[name] = min(cpu)
    return min(times), result


def bare_baseline(out: Path, pages: int) -> float:
    """Best time of ReportLab alone writing ``pages`` pages of one paragraph each, one pass."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]

    def build() -> None:
        story: list[object] = []
        for page in range(pages):
            story += [Paragraph(f"Page {page + 1}: a short paragraph.", style), PageBreak()]
        SimpleDocTemplate(str(out)).build(story[:-1])

    return best_of(build)[0]


def main() -> None:
    from reportlab import rl_config

    from lessonstudy.printing.report import build_conference_report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en",
                        help="print language, or 'all' to time every one and name the slowest")
    args = parser.parse_args()
    languages = list(LANGUAGES) if args.lang == "all" else [parse_language(args.lang)]
    language = languages[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"Preparing a library with {PHOTOS} photos (2560×1920 stored JPEGs)…")
        library = make_library(folder)
        out = folder / "report.pdf"
        cold_start = time.perf_counter()
        data = load_report_data(library, RESEARCH)
        build_conference_report(data, out, language=language)
        cold = time.perf_counter() - cold_start
        read_s, data = best_of(lambda: load_report_data(library, RESEARCH), "read")
        build_s, built = best_of(lambda: build_conference_report(  # type: ignore[arg-type]
            data, out, language=language), "build")
        size = out.stat().st_size
        jpeg_bytes = sum(len(p.jpeg) for p in data.photos)  # type: ignore[attr-defined]
        bare = dataclasses.replace(data, photos=())  # type: ignore[type-var]
        bare_s, bare_built = best_of(lambda: build_conference_report(
            bare, folder / "bare.pdf", language=language))
        quiet = dataclasses.replace(data, notes=())  # type: ignore[type-var]
        quiet_s, quiet_built = best_of(lambda: build_conference_report(
            quiet, folder / "quiet.pdf", language=language))
        pages = built.pages  # type: ignore[attr-defined]
        floor_s = bare_baseline(folder / "floor.pdf", pages)
        rl_config.useA85 = 1
        a85_s, _ = best_of(lambda: build_conference_report(  # type: ignore[arg-type]
            data, folder / "a85.pdf", language=language))
        rl_config.useA85 = 0
        a85_size = (folder / "a85.pdf").stat().st_size
        by_language = {language: (build_s, CPU_TIMES["build"])}
        for other in languages[1:]:
            other_s, _ = best_of(lambda: build_conference_report(  # type: ignore[arg-type]
                data, folder / f"{other}.pdf", language=other), "other")  # noqa: B023
            by_language[other] = (other_s, CPU_TIMES["other"])
        library.close()
    print(f"print language {language}; photos: {PHOTOS}, stored JPEG bytes "
          f"{jpeg_bytes / 1e6:.1f} MB, pages: {pages}, notes: {NOTES}")
    print(f"read report data:        {read_s * 1000:7.0f} ms"
          f"  ({CPU_TIMES['read'] * 1000:.0f} ms CPU)")
    verdict = "OK" if build_s + read_s <= 0.5 and size < 15e6 else "MISSED"
    print(f"build PDF (binary):      {build_s * 1000:7.0f} ms  {size / 1e6:6.1f} MB"
          f"   target read + build ≤ 500 ms, < 15 MB: {verdict}")
    print(f"build PDF, CPU time:     {CPU_TIMES['build'] * 1000:7.0f} ms"
          f"  (wall time includes waiting for a busy machine; load {os.getloadavg()[0]:.1f})")
    cpu_total = CPU_TIMES["read"] + CPU_TIMES["build"]
    print(f"read + build:            {(read_s + build_s) * 1000:7.0f} ms, "
          f"{cpu_total * 1000:.0f} ms CPU (target ≤ 500 ms: "
          f"{'OK' if cpu_total <= 0.5 else 'MISSED'} in CPU time)"
          f"  (first run in the process, fonts loading: {cold * 1000:.0f} ms)")
    print(f"baseline, bare ReportLab of {pages} pages: {floor_s * 1000:5.0f} ms"
          f"  → the report takes {build_s / floor_s:.1f}x that")
    print(f"baseline without photos: {bare_s * 1000:7.0f} ms  {bare_built.pages} pages"  # type: ignore[attr-defined]
          f"  → photos cost {(build_s - bare_s) * 1000:.0f} ms")
    print(f"baseline without notes:  {quiet_s * 1000:7.0f} ms  {quiet_built.pages} pages"  # type: ignore[attr-defined]
          f"  → {NOTES} notes cost {(build_s - quiet_s) * 1000:.0f} ms, "
          f"{pages - quiet_built.pages} pages")  # type: ignore[attr-defined]
    print(f"ASCII85 (ReportLab default): {a85_s * 1000:5.0f} ms  {a85_size / 1e6:6.1f} MB"
          f"  → binary is {a85_s / build_s:.1f}× faster, {a85_size / size:.2f}× smaller")
    if len(by_language) > 1:
        for code, (wall, cpu) in by_language.items():
            print(f"  {code:<10} {wall * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms CPU")
        slowest = max(by_language, key=lambda code: by_language[code][1])
        wall, cpu = by_language[slowest]
        print(f"slowest language by CPU time: {slowest} ({cpu * 1000:.0f} ms CPU, "
              f"{wall * 1000:.0f} ms wall)")


if __name__ == "__main__":
    main()
