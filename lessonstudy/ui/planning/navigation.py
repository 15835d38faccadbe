"""After creating something (a lesson, a version, a teaching), refresh and select it.

Planning views never reach into the main window's widgets; they broadcast the
change through the context and ask the window (if it offers ``select_node``)
to select the new node in the library tree, which opens its tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.context import AppContext


def refresh_and_select(context: AppContext, widget: QWidget,
                       predicate: Callable[[Any], bool]) -> None:
    """Broadcast a change, then select the first tree node matching ``predicate``."""
    window = widget.window()
    context.notify_changed()
    select = getattr(window, "select_node", None)
    if callable(select):
        select(predicate)


def is_version(version_id: int) -> Callable[[Any], bool]:
    return lambda node: isinstance(node, VersionRef) and node.id == version_id


def is_lesson(lesson_id: int) -> Callable[[Any], bool]:
    return lambda node: isinstance(node, LessonNode) and node.id == lesson_id


def is_teaching(teaching_id: int) -> Callable[[Any], bool]:
    return lambda node: isinstance(node, TeachingRef) and node.id == teaching_id
