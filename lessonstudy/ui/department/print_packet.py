""""Print packet…": ask where to save, build off the GUI thread with progress and Cancel.

A twenty-lesson packet takes a few seconds, so the build runs as an
:class:`~lessonstudy.ui.operations.Operation` with a progress dialog whose
Cancel sets the operation's cancel event; the build stops within one laid
out flowable and leaves no file behind (the service writes to a temporary
name and renames only a finished packet). The finished PDF opens in the
system viewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from lessonstudy.domain.department import DepartmentRow, date_range_text
from lessonstudy.domain.errors import OperationCancelled
from lessonstudy.domain.packet import PacketOptions
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.department.model import tr
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, open_file, remember_folder, suggested_path
from lessonstudy.ui.print_language import print_language_for


def suggested_name(rows: Sequence[DepartmentRow]) -> str:
    """"Debrief packet 2026-09-07 – 2026-11-20.pdf", without characters files cannot hold."""
    dates = date_range_text(r.date for r in rows).replace(" – ", " to ")
    stem = re.sub(r'[\\/:*?"<>|]+', "", f"Debrief packet {dates}").strip()
    return f"{stem}.pdf"


def open_in_viewer(path: Path) -> None:
    """The system's viewer; a failure is said in the window's status bar."""
    open_file(QApplication.activeWindow(), Path(path))


class PacketPrinter(QObject):
    """Runs one packet build at a time for a parent widget and reports how it went."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.operation: Operation | None = None
        self.dialog: QProgressDialog | None = None
        self.on_done: Callable[[Path], None] = open_in_viewer

    def choose_and_print(self, rows: Sequence[DepartmentRow], options: PacketOptions) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget, tr("Save the debrief packet"),
            suggested_path("packet", suggested_name(rows)), tr("PDF files (*.pdf)"))
        if chosen:
            remember_folder("packet", chosen)
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self.print(rows, options, path)

    def print(self, rows: Sequence[DepartmentRow], options: PacketOptions, path: Path) -> None:
        """Build the packet of ``rows`` into ``path`` in the background."""
        from lessonstudy.services.packet import write_packet

        if self.operation is not None and self.operation.running:
            return
        library, ids = self.context.library, [r.teaching_id for r in rows]
        language = print_language_for(library)

        def work(progress: Callable[[int, int], None], cancel: Any) -> object:
            return write_packet(library, ids, path, options, progress=progress, cancel=cancel,
                                language=language)

        self.operation = Operation(work, with_progress=True, parent=self)
        self.dialog = self._progress_dialog(len(rows))
        self.operation.progressed.connect(self._progressed)
        self.operation.finished.connect(self._finished)
        self.operation.failed.connect(self._failed)
        self.dialog.canceled.connect(self.operation.cancel)
        self.context.status.emit(tr("Writing the debrief packet…"))
        self.operation.start()

    def _progress_dialog(self, lessons: int) -> QProgressDialog:
        dialog = QProgressDialog(tr("Laying out {n} lesson(s)…").format(n=lessons),
                                 tr("Cancel"), 0, 1000, self.parent_widget)
        dialog.setObjectName("packetProgress")
        dialog.setWindowTitle(tr("Debrief packet"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total - 1))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: Any) -> None:
        self._close_dialog()
        pages = getattr(result, "pages", 0)
        announce_saved(self.parent_widget, Path(result.path),
                       tr("Debrief packet written: {path} ({pages} pages)")
                       .format(path=result.path, pages=pages))
        self.on_done(result.path)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        if isinstance(error, OperationCancelled):
            self.context.status.emit(tr("Packet cancelled; no file was written."))
            return
        show_error(self.parent_widget, error)
