""""Export notes…": every note of the teaching, one row per note, to a .csv or .xlsx file.

The same export as ``lessonstudy notes TEACHING --out FILE``
(:mod:`lessonstudy.services.notes_export`): the teacher picks a file name,
the export runs off the GUI thread (10,000 notes take about a second and a
half), and the status line says where it went. A refused path shows one
clear message and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from lessonstudy.storage.library import Library
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveLesson", text)


class ExportNotesButton(QPushButton):
    """Asks where to save, exports in the background, then reports the file and note count."""

    exported = Signal(str)

    def __init__(self, library: Library, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("E&xport notes…"), parent)
        self.setObjectName("exportNotesButton")
        self.setToolTip(tr("Save every note of this teaching as a spreadsheet "
                           "(.xlsx or .csv), one row per note"))
        self._library, self._teaching_id = library, teaching_id
        self.operation: Operation | None = None
        self.clicked.connect(self.choose_and_export)

    def choose_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx, csv = tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, tr("Export the notes"), str(Path(folder) / "notes.xlsx"), f"{xlsx};;{csv}")
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if chosen == csv else ".xlsx"
        self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the notes to ``path`` in the background."""
        from lessonstudy.services.notes_export import export_notes

        library, teaching = self._library, self._teaching_id
        self.setEnabled(False)
        self.operation = Operation(lambda: export_notes(library, teaching, path), parent=self)
        self.operation.finished.connect(self._done)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _done(self, result: object) -> None:
        self.setEnabled(True)
        notes, path = getattr(result, "notes", 0), getattr(result, "path", "")
        self.exported.emit(tr("Exported {n} notes to {path}.").format(n=notes, path=path))

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)
