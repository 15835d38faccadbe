"""Files given to the window: ``lessonstudy FILE``, a double-click, or a drop on the window.

Every way in ends in :meth:`FileOpener.open_file`, which asks the one Qt-free
rule (``exchange.file_kinds``) what the file is: bundles and lesson JSON go to
the import with its review (``window.exchange``), filled observation forms to the
form import. An unknown kind is one clear message and nothing is changed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent

from lessonstudy.exchange.file_kinds import SUFFIXES, FileKind, openable
from lessonstudy.ui.messages import show_error, show_info
from lessonstudy.ui.operations import Operation


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFiles", text)


def register(window: Any) -> None:
    window.file_opener = FileOpener(window)


class FileOpener(QObject):
    """Opens files for the window and accepts them dropped onto it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.operation: Operation | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if sys.platform == "darwin" and app is not None:
            # macOS hands a double-clicked .lsb to the running app as a FileOpen event,
            # not in argv. (Only there: an app-wide filter sees every event.)
            app.installEventFilter(self)

    def open_file(self, path: Path) -> None:
        """Import ``path`` into the open library, by its kind; problems are shown, not raised."""
        try:
            kind = openable(path)
        except Exception as error:
            show_error(self.window, error)
            return
        if not self.window.context.has_library:
            show_info(self.window, tr("Open a library first, then open {name} again.")
                      .format(name=path.name))
            return
        if kind is FileKind.FILLED_FORM:
            self._import_form(path)
        else:
            self.window.exchange.import_from(path)

    def _import_form(self, path: Path) -> None:
        from lessonstudy.services.form_import import import_filled_form

        library = self.window.context.library
        self.window.statusBar().showMessage(tr("Importing {name}…").format(name=path.name))
        self.operation = Operation(lambda: import_filled_form(library, path), parent=self)
        self.operation.finished.connect(self._form_imported)
        self.operation.failed.connect(lambda error: show_error(self.window, error))
        self.operation.start()

    def _form_imported(self, result: Any) -> None:
        self.window.context.notify_changed(f"teaching:{result.teaching_id}")
        self.window.statusBar().showMessage(result.summary(), 8000)
        self.window.select_node(
            lambda n: type(n).__name__ == "TeachingRef" and n.id == result.teaching_id)

    # -- drops -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            assert isinstance(event, QFileOpenEvent)
            path = Path(event.file())
            QTimer.singleShot(0, lambda: self.open_file(path))
            return True
        if event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if _dropped_files(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _dropped_files(event)
            if files:
                event.acceptProposedAction()
                self.open_file(files[0])
                return True
        return False


def _dropped_files(event: QDropEvent) -> list[Path]:
    """Local files of a kind we open (a drop of anything else is not accepted at all)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SUFFIXES]
