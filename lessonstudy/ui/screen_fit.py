"""Windows and dialogs sized from the screen they open on, so a 1024×768 laptop shows all of it.

A fixed ``resize(1320, 620)`` put the department view's buttons off-screen on
a school laptop. Every top-level window asks here instead: the size it would
like, capped by the available geometry (screen minus task bar), centred
over its parent.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a window for its frame and the desktop's edges.
MARGIN = 24


def available_geometry(widget: QWidget) -> QRect:
    """The usable area of the screen ``widget`` (or its parent) is on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width``×``height`` or less, so that it fits on its screen."""
    area = available_geometry(widget)
    size = QSize(min(width, area.width() - MARGIN), min(height, area.height() - 2 * MARGIN))
    widget.resize(size)
    parent = widget.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(centre)
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - size.width())))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - size.height())))
    widget.move(frame.topLeft())
    return size
