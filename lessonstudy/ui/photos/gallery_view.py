"""The thumbnail grid: an icon-mode list view that also takes photo files dropped on it.

Recorders drag a folder's worth of photos from the file manager straight
onto the gallery; the view only recognises local files and hands their
paths on, and says what to do when the gallery is empty.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from lessonstudy.ui.photos.gallery_model import ICON_EDGE
from lessonstudy.ui.photos.look import tr


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """Local files (not folders, not web links) carried by a drag."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and not Path(url.toLocalFile()).is_dir()]


class GalleryView(QListView):
    """Thumbnails in a wrapping grid; files dropped on it are offered for import."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGallery")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # A 4:3 box: landscape boards fill it, portrait ones shrink to its height, so
        # every cell has the same size and the captions line up.
        self.setIconSize(QSize(ICON_EDGE, ICON_EDGE * 3 // 4))
        self.setGridSize(QSize(ICON_EDGE + 28, ICON_EDGE * 3 // 4 + 50))
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragEnabled(False)
        self.empty_text = tr("No photos yet.\nDrop iBoard photos here, or click “Import photos…”.")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
