"""Opening a search hit: select its lesson or teaching, show the right tab, pick the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lessonstudy.services.records import LessonNode, TeachingRef
from lessonstudy.services.search import SearchHit


def _tab_kind(kind: str) -> type[QWidget] | None:
    """The tab that shows each kind of record of a teaching (imported when a hit opens)."""
    if kind == "note":
        from lessonstudy.ui.live.live_tab import LiveLessonTab

        return LiveLessonTab
    if kind in ("feedback", "agenda"):
        from lessonstudy.ui.conference.tab import ConferenceTab

        return ConferenceTab
    if kind == "key_idea":
        from lessonstudy.ui.photos.photos_tab import PhotosTab

        return PhotosTab
    return None


def open_hit(window: Any, hit: SearchHit) -> bool:
    """Show the record in the window; False if its lesson or teaching is no longer there."""
    if hit.teaching_id is not None:
        found = window.select_node(lambda n: isinstance(n, TeachingRef)
                                   and n.id == hit.teaching_id)
    else:
        found = window.select_node(lambda n: isinstance(n, LessonNode) and n.id == hit.lesson_id)
    if not found:
        return False
    kind = _tab_kind(hit.kind)
    tab = window.detail.widget_of(kind, show=True) if kind is not None else None
    if hit.kind == "note" and tab is not None:
        _select_note(tab, hit.record_id)
    return True


def _select_note(tab: Any, note_id: int) -> None:
    panel = tab.notes_panel

    def select() -> None:
        index = panel.model.index_of(note_id)
        if index.isValid():
            panel.tree.setCurrentIndex(index)
            panel.tree.scrollTo(index)
            panel.tree.setFocus()

    def once() -> None:
        panel.notes_shown.disconnect(once)
        select()

    if panel.loading:
        panel.notes_shown.connect(once)  # the tab was just built: its notes are on the way
    else:
        select()
