"""Lessons between machines in the window: File → Export lesson bundle…, Import…, Shared server….

Export and import run off the GUI thread as :class:`Operation`s; after an
import every view refreshes through ``context.notify_changed()`` and records
changed on both sides open in a review window. The shared-server setting
(``settings.SERVER_URL``) is applied at start-up by ``application.db_url_for_gui``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from lessonstudy.services.records import LessonNode
from lessonstudy.ui.input_folders import BUNDLE, remember_picked, start_folder
from lessonstudy.ui.messages import show_error, show_info
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, remember_folder, suggested_path
from lessonstudy.ui.settings import SERVER_URL


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def register(window: Any) -> None:
    window.exchange = ExchangeActions(window)


class ExchangeActions:
    """The File menu actions and the operations they start."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.operation: Operation | None = None
        self.review: Any = None
        menu = "file"
        window.add_action(menu, tr("E&xport lesson bundle…"), self.export_lesson,
                          name="actionExportBundle")
        window.add_action(menu, tr("&Import lesson…"), self.import_file,
                          name="actionImportLesson")
        window.add_action(menu, tr("Shared &server…"), self.choose_server,
                          name="actionSharedServer", needs_library=False)

    # -- export ------------------------------------------------------------------
    def export_lesson(self) -> None:
        node = self.window.selected_node()
        if not isinstance(node, LessonNode):
            show_info(self.window, tr("Select a lesson in the library first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export lesson bundle"),
            suggested_path("bundle", f"{node.title[:60]}.lsb"),
            tr("Lesson bundles (*.lsb)"))
        if name:
            remember_folder("bundle", name)
            self.export_to(node.id, Path(name).with_suffix(".lsb"))

    def export_to(self, lesson_id: int, path: Path) -> None:
        from lessonstudy.exchange.bundle import export_bundle

        library = self.window.context.library
        self._start(lambda: export_bundle(library, lesson_id, path), self._exported,
                    tr("Exporting the lesson…"))

    def _exported(self, summary: Any) -> None:
        text = tr("Exported '{title}' to {path}").format(title=summary.title, path=summary.path)
        announce_saved(self.window, Path(summary.path), text)  # with Open / Show in folder
        self.window.statusBar().showMessage(text, 8000)

    # -- import ------------------------------------------------------------------
    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import lesson"), start_folder(BUNDLE),
            tr("Lesson bundles and lesson files (*.lsb *.json)"))
        remember_picked(BUNDLE, name)
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        from lessonstudy.exchange.bundle import import_bundle
        from lessonstudy.exchange.lesson_json import import_lesson_json

        importer = import_bundle if path.suffix.lower() == ".lsb" else import_lesson_json
        library = self.window.context.library
        self._start(lambda: importer(library, path), self._imported,
                    tr("Importing {name}…").format(name=path.name))

    def _imported(self, result: Any) -> None:
        from lessonstudy.ui.exchange.review_dialog import ReviewDialog

        self.window.context.notify_changed()
        self.window.statusBar().showMessage(
            tr("Imported '{title}': {added} added, {updated} updated.").format(
                title=result.title, added=result.added, updated=result.updated), 8000)
        if result.conflicts or result.remarks:
            self.review = ReviewDialog(result, self.window)
            self.review.show()

    def _start(self, work: Any, done: Any, status: str) -> None:
        if self.operation is not None and self.operation.running:
            show_info(self.window, tr("Please wait: the last import or export is still running."))
            return
        self.window.statusBar().showMessage(status)
        self.operation = Operation(work, parent=self.window)
        self.operation.finished.connect(done)
        self.operation.failed.connect(lambda error: show_error(self.window, error))
        self.operation.start()

    # -- shared server -------------------------------------------------------------
    def choose_server(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, tr("Shared server"),
            tr("Database URL of the school's server, e.g.\n"
               "postgresql+psycopg://teacher@server/lessonstudy\n"
               "Leave empty to use this computer's library."),
            QLineEdit.EchoMode.Normal, SERVER_URL.get())
        if ok:
            self.switch_to(url.strip())

    def switch_to(self, url: str) -> None:
        from lessonstudy.paths import resolve_location
        from lessonstudy.storage.library import Library

        location = resolve_location(self.window.location.data_dir, url or None)
        self._start(lambda: Library.open(location),
                    lambda library: self._switched(library, location, url),
                    tr("Connecting…"))

    def _switched(self, library: Any, location: Any, url: str) -> None:
        from lessonstudy.storage.server_password import remember_password, split_password

        safe, password = split_password(url)
        if password:  # into PostgreSQL's password file, never into the settings
            remember_password(url)
        SERVER_URL.set(safe)
        self.window.location = location
        self.window.context.set_library(library)
