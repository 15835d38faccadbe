"""The application icon, from the PNG sizes tools/make_icons.py draws from the SVG.

PNGs rather than the SVG itself: they need no SVG icon-engine plugin in the
bundle, and each size was rendered for its size (16 px stays crisp).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from lessonstudy.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Lesson Study's icon (an iBoard with four key ideas) at every size we ship."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"lessonstudy-{size}.png")))
    return icon
