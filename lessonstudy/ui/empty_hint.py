"""What an empty view is for and how to fill it, in place of a blank table.

A new team meets most tabs empty: no counters in Tallies, one version in
Versions, no observers on the board. A blank table with headers says nothing;
a sentence saying what goes here and the button that puts it there gets them
going. The text is the caller's (translated in its own context); the widget
only lays it out, in the palette's colours (dark themes included).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyHint(QFrame):
    """A word-wrapped explanation with zero or more action buttons under it."""

    def __init__(self, name: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(text)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(self._buttons)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def add_action(self, text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
        """A button under the text that does what the text suggests."""
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
