"""How should photos reach ReportLab? Prints time, size and peak memory per way.

Builds the same photo-heavy document (N generated 2560 x 1920 JPEGs, two per
page, through ``lessonstudy.printing.build_pdf``) in one run, each variant in
its own child process so peak memory is its own:

  a85-path    ASCII85 streams on (ReportLab's default), photos as file paths
  bin-path    binary streams (what the printing package sets), file paths  <- baseline
  bin-files   binary streams, photos held as bytes, written by PhotoFiles
  bin-small   binary streams, small (1024 px) downscaled bytes as BytesIO
  bin-bytesio binary streams, full-size photos as BytesIO

Ratios are against ``bin-path`` measured in the same run.
Run: ``.venv/bin/python bench/pdf_streams.py [--count 24] [--rounds 2]``
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

SIZE = (2560, 1920)
VARIANTS = ("bin-path", "a85-path", "bin-files", "bin-small", "bin-bytesio")


def make_photo(index: int) -> bytes:
    """A photo-like JPEG: gradients, sensor noise, a whiteboard with strokes."""
    ramp = Image.linear_gradient("L").resize(SIZE)
    glow = Image.radial_gradient("L").resize(SIZE)
    scene = Image.merge("RGB", (ramp, ImageChops.invert(glow), glow))
    scene = ImageChops.blend(scene, Image.effect_noise(SIZE, 20 + index).convert("RGB"), 0.25)
    draw = ImageDraw.Draw(scene)
    draw.rectangle((400, 300, 2160, 1620), fill=(236, 238, 232), outline=(40, 40, 40), width=8)
    for row in range(10):
        top = 400 + row * 115
        draw.line((480, top, 2000 - (row * 97 + index * 31) % 600, top + 10),
                  fill=(20, 40, 160), width=7)
    buffer = io.BytesIO()
    scene.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def small_copy(data: bytes, edge: int = 1024) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (edge, edge))
        image.thumbnail((edge, edge))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        return buffer.getvalue()


def run_variant(variant: str, photo_dir: Path, out: Path) -> dict[str, float]:
    """Build the document one way (in this process) and measure it."""
    from reportlab import rl_config
    from reportlab.platypus import Image as RLImage

    from lessonstudy.printing import DocumentMeta, PhotoFiles, build_pdf, para
    from lessonstudy.printing.fonts import register_fonts

    register_fonts()  # not part of the figure: once per process
    rl_config.useA85 = 1 if variant.startswith("a85") else 0
    paths = sorted(photo_dir.glob("*.jpg"))
    blobs = [p.read_bytes() for p in paths]
    smalls = [small_copy(b) for b in blobs] if variant == "bin-small" else []
    width, height = 420.0, 315.0  # two photos and captions fit on an A4 page
    start = time.perf_counter()
    with PhotoFiles() as files:
        story: list[object] = []
        for index in range(len(paths)):
            story.append(para(f"iBoard photo {index + 1} 白板相片"))
            if variant.endswith("path"):
                story.append(RLImage(str(paths[index]), width, height))
            elif variant == "bin-files":
                story.append(files.image(blobs[index], width, height))
            elif variant == "bin-small":
                story.append(RLImage(io.BytesIO(smalls[index]), width, height))
            else:
                story.append(RLImage(io.BytesIO(blobs[index]), width, height))
        result = build_pdf(out, story, DocumentMeta(title="Photo bench"))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "bytes": out.stat().st_size, "pages": result.pages,
            "passes": result.passes, "peak_mb": peak_mb}


def measure(variant: str, photo_dir: Path, out_dir: Path) -> dict[str, float]:
    """Run one variant in a fresh interpreter and read its figures back."""
    command = [sys.executable, __file__, "--child", variant, str(photo_dir), str(out_dir)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=3, metavar=("VARIANT", "PHOTOS", "OUT"))
    args = parser.parse_args()
    if args.child:
        variant, photos, out_dir = args.child
        figures = run_variant(variant, Path(photos), Path(out_dir) / f"{variant}.pdf")
        print(json.dumps(figures))
        return
    with tempfile.TemporaryDirectory() as tmp:
        photo_dir = Path(tmp) / "photos"
        photo_dir.mkdir()
        for index in range(args.count):
            (photo_dir / f"{index:02d}.jpg").write_bytes(make_photo(index))
        total_mb = sum(p.stat().st_size for p in photo_dir.iterdir()) / 1e6
        print(f"{args.count} photos {SIZE[0]}x{SIZE[1]}, {total_mb:.1f} MB of JPEG, "
              f"best of {args.rounds} rounds")
        report(photo_dir, Path(tmp), args.rounds)


def report(photo_dir: Path, out_dir: Path, rounds: int) -> None:
    best: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for variant in VARIANTS:  # interleaved, so drift hits every variant alike
            figures = measure(variant, photo_dir, out_dir)
            if variant not in best or figures["seconds"] < best[variant]["seconds"]:
                best[variant] = figures
    base = best["bin-path"]
    print(f"{'variant':<12} {'time s':>8} {'x time':>7} {'size MB':>8} {'x size':>7} "
          f"{'peak MB':>8} {'pages':>5} {'passes':>6}")
    for variant in VARIANTS:
        f = best[variant]
        print(f"{variant:<12} {f['seconds']:8.3f} {f['seconds'] / base['seconds']:7.1f} "
              f"{f['bytes'] / 1e6:8.2f} {f['bytes'] / base['bytes']:7.2f} "
              f"{f['peak_mb']:8.0f} {int(f['pages']):5d} {int(f['passes']):6d}")


if __name__ == "__main__":
    main()
