"""File → Open library…, Recent libraries and Restore from backup…: which library the window shows.

A department keeps one library per team or per year, on a laptop or a USB stick;
switching must not need the command line. Opening (checks, maybe a migration) and
restoring run off the GUI thread; the window only swaps in the new library once
it opened, so a refused folder or backup leaves the window on the library it had.
The folders opened are remembered (``settings.RECENT_LIBRARIES``), the last one is
opened at the next start (``settings.LAST_DATA_DIR``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from lessonstudy.paths import DB_FILE_NAME, LibraryLocation, resolve_location
from lessonstudy.ui import settings
from lessonstudy.ui.messages import confirm, show_error
from lessonstudy.ui.operations import Operation

MAX_RECENT = 8


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate in the "LibrarySwitch" context; ``n`` fills "%n" plurals."""
    return QCoreApplication.translate("LibrarySwitch", text, disambiguation, n)


def register(window: Any) -> None:
    window.library_switch = LibrarySwitch(window)


def recent_libraries() -> list[Path]:
    """Folders opened before, newest first (ones that no longer exist are left out)."""
    lines = settings.RECENT_LIBRARIES.get().splitlines()
    return [Path(line) for line in lines if line.strip() and Path(line).is_dir()]


def remember_library(folder: Path) -> None:
    """Put ``folder`` first in the recent list and make it the one opened next time."""
    others = [p for p in recent_libraries() if p != folder]
    settings.RECENT_LIBRARIES.set("\n".join(str(p) for p in [folder, *others][:MAX_RECENT]))
    settings.LAST_DATA_DIR.set(str(folder))


def folder_location(folder: Path) -> LibraryLocation:
    """The library in ``folder`` itself (not a shared server set elsewhere)."""
    folder = Path(folder).expanduser().resolve()
    return resolve_location(folder, f"sqlite:///{folder / DB_FILE_NAME}")


class LibrarySwitch:
    """The three File menu entries and the operations behind them."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.operation: Operation | None = None
        menu: QMenu = window.menu("file")
        first = menu.actions()[0] if menu.actions() else None
        self.open_action = QAction(tr("&Open library…"), window)
        self.open_action.setObjectName("actionOpenLibrary")
        self.open_action.setShortcut("Ctrl+O")
        self.open_action.triggered.connect(self.choose_folder)
        self.recent_menu = QMenu(tr("&Recent libraries"), window)
        self.recent_menu.setObjectName("menuRecentLibraries")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.restore_action = QAction(tr("Restore from &backup…"), window)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(self.choose_backup)
        menu.insertAction(first, self.open_action)  # type: ignore[arg-type]
        menu.insertMenu(first, self.recent_menu)  # type: ignore[arg-type]
        menu.insertAction(first, self.restore_action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self._fill_recent()

    # -- open ----------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, tr("Open library folder"), str(self.window.location.data_dir))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> None:
        """Switch the window to the library in ``folder`` (created there if it is empty)."""
        from lessonstudy.storage.library import Library

        location = folder_location(folder)
        self._start(lambda: Library.open(location),
                    lambda library: self._switched(library, location),
                    tr("Opening the library in {folder}…").format(folder=location.data_dir))

    def _switched(self, library: Any, location: LibraryLocation) -> None:
        self.window.location = location
        self.window.context.set_library(library)
        remember_library(location.data_dir)
        self._fill_recent()
        self.window.statusBar().showMessage(
            tr("Opened the library in {folder}").format(folder=location.data_dir), 8000)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.window.location.data_dir
        for folder in recent_libraries():
            action = self.recent_menu.addAction(str(folder))
            action.setEnabled(folder != current)
            action.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- restore -------------------------------------------------------------------
    def choose_backup(self) -> None:
        location = self.window.location
        if location.db_path is None:
            show_error(self.window, _server_error())
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("Restore from backup"), str(location.backup_dir),
            tr("Library backups (*.db)"))
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path) -> None:
        """Check ``backup``, ask, then put it back (the current library is backed up first)."""
        from lessonstudy.storage.restore import summarise_backup, summarise_library

        location = self.window.location
        try:
            incoming = summarise_backup(backup)
            current = summarise_library(location)
        except Exception as error:
            show_error(self.window, error)
            return
        if not confirm(self.window, self._question(location, current, incoming),
                       tr("Restore from backup")):
            return
        self._start(lambda: _restore_and_open(location, backup), self._restored,
                    tr("Restoring {name}…").format(name=backup.name))

    def _question(self, location: LibraryLocation, current: Any, incoming: Any) -> str:
        when = incoming.changed_at.strftime("%Y-%m-%d %H:%M")
        text = tr("Put back the backup {name} from {when} ({lessons}, {teachings})?").format(
            name=incoming.path.name, when=when, lessons=_lessons(incoming.lessons),
            teachings=_teachings(incoming.teachings))
        if current is None:
            return text
        if current.lessons < 0:
            now = tr("It replaces the damaged library in {folder}.")
        else:
            now = tr("It replaces the library in {folder}, which has {lessons} and {teachings} "
                     "now.")
        return (text + "\n\n" + now.format(folder=location.data_dir,
                                            lessons=_lessons(current.lessons),
                                            teachings=_teachings(current.teachings))
                + "\n\n" + tr("A backup of the current library is kept first in {folder}.")
                .format(folder=location.backup_dir))

    def _restored(self, outcome: tuple[Any, Any]) -> None:
        result, library = outcome
        self.window.context.set_library(library)
        kept = result.kept_backup
        message = tr("Restored {name}.").format(name=result.restored.path.name)
        if kept is not None:
            message += " " + tr("The library it replaced was kept as {path}.").format(path=kept)
        if result.missing_photos:
            message += " " + tr("Photo files it names that are missing from the photos folder: "
                                "%n (File → Check library lists them).", None,
                                result.missing_photos)
        self.window.statusBar().showMessage(message, 15000)

    def _start(self, work: Any, done: Any, status: str) -> None:
        if self.operation is not None and self.operation.running:
            return
        self.window.statusBar().showMessage(status)
        self.operation = Operation(work, parent=self.window)
        self.operation.finished.connect(done)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _failed(self, error: Exception) -> None:
        """Refused: the window keeps the library it had, and says nothing is opening."""
        self.window.statusBar().clearMessage()
        show_error(self.window, error)


def _lessons(count: int) -> str:
    return tr("%n lesson(s)", None, count)


def _teachings(count: int) -> str:
    return tr("%n teaching(s)", None, count)


def _restore_and_open(location: LibraryLocation, backup: Path) -> tuple[Any, Any]:
    from lessonstudy.storage.library import Library
    from lessonstudy.storage.restore import restore_backup

    result = restore_backup(location, backup)
    return result, Library.open(location)


def _server_error() -> Exception:
    from lessonstudy.domain.errors import StorageError

    return StorageError(tr("A server database is restored on the server (ask whoever runs "
                           "it); Lesson Study restores only library folders."))
