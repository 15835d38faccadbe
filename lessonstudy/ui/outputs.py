"""Files the app writes: where to suggest saving them, and what to say once they are saved.

Each kind of output (a lesson plan, a conference report, a packet, a group
list) remembers its own folder, so the save dialog opens where the team keeps
those files instead of wherever the last dialog happened to be. After a save
the window's status bar says so, with "Open" and "Show in folder"; a viewer
that cannot be launched is reported in the window, not on a hidden terminal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from lessonstudy.ui import settings

NOTICE_MS = 20000


def tr(text: str) -> str:
    return QCoreApplication.translate("Outputs", text)


def suggested_path(kind: str, file_name: str) -> str:
    """``file_name`` in the folder this kind of output was last saved to (or Documents)."""
    folder = settings.output_folder_setting(kind).get()
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / file_name)


def remember_folder(kind: str, path: Path | str) -> None:
    settings.output_folder_setting(kind).set(str(Path(path).parent))


def open_file(widget: QWidget | None, path: Path) -> bool:
    """Open ``path`` in the system's viewer; a failure is said in the window's status bar."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    notice = _notice(widget)
    if notice is not None:
        notice.show_saved(path, tr("No program could open {name}. It is saved in {folder}.")
                          .format(name=path.name, folder=path.parent))
    return False


def announce_saved(widget: QWidget | None, path: Path, text: str | None = None) -> None:
    """Say in the window's status bar that ``path`` was saved, with Open and Show in folder."""
    notice = _notice(widget)
    if notice is not None:
        notice.show_saved(path, text or tr("Saved {name}").format(name=path.name))


def _notice(widget: QWidget | None) -> SavedNotice | None:
    window = widget.window() if widget is not None else None
    while window is not None:
        found = window.findChild(SavedNotice)
        if found is not None:
            return found
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None


class SavedNotice(QWidget):
    """A status-bar strip: what was saved, and buttons to open it or its folder."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.setObjectName("savedNotice")
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setObjectName("savedNoticeText")
        self.open_button = self._button("savedOpen", tr("Open"), self.open_saved)
        self.folder_button = self._button("savedShowFolder", tr("Show in folder"),
                                          self.show_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        status_bar.addWidget(self, 1)
        self.hide()

    def _button(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.clicked.connect(slot)
        return button

    def show_saved(self, path: Path, text: str) -> None:
        self.path = path
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()
        self._timer.start(NOTICE_MS)

    def open_saved(self) -> None:
        if self.path is not None:
            open_file(self, self.path)

    def show_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
