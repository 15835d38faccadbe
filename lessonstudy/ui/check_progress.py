"""File → Check library's busy state: a bar in the status bar while the check runs.

Checking a 200-lesson library reads a database of a few hundred MB and may hash
thousands of photo files (the first check after an upgrade reads 4 GB). It runs off
the GUI thread (``Operation``); this bar shows that it is still working: it moves
without a count while the database is read, then counts the photos hashed, and it
goes away when the report is shown. The status bar's message says what runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QStatusBar


class CheckProgress(QProgressBar):
    """The status bar's progress of one library check (hidden when none runs)."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.setObjectName("checkProgress")
        self.setMaximumWidth(260)
        self.setTextVisible(True)
        self.hide()
        status_bar.addPermanentWidget(self)

    def begin(self) -> None:
        """A check started: busy, with no count yet."""
        self.setRange(0, 0)  # Qt draws a moving bar (and no text) for an unknown amount
        self.show()

    def show_progress(self, done: int, total: int) -> None:
        """``(0, 0)`` while the database is read; then photos hashed of those to hash."""
        if total <= 0:
            self.setRange(0, 0)
            return
        self.setRange(0, total)
        self.setValue(done)
        self.setFormat(self.tr("Photos checked: %v of %m"))

    def end(self) -> None:
        self.hide()
        self.reset()
