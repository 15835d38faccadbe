"""Find in library (Ctrl+F): every note, feedback item, key idea, action, plan and lesson.

``register(window)`` adds the search dock and the Edit menu action. Ctrl+F
first offers the search of the list that has the focus (a teaching's notes);
pressed again, or anywhere else, it opens the library-wide search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def register(window: Any) -> None:
    from lessonstudy.ui.search.dock import SearchDock, tr

    dock = SearchDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    window.search_dock = dock

    def find() -> None:
        if not _focused_list_searched(QApplication.focusWidget()):
            dock.open_search()

    window.add_action("edit", tr("&Find in library…"), find, QKeySequence.StandardKey.Find,
                      name="actionFind")


def _focused_list_searched(widget: QWidget | None) -> bool:
    """Let the focused list (or one of its parents) take Ctrl+F for its own search box."""
    while widget is not None:
        focus_search = getattr(widget, "focus_search", None)
        if callable(focus_search):
            return bool(focus_search())
        widget = widget.parentWidget()
    return False
