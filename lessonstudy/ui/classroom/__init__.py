"""The classroom on the page: map tabs, predictions, tallies (the live map lives in live_tab).

``register(window)`` adds a "Classroom" tab to lessons (their default room) and
teachings (the room as it was), a "Predictions" tab to versions and a
"Tallies" tab to teachings.
"""

from __future__ import annotations

from typing import Any

_registered = False


def register(window: Any) -> None:
    from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
    from lessonstudy.ui.classroom.tabs import (
        classroom_title,
        lesson_classroom_tab,
        predictions_tab,
        predictions_title,
        tallies_tab,
        tallies_title,
        teaching_classroom_tab,
    )
    from lessonstudy.ui.detail_pane import register_tab

    global _registered
    if _registered:  # the pane's registry is per process, windows may be many
        return
    here = "lessonstudy.ui.classroom."
    register_tab(LessonNode, lesson_classroom_tab, title=classroom_title,
                 widget=here + "editor.MapEditor")
    register_tab(VersionRef, predictions_tab, title=predictions_title,
                 widget=here + "predictions_view.PredictionsView")
    register_tab(TeachingRef, teaching_classroom_tab, title=classroom_title,
                 widget=here + "editor.MapEditor")
    register_tab(TeachingRef, tallies_tab, title=tallies_title,
                 widget=here + "tallies_view.TalliesView")
    _registered = True
