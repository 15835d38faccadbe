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
        lesson_classroom_tab,
        predictions_tab,
        tallies_tab,
        teaching_classroom_tab,
    )
    from lessonstudy.ui.detail_pane import register_tab

    global _registered
    if _registered:  # the pane's registry is per process, windows may be many
        return
    register_tab(LessonNode, lesson_classroom_tab)
    register_tab(VersionRef, predictions_tab)
    register_tab(TeachingRef, teaching_classroom_tab)
    register_tab(TeachingRef, tallies_tab)
    _registered = True
