"""What the window shows without lessons: an empty library, or one that could not be opened."""

from __future__ import annotations

import html

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


class LibraryProblemPage(QWidget):
    """A library that could not be opened: what happened and the two ways out.

    It replaces "Your library is empty", which a teacher read as "my lessons are gone"
    while the file was only unreadable and still untouched on disk.
    """

    restore_requested = Signal()
    open_other_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryProblemPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.reason = QLabel()
        self.reason.setObjectName("libraryProblemReason")
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(self.tr(
            "Nothing in the library folder was changed. Put back one of its backups, or open "
            "another library folder."))
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)
        self.open_button = QPushButton(self.tr("Open another library…"))
        self.open_button.setObjectName("openOtherLibraryButton")
        self.open_button.clicked.connect(self.open_other_requested)
        for widget in (self.title, self.reason, advice):
            widget.setWordWrap(True)
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        for button in (self.restore_button, self.open_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_problem(self, folder: str, reason: str) -> None:
        """Name the folder and say why its library could not be opened."""
        self.title.setText("<h2>{}</h2>".format(
            self.tr("The library in {folder} could not be opened").format(
                folder=html.escape(folder))))
        self.reason.setText(reason)
