"""The department view feature: View → Department view (Ctrl+Shift+D) opens its window.

One window per main window, created on first use and raised afterwards; it
closes with the main window. See :mod:`lessonstudy.ui.department.view`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from lessonstudy.ui.department.view import DepartmentView

SHORTCUT = "Ctrl+Shift+D"


def tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentView", text)


def open_department_view(window: Any) -> DepartmentView | None:
    """Show (creating on first use) the department view of ``window``'s library."""
    from lessonstudy.ui.department.view import DepartmentView
    from lessonstudy.ui.messages import show_info

    if not window.context.has_library:
        show_info(window, tr("Open a library first."))
        return None
    view = getattr(window, "department_view", None)
    if view is None:
        view = DepartmentView(window.context, window)
        window.department_view = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def register(window: Any) -> None:
    window.add_action("view", tr("&Department view…"), lambda: open_department_view(window),
                      QKeySequence(SHORTCUT), name="actionDepartmentView")
