"""A graphics view that keeps the whole room in sight and turns keys into map choices.

Digits pick table 1–9 (the observer's hands stay on the keyboard) and letters
go to the tally counters; everything else behaves like any view. The keys only
count while the map has focus, so typing a note never presses a counter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from lessonstudy.ui.classroom.scene import MapScene


class MapView(QGraphicsView):
    """Shows a :class:`MapScene` scaled to fit; digits and letters become signals."""

    table_key = Signal(int)
    letter_key = Signal(str)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("classroomMapView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(240, 200)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if plain and len(text) == 1 and text.isdigit() and text != "0":
            self.table_key.emit(int(text))
        elif plain and len(text) == 1 and text.isascii() and text.isalpha():
            self.letter_key.emit(text.lower())
        else:
            super().keyPressEvent(event)
