"""What "fits a 1024×768 laptop" means, as checks a test can run on any window or dialog.

An enabled control the teacher cannot see, or a button too narrow for its
words, is a layout bug. Controls inside a scroll area may lie outside the
window (scrolling reaches them); controls a toolbar moved into its overflow
menu are hidden, so they are not checked.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) or isinstance(
                parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled() and widget.width() > 0


def layout_problems(top: QWidget) -> list[str]:
    """Enabled controls outside ``top`` or narrower than their text."""
    problems: list[str] = []
    frame = QRect(0, 0, top.width(), top.height())
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not _shown(widget, top):
            continue
        if widget.window() is not top:
            continue
        name = widget.objectName() or type(widget).__name__
        label = widget.text() if isinstance(widget, QAbstractButton) else ""
        where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if not _scrolled(widget, top) and not frame.contains(where):
            problems.append(f"{name} {label!r} lies outside the window at {where.getRect()}")
        if isinstance(widget, QAbstractButton) and label and widget.icon().isNull():
            needed = widget.fontMetrics().horizontalAdvance(label.replace("&", "")) + 4
            if widget.width() < needed:
                problems.append(f"{name} {label!r} is {widget.width()} px, its text needs "
                                f"{needed}")
    return problems
