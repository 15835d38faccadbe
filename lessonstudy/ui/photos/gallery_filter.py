"""Show one group's iBoards, or one segment's photos: a proxy over the gallery model.

At the conference the recorder looks for "Group B's board" or "what pupils
wrote in segment 5"; filtering in a proxy keeps the model a plain list and
lets the two filters combine.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from lessonstudy.ui.photos.gallery_model import GROUP_KEY_ROLE, SEGMENT_ROLE

ALL = None
NO_SEGMENT = 0


class PhotoFilterProxy(QSortFilterProxyModel):
    """Filters by group key (see ``group_key``; "" = no group) and by segment id (0 = none)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._group: str | None = ALL
        self._segment: int | None = ALL

    @property
    def group(self) -> str | None:
        return self._group

    @property
    def segment(self) -> int | None:
        return self._segment

    def set_group(self, key: str | None) -> None:
        """Only photos with this group key; ``None`` shows every group."""
        self._change(lambda: setattr(self, "_group", key))

    def set_segment(self, segment_id: int | None) -> None:
        """Only photos of this segment (``NO_SEGMENT`` for unlinked); ``None`` shows all."""
        self._change(lambda: setattr(self, "_segment", segment_id))

    def _change(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._group is not ALL and index.data(GROUP_KEY_ROLE) != self._group:
            return False
        return self._segment is ALL or index.data(SEGMENT_ROLE) == self._segment
