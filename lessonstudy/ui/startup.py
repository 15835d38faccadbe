"""Run start-up work only after the window has painted once.

A teacher should see the window at once; opening the library (SQLAlchemy,
checks, maybe a migration) and loading features can wait a few hundred
milliseconds. A posted zero-timer may fire before the first paint, so we watch
for the paint itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Event filter that fires ``callback`` once, just after the first paint of ``widget``."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` from the event loop once ``widget`` has been painted."""
    widget.installEventFilter(_FirstPaint(widget, callback))
