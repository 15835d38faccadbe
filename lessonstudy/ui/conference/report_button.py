""""Conference report…": ask where to save, build the PDF off the GUI thread, open it.

Building a report with two dozen photos takes a fraction of a second, but
reading photos from a shared server may not; the build therefore runs as an
:class:`~lessonstudy.ui.operations.Operation` and the button stays disabled
until it finishes. The finished PDF opens in the system's viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from lessonstudy.storage.library import Library
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, open_file, remember_folder, suggested_path
from lessonstudy.ui.print_language import print_language_for


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


class ReportButton(QPushButton):
    """Saves the teaching's conference report where the teacher chooses, then opens it."""

    def __init__(self, library: Library, teaching_id: int, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Conference report…"), parent)
        self.setObjectName("reportButton")
        self._library, self._teaching_id = library, teaching_id
        self._suggested = suggested_name
        self.operation: Operation | None = None
        self.open_when_done = True
        self.clicked.connect(self.choose_and_build)

    def choose_and_build(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the conference report"), suggested_path("report", self._suggested),
            tr("PDF files (*.pdf)"))
        if path:
            remember_folder("report", path)
            self.build(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def build(self, path: Path) -> None:
        """Write the report to ``path`` in the background."""
        from lessonstudy.services.report import write_conference_report

        library, teaching = self._library, self._teaching_id
        language = print_language_for(library)
        self.setEnabled(False)
        self.operation = Operation(
            lambda: write_conference_report(library, teaching, path, language=language),
            parent=self)
        self.operation.finished.connect(self._built)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _built(self, result: object) -> None:
        self.setEnabled(True)
        path = getattr(result, "path", None)
        if path is not None:
            announce_saved(self, Path(path))
        if self.open_when_done and path is not None:
            open_file(self, Path(path))

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)


def suggested_file_name(lesson_title: str, when: str) -> str:
    """"Conference report - Discovering Pythagoras - 2026-11-03.pdf"."""
    text = f"Conference report - {lesson_title} - {when}".strip(" -")
    stem = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return f"{stem[:100].rstrip('. ')}.pdf"
