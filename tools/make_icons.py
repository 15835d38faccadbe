"""Draw the app icon's bitmaps from resources/icons/lessonstudy.svg.

The SVG is the source; window icons, the .deb/.desktop icon, the Windows .ico and
the macOS .icns are generated from it so they never drift apart. Run after editing
the SVG, and commit what it writes:

    .venv/bin/python tools/make_icons.py

Qt's SVG renderer (QtSvg, part of PySide6) rasterises; Pillow writes ICO and ICNS.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "lessonstudy.svg"
#: Drawn on a 16-pixel grid: at 16 px the full design's four lines blur into grey bars.
SMALL_SOURCE = ICONS / "lessonstudy-16.svg"
SMALL_SIZE = 16
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG at ``size`` × ``size`` pixels, antialiased, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer, small = QSvgRenderer(str(SOURCE)), QSvgRenderer(str(SMALL_SOURCE))
    for source, loaded in ((SOURCE, renderer), (SMALL_SOURCE, small)):
        if not loaded.isValid():
            print(f"make_icons: {source} is not a valid SVG", file=sys.stderr)
            return 1
    images = {size: render(small if size <= SMALL_SIZE else renderer, size)
              for size in (*PNG_SIZES, ICNS_SIZE)}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"lessonstudy-{size}.png", optimize=True)
    # Each ICO size drawn from the SVG at that size (sharper at 16 px than a downscale).
    images[256].save(ICONS / "lessonstudy.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[ICNS_SIZE].save(ICONS / "lessonstudy.icns",
                           append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, lessonstudy.ico and lessonstudy.icns "
          f"to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
