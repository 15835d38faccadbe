"""A batch of photos imported off the GUI thread, with a progress bar, cancel and a report.

Thirty 12 MP phone photos take a few seconds even on every core. The import
runs as an :class:`Operation` (the files are decoded in the imaging process
pool), the window stays usable, the progress dialog can cancel, and at the
end a results dialog lists every file that was refused and why. A clean
import only says so in the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.imaging import PhotoSettings
from lessonstudy.services.photo_import import check_target, import_photos
from lessonstudy.services.photo_records import ImportReport, ImportTarget
from lessonstudy.ui import messages, settings
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.photos.controller import GalleryController
from lessonstudy.ui.photos.import_results import ImportResultsDialog, summary_text
from lessonstudy.ui.photos.look import tr, trn
from lessonstudy.ui.photos.warm_pool import shared_batch


class ImportRun(QObject):
    """One import: the operation, its progress dialog, and what happens at the end."""

    done = Signal(object)  # ImportReport

    def __init__(self, controller: GalleryController, files: Sequence[Path], target: ImportTarget,
                 parent_widget: QWidget) -> None:
        super().__init__(controller)
        self.controller = controller
        self.files = list(files)
        self.target = target
        self.window = parent_widget.window()
        self.results_dialog: ImportResultsDialog | None = None
        self.progress = QProgressDialog(
            trn("Importing %n photo(s)…", len(self.files)), tr("Cancel"), 0,
            len(self.files), self.window)
        self.progress.setObjectName("photoImportProgress")
        self.progress.setWindowTitle(tr("Import photos"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a single photo never flashes a dialog
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        library, settings_now = controller.library, _photo_settings()
        self.operation = Operation(
            lambda progress, cancel: import_photos(
                library, target, self.files, settings=settings_now,
                batch=shared_batch(settings_now) if len(self.files) > 1 else None,
                progress=progress, cancel=cancel),
            with_progress=True, parent=self)
        self.operation.progressed.connect(self._progressed)
        self.operation.finished.connect(self._finished)
        self.operation.failed.connect(self._failed)
        self.progress.canceled.connect(self.operation.cancel)

    def start(self) -> None:
        self.controller.import_run = self
        self.progress.setValue(0)
        self.operation.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report: ImportReport) -> None:
        self._close_progress()
        self.controller.reload()
        self.controller.context.status.emit(summary_text(report))
        if report.failures or report.duplicates or report.cancelled:
            self.results_dialog = ImportResultsDialog(report, self.window)
            self.results_dialog.finished.connect(lambda _code: self._end(report))
            self.results_dialog.open()
        else:
            self._end(report)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.controller.import_run = None
        messages.show_error(self.window, error, tr("Import photos"))

    def _end(self, report: ImportReport) -> None:
        self.controller.import_run = None
        self.done.emit(report)
        if report.imported:  # other screens (conference evidence) list photos too
            self.controller.context.notify_changed(f"photos:{self.controller.teaching_id}")

    def _close_progress(self) -> None:
        self.progress.reset()
        self.progress.close()


def start_import(controller: GalleryController, files: Sequence[Path | str],
                 target: ImportTarget, parent_widget: QWidget) -> ImportRun | None:
    """Check the target at once (a clear message, no work), then import in the background."""
    paths = [Path(path) for path in files]
    if not paths:
        return None
    if controller.import_run is not None:
        messages.show_error(parent_widget, _busy_error())
        return None
    try:
        target = check_target(controller.library, target)
    except Exception as error:  # expected problems get a plain dialog, bugs the crash one
        messages.show_error(parent_widget, error, tr("Import photos"))
        return None
    run = ImportRun(controller, paths, target, parent_widget)
    run.start()
    return run


def _photo_settings() -> PhotoSettings:
    edge = settings.PHOTO_MAX_EDGE.get()
    return PhotoSettings(max_edge=edge if 320 <= edge <= 8192 else PhotoSettings().max_edge)


def _busy_error() -> LessonStudyError:
    return LessonStudyError(tr("Photos are still being imported; wait for that to finish."))
