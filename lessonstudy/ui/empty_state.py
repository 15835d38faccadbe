"""What a new user sees in an empty library: a way to open the demo open class."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyLibraryPage(QWidget):
    """Explains the empty library and offers the demo."""

    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("<h2>Your library is empty</h2>"))
        text = QLabel(
            self.tr(
                "Lesson Study keeps your team's lessons, their timed segments and versions, the "
                "observer groups of an open class, their notes and iBoard photos, and the "
                "post-lesson conference.\n\nOpen the demo to explore a complete open class: a "
                "50-minute mathematics lesson planned by a team of four, rehearsed, taught to 24 "
                "visitors in three observer groups, and debriefed."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open demo library"))
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
