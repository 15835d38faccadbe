"""A notice strip ("this version is frozen") in the palette's own tooltip colours.

A hard-coded pale-yellow background with the palette's text colour put pale
text on pale yellow under a dark palette. The tooltip roles are the pair
every palette makes readable together, light or dark.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel


def make_banner(label: QLabel) -> QLabel:
    """Style ``label`` as a notice: framed, filled, and readable in any palette."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.ToolTipText))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setWordWrap(True)
    return label
