"""The gallery's Qt model: a thin adapter over a plain list of photo summaries.

Forty iBoard photos must open at once. The model holds metadata and the small
thumbnail JPEG bytes only; a thumbnail becomes a ``QPixmap`` the first time
the view asks to paint it, and stays cached, so photos scrolled past are
never decoded. Filtering is the proxy's job (``gallery_filter``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from lessonstudy.services.photo_records import PhotoSummary
from lessonstudy.ui.photos.look import tooltip, where_text

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 3

ICON_EDGE = 180
ModelIndex = QModelIndex | QPersistentModelIndex


def group_key(photo: PhotoSummary) -> str:
    """A filter key: "g:<id>" for an observer group, "l:<label>" for pupils, "" for none."""
    if photo.fields.group_id is not None:
        return f"g:{photo.fields.group_id}"
    return f"l:{photo.fields.group_label}" if photo.fields.group_label else ""


class PhotoListModel(QAbstractListModel):
    """One row per photo; thumbnails decoded lazily on first paint and cached."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoSummary] = []
        self._thumbnails: dict[int, bytes] = {}
        self._icons: dict[int, QIcon] = {}
        self.decoded = 0  # how many thumbnails were turned into pixmaps (for tests, tuning)

    def set_photos(self, photos: list[PhotoSummary], thumbnails: dict[int, bytes]) -> None:
        self.beginResetModel()
        unchanged = {pid for pid, data in thumbnails.items() if self._thumbnails.get(pid) == data}
        self._photos = list(photos)
        self._thumbnails = dict(thumbnails)
        self._icons = {pid: icon for pid, icon in self._icons.items() if pid in unchanged}
        self.endResetModel()

    def merge_photos(self, photos: list[PhotoSummary], fresh: dict[int, bytes]) -> None:
        """Show a newer read: ``fresh`` holds the thumbnails of new or changed photos only.

        New photos (phones, an import) go in as rows where they belong and changed ones
        are updated in place, so the view keeps its selection and scroll position; any
        other change (a photo gone, a new order) resets the model.
        """
        thumbnails = {p.id: fresh.get(p.id, self._thumbnails.get(p.id, b"")) for p in photos}
        new_ids = [p.id for p in photos]
        if not _in_order_within([p.id for p in self._photos], new_ids):
            self.set_photos(photos, thumbnails)
            return
        for row, photo in enumerate(photos):
            if row < len(self._photos) and self._photos[row].id == photo.id:
                self._update_row(row, photo, fresh.get(photo.id))
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._photos.insert(row, photo)
            self._thumbnails[photo.id] = thumbnails[photo.id]
            self.endInsertRows()

    def _update_row(self, row: int, photo: PhotoSummary, pixels: bytes | None) -> None:
        if pixels == self._thumbnails.get(photo.id):
            pixels = None  # e.g. only its caption changed: keep the decoded icon
        if photo == self._photos[row] and pixels is None:
            return
        self._photos[row] = photo
        if pixels is not None:
            self._thumbnails[photo.id] = pixels
            self._icons.pop(photo.id, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def revisions(self) -> dict[int, int]:
        """Photo id → revision shown, for the next read to fetch only what changed."""
        return {p.id: p.revision for p in self._photos}

    def update_photo(self, photo: PhotoSummary, thumbnail: bytes | None = None) -> None:
        """Replace one row's summary (and its thumbnail when the pixels changed)."""
        row = self.row_of(photo.id)
        if row is None:
            return
        self._photos[row] = photo
        if thumbnail is not None:
            self._thumbnails[photo.id] = thumbnail
            self._icons.pop(photo.id, None)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove_photo(self, photo_id: int) -> None:
        row = self.row_of(photo_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._photos[row]
        self._thumbnails.pop(photo_id, None)
        self._icons.pop(photo_id, None)
        self.endRemoveRows()

    def row_of(self, photo_id: int) -> int | None:
        return next((n for n, p in enumerate(self._photos) if p.id == photo_id), None)

    def photos(self) -> list[PhotoSummary]:
        return list(self._photos)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{_short(photo.title)}\n{where_text(photo)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(photo)
        if role == PHOTO_ROLE:
            return photo
        if role == GROUP_KEY_ROLE:
            return group_key(photo)
        if role == SEGMENT_ROLE:
            return photo.fields.segment_id or 0
        return None

    def _icon(self, photo_id: int) -> QIcon:
        icon = self._icons.get(photo_id)
        if icon is None:
            pixmap = QPixmap()
            if not pixmap.loadFromData(self._thumbnails.get(photo_id, b""), "JPEG"):
                pixmap = _placeholder()
            self.decoded += 1
            icon = self._icons[photo_id] = QIcon(pixmap)
        return icon


def _in_order_within(old: list[int], new: list[int]) -> bool:
    """Whether ``new`` is ``old`` with rows only added (none gone, none moved)."""
    remaining = iter(new)
    return len(set(new)) == len(new) and all(pid in remaining for pid in old)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _placeholder() -> QPixmap:
    pixmap = QPixmap(QSize(ICON_EDGE, ICON_EDGE * 3 // 4))
    pixmap.fill(QColor("#d6d6d6"))
    return pixmap
