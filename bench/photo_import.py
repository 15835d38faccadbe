"""How fast do phone photos become stored photos? Prints the figures.

Generates N 12-megapixel (4000 × 3000) JPEGs that look like phone photos
(gradients, sensor noise, a whiteboard with marker strokes, EXIF orientation,
capture time and GPS), then measures in one run:

  (a) a bare Pillow pipeline doing the same work (open, draft, load,
      exif_transpose, downscale to 2560, encode, thumbnail 320, encode),
  (b) ``process_photo`` on the same files, interleaved with (a),
  (c) batch throughput of ``process_many`` on a process pool (cold pool,
      then a warm ``PhotoBatch``).

Goals: (b)/(a) <= 1.25; batch >= 8 photos/s on a 2-core machine.
Run: ``.venv/bin/python bench/photo_import.py [--count 16] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageOps, features

from lessonstudy.imaging import PhotoBatch, process_many, process_photo
from lessonstudy.imaging.batch import default_workers
from lessonstudy.imaging.render import MAIN_FILTER, THUMB_FILTER, THUMB_QUALITY, fitted_size

SIZE = (4000, 3000)
MAX_EDGE, THUMB_EDGE, QUALITY = 2560, 320, 85
ORIENTATIONS = (1, 6, 8, 3)


def make_scene() -> Image.Image:
    """One photo-like 12 MP scene: lit gradients, noise, a board with writing."""
    ramp = Image.linear_gradient("L").resize(SIZE)
    glow = Image.radial_gradient("L").resize(SIZE)
    red = ImageChops.blend(ramp, glow, 0.5)
    green = ImageChops.invert(glow)
    blue = ramp.transpose(Image.Transpose.ROTATE_180)
    scene = Image.merge("RGB", (red, green, blue))
    noise = Image.effect_noise(SIZE, 24).convert("RGB")
    scene = ImageChops.blend(scene, noise, 0.25)
    draw = ImageDraw.Draw(scene)
    draw.rectangle((700, 500, 3300, 2500), fill=(236, 238, 232), outline=(40, 40, 40), width=12)
    for row in range(14):
        top = 620 + row * 130
        for word in range(9):
            left = 780 + word * 280 + (row * 37) % 90
            draw.line((left, top, left + 200, top + (word % 3) * 12), fill=(20, 40, 160), width=9)
    draw.ellipse((2900, 2550, 3500, 2950), fill=(200, 120, 60))
    return scene


def phone_exif(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "BenchPhone"
    exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2024:05:13 10:22:31"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", (22.0, 30.0, 1.0)
    return exif


def generate(folder: Path, count: int) -> list[Path]:
    scene = make_scene()
    paths = []
    for number in range(count):
        shifted = ImageChops.offset(scene, number * 53, number * 29)
        path = folder / f"IMG_{number:04}.jpg"
        shifted.save(path, "JPEG", quality=92, exif=phone_exif(ORIENTATIONS[number % 4]))
        paths.append(path)
    return paths


def bare_pillow(path: Path) -> tuple[bytes, bytes]:
    """The baseline: the same steps written plainly with Pillow."""
    with Image.open(path) as opened:
        opened.draft("RGB", (MAX_EDGE, MAX_EDGE))
        opened.load()
        upright = ImageOps.exif_transpose(opened)
    image = upright.resize(fitted_size(upright.size, MAX_EDGE), MAIN_FILTER)
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=QUALITY)
    thumb = image.resize(fitted_size(image.size, THUMB_EDGE), THUMB_FILTER, reducing_gap=2.0)
    small = io.BytesIO()
    thumb.save(small, "JPEG", quality=THUMB_QUALITY)
    return stored.getvalue(), small.getvalue()


def ours(path: Path) -> tuple[bytes, bytes]:
    photo = process_photo(path, max_edge=MAX_EDGE, thumb_edge=THUMB_EDGE, quality=QUALITY)
    return photo.image, photo.thumbnail


def timed(work: Callable[[Path], tuple[bytes, bytes]], path: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (immune to other programs' load) and stored size."""
    start, cpu = time.perf_counter(), time.process_time()
    image, _ = work(path)
    return time.perf_counter() - start, time.process_time() - cpu, len(image)


def per_photo(paths: list[Path], rounds: int) -> dict[str, list[float]]:
    """Interleave (a) and (b) photo by photo so drift hits both equally."""
    times: dict[str, list[float]] = {key: [] for key in ("bare", "ours", "ours_cpu", "size")}
    timed(bare_pillow, paths[0]), timed(ours, paths[0])  # warm-up
    for _ in range(rounds):
        for path in paths:
            times["bare"].append(timed(bare_pillow, path)[0])
            seconds, cpu, size = timed(ours, path)
            times["ours"].append(seconds)
            times["ours_cpu"].append(cpu)
            times["size"].append(size)
    return times


def batch_rate(paths: list[Path], workers: int) -> tuple[float, float, int]:
    """Photos per second: a cold pool (start-up included), then a warm one."""
    start = time.perf_counter()
    cold = sum(result.ok for result in process_many(paths, workers=workers))
    cold_rate = len(paths) / (time.perf_counter() - start)
    with PhotoBatch(workers=workers) as batch:
        list(batch.run(paths[:workers]))  # start the workers
        start = time.perf_counter()
        warm = sum(result.ok for result in batch.run(paths))
        warm_rate = len(paths) / (time.perf_counter() - start)
    return cold_rate, warm_rate, min(cold, warm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=16, help="photos to generate")
    parser.add_argument("--rounds", type=int, default=3, help="passes for the per-photo medians")
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="lessonstudy-bench-") as folder:
        start = time.perf_counter()
        paths = generate(Path(folder), args.count)
        generated = time.perf_counter() - start
        megabytes = sum(path.stat().st_size for path in paths) / len(paths) / 1e6
        times = per_photo(paths, args.rounds)
        cold, warm, ok = batch_rate(paths, args.workers)
    print(f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f}")
    report(args, generated, megabytes, times, cold, warm, ok)
    return 0 if ok == args.count else 1


def report(
    args: argparse.Namespace,
    generated: float,
    megabytes: float,
    times: dict[str, list[float]],
    cold: float,
    warm: float,
    ok: int,
) -> None:
    bare = statistics.median(times["bare"]) * 1000
    mine = statistics.median(times["ours"]) * 1000
    turbo = features.check_feature("libjpeg_turbo")
    print(f"Pillow {Image.__version__} (libjpeg-turbo: {turbo}), {default_workers()} cores")
    print(f"{args.count} photos 4000x3000, {megabytes:.1f} MB each, made in {generated:.1f} s")
    print(f"stored JPEG {statistics.mean(times['size']) / 1e6:.2f} MB average, long edge 2560")
    print()
    print(f"{'figure':<46}{'value':>12}  goal")
    print("-" * 68)
    print(f"{'(a) bare Pillow, median per photo':<46}{bare:>9.0f} ms")
    print(f"{'(b) process_photo, median per photo':<46}{mine:>9.0f} ms")
    print(f"{'(b)/(a) ratio':<46}{mine / bare:>12.2f}  <= 1.25")
    print(f"{f'(c) batch, cold pool, {args.workers} workers':<46}{cold:>8.1f} /s")
    print(f"{f'(c) batch, warm PhotoBatch, {args.workers} workers':<46}{warm:>8.1f} /s  >= 8")
    print(f"{'    single process, 1 / median (b)':<46}{1000 / mine:>8.1f} /s")
    print(f"{'    batch speed-up over single process':<46}{warm * mine / 1000:>11.2f}x")
    cpu = statistics.median(times["ours_cpu"]) * 1000
    print(f"{'    CPU time per photo, median (b)':<46}{cpu:>9.0f} ms")
    projected = args.workers * 1000 / cpu
    print(f"{f'    CPU-bound ceiling on {args.workers} idle cores':<46}{projected:>8.1f} /s")
    print(f"{'batch results ok':<46}{ok:>9}/{args.count}")


if __name__ == "__main__":
    sys.exit(main())
