"""iBoard photo notes: a "Photos" tab on every teaching, with import, gallery and viewer.

``register(window)`` adds the tab and a File menu action that imports photos
into the selected teaching (the same as the tab's "Import photos…" button).
"""

from __future__ import annotations

from typing import Any

from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.detail_pane import register_tab

_tab_registered = False


def register(window: Any) -> None:
    from lessonstudy.ui.photos.look import tr
    from lessonstudy.ui.photos.photos_tab import PhotosTab, photos_tab, photos_title

    global _tab_registered
    if not _tab_registered:  # the pane's registry is per process, windows may be many
        register_tab(TeachingRef, photos_tab, title=photos_title,
                     widget="lessonstudy.ui.photos.photos_tab.PhotosTab")
        _tab_registered = True

    def import_photos() -> None:
        from lessonstudy.domain.errors import LessonStudyError
        from lessonstudy.ui import messages

        node = window.selected_node()
        if not isinstance(node, TeachingRef):
            messages.show_error(window, LessonStudyError(
                tr("Select a teaching in the library first, then import its photos.")))
            return
        tab = window.detail.widget_of(PhotosTab, show=True)
        if tab is not None:
            tab.choose_files()

    window.add_action("file", tr("Import &photos…"), import_photos, "Ctrl+Shift+P",
                      name="actionImportPhotos")
