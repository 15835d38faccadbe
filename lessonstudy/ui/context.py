"""What every view shares: the open library, the undo group, and change broadcasts.

Views call services with ``context.library``; after a write they call
``context.notify_changed()`` and every view that shows library data refreshes
itself from the ``changed`` signal, so no widget reaches into another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

if TYPE_CHECKING:  # SQLAlchemy is imported only once the window has painted
    from lessonstudy.storage.library import Library


TREE_KINDS = frozenset({"library", "team", "cycle", "lesson", "version", "teaching"})


def affects_tree(what: str) -> bool:
    """True when a change of this kind can alter the library tree's labels or shape."""
    return what.split(":", 1)[0] in TREE_KINDS


class AppContext(QObject):
    """The open library plus the signals that keep views in step."""

    changed = Signal(str)
    library_opened = Signal()
    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self.undo_group = QUndoGroup(self)

    @property
    def library(self) -> Library:
        if self._library is None:
            raise RuntimeError("no library is open yet")
        return self._library

    @property
    def has_library(self) -> bool:
        return self._library is not None

    def set_library(self, library: Library) -> None:
        if self._library is not None:
            self._library.close()
        self._library = library
        self.library_opened.emit()
        self.changed.emit("library")

    def notify_changed(self, what: str = "library") -> None:
        """Broadcast that stored data changed.

        ``what`` narrows it as ``kind`` or ``kind:id``: ``library`` (anything may have
        changed), ``team``, ``cycle``, ``lesson``, ``version`` or ``teaching`` (the library
        tree refreshes), or narrower kinds such as ``notes:2``, ``photos:2``,
        ``conference:2``, ``observers:2`` that only the views showing them act on.
        """
        self.changed.emit(what)

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
