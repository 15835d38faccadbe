"""Live lesson mode: the segment clock, the projector view and quick observation notes.

``register(window)`` adds the "Live lesson" tab to every teaching and a View
menu action that opens the projector view for the selected teaching.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.detail_pane import register_tab
from lessonstudy.ui.messages import show_error

_tab_registered = False


def register(window: Any) -> None:
    from lessonstudy.ui.live.controller import controller_for
    from lessonstudy.ui.live.live_tab import live_lesson_tab, live_lesson_title
    from lessonstudy.ui.live.look import tr
    from lessonstudy.ui.live.projector import show_projector

    global _tab_registered
    if not _tab_registered:  # the pane's registry is per process, windows may be many
        register_tab(TeachingRef, live_lesson_tab, title=live_lesson_title,
                     widget="lessonstudy.ui.live.live_tab.LiveLessonTab")
        _tab_registered = True

    def open_projector() -> None:
        node = window.selected_node()
        if not isinstance(node, TeachingRef):
            show_error(window, LessonStudyError(
                tr("Select a teaching in the library first, then open its projector view.")))
            return
        try:
            show_projector(controller_for(window.context, node.id), window)
        except LessonStudyError as error:
            show_error(window, error)

    window.add_action("view", tr("&Projector view of the live lesson"), open_projector,
                      "Ctrl+Shift+J", name="actionProjector")
