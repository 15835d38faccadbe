"""The "Observer groups" tab of a teaching: focus areas, groups, observers, roster, assignment.

``register(window)`` is listed in :mod:`lessonstudy.ui.features`; it adds the
tab for every teaching in the library tree.
"""

from __future__ import annotations

from typing import Any


def register(_window: Any) -> None:
    from lessonstudy.services.records import TeachingRef
    from lessonstudy.ui.detail_pane import register_tab
    from lessonstudy.ui.observers.board import observer_groups_tab, observer_groups_title

    register_tab(TeachingRef, observer_groups_tab, title=observer_groups_title,
                 widget="lessonstudy.ui.observers.board.ObserverBoard")
