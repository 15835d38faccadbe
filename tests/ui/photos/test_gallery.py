"""The Photos tab as a recorder uses it: filter, open a photo, transcribe, undo, fix pixels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon
from sqlalchemy import select

from lessonstudy.services.photo_import import import_photos
from lessonstudy.services.photo_records import ImportTarget
from lessonstudy.services.photos import get_photo, photo_image
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.photos.photos_tab import PhotosTab
from lessonstudy.ui.photos.viewer import PhotoViewer
from tests.photo_support import phone_photo

TEACHING = 2  # demo: three iBoards of Groups A-C in segment 5 (id 14)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the user would have seen (instead of modal dialogs)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    return shown


@pytest.fixture
def context(demo_library: Library, tmp_path: Path) -> Iterator[AppContext]:
    """The demo plus a Group B photo in segment 3 and a pupils' "Table 3" photo, unlinked."""
    import_photos(demo_library, ImportTarget(TEACHING, group_id=2, segment_id=12),
                  [phone_photo(tmp_path, "IMG_B3.jpg", shade=1)])
    import_photos(demo_library, ImportTarget(TEACHING, group_label="Table 3"),
                  [phone_photo(tmp_path, "IMG_T3.jpg", orientation=6, shade=2)])
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def tab(qtbot, context: AppContext) -> PhotosTab:  # type: ignore[no-untyped-def]
    widget = PhotosTab(context, TEACHING)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    return widget


def shown_names(tab: PhotosTab) -> list[str]:
    proxy = tab.controller.proxy
    return sorted(proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).original_name
                  for row in range(proxy.rowCount()))


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_group_and_segment_filters_combine(tab: PhotosTab) -> None:
    assert tab.count_label.text() == "5 photo(s)"
    choose(tab.group_filter, "Group B")
    assert shown_names(tab) == ["IMG_B3.jpg", "iboard-2.png"]
    choose(tab.segment_filter, "3. Pair work: predict the pattern")
    assert shown_names(tab) == ["IMG_B3.jpg"]
    assert tab.count_label.text() == "1 of 5 photos"
    assert tab.import_target() == ImportTarget(TEACHING, group_id=2, segment_id=12)
    assert "Group B · 3. Pair work" in tab.target_label.text()
    choose(tab.group_filter, "All groups")
    choose(tab.segment_filter, "5. iBoard writing: our conjecture")
    assert shown_names(tab) == ["iboard-1.png", "iboard-2.png", "iboard-3.png"]
    choose(tab.segment_filter, "No segment")
    assert shown_names(tab) == ["IMG_T3.jpg"]
    choose(tab.segment_filter, "All segments")
    choose(tab.group_filter, "Pupils: Table 3")
    assert shown_names(tab) == ["IMG_T3.jpg"]
    assert tab.import_target() == ImportTarget(TEACHING, group_label="Table 3")


def test_filters_survive_the_tab_being_rebuilt(qtbot, tab: PhotosTab,  # type: ignore[no-untyped-def]
                                               context: AppContext) -> None:
    choose(tab.group_filter, "Group C")
    again = PhotosTab(context, TEACHING)
    qtbot.addWidget(again)
    assert again.group_filter.currentText() == "Group C"
    assert shown_names(again) == ["iboard-3.png"]


def test_thumbnails_are_decoded_only_when_painted_and_then_cached(qtbot, tab: PhotosTab) -> None:  # type: ignore[no-untyped-def]
    model = tab.controller.model
    assert model.decoded == 0
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: model.decoded == 5)
    first: QIcon = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).cacheKey() == first.cacheKey()
    assert model.decoded == 5
    size = first.availableSizes()[0]
    assert max(size.width(), size.height()) == 320


def open_viewer(qtbot, tab: PhotosTab, name: str) -> PhotoViewer:  # type: ignore[no-untyped-def]
    proxy = tab.controller.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).original_name == name)
    viewer = tab.open_viewer(proxy.index(row, 0))
    assert viewer is not None
    qtbot.addWidget(viewer)
    return viewer


def ideas_in_db(library: Library, photo_id: int) -> dict[int, str]:
    with library.unit_of_work() as session:
        rows = session.scalars(select(KeyIdea).where(KeyIdea.photo_id == photo_id))
        return {idea.position: idea.text for idea in rows}


def test_key_ideas_are_stored_on_enter_and_undone(qtbot, tab: PhotosTab,  # type: ignore[no-untyped-def]
                                                  demo_library: Library, errors: list[str]) -> None:
    viewer = open_viewer(qtbot, tab, "IMG_B3.jpg")
    photo_id = viewer.photo_id
    second = viewer.details.ideas[1]
    second.setText("學生用自己的說話解釋勾股定理")  # never keyClicks for Chinese
    qtbot.keyClick(second, Qt.Key.Key_Return)
    viewer.details.ideas[3].setText("More time for proof")
    qtbot.keyClick(viewer.details.ideas[3], Qt.Key.Key_Return)
    assert ideas_in_db(demo_library, photo_id) == {
        2: "學生用自己的說話解釋勾股定理", 4: "More time for proof"}
    stack = tab.controller.undo_stack
    assert stack.count() == 2 and stack.undoText() == "Edit key ideas"
    stack.undo()
    assert ideas_in_db(demo_library, photo_id) == {2: "學生用自己的說話解釋勾股定理"}
    assert viewer.details.ideas[3].text() == ""
    stack.undo()
    assert ideas_in_db(demo_library, photo_id) == {}
    stack.redo()
    assert ideas_in_db(demo_library, photo_id) == {2: "學生用自己的說話解釋勾股定理"}
    assert viewer.details.ideas[1].text() == "學生用自己的說話解釋勾股定理"
    row = tab.controller.model.row_of(photo_id)
    tip = tab.controller.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert "Key ideas:\n2. 學生用自己的說話解釋勾股定理" in tip
    assert errors == []


def test_caption_and_group_edits_are_stored_and_undone(qtbot, tab: PhotosTab,  # type: ignore[no-untyped-def]
                                                       demo_library: Library) -> None:
    viewer = open_viewer(qtbot, tab, "IMG_T3.jpg")
    photo_id = viewer.photo_id
    viewer.details.caption.setText("Table 3 measured the squares")
    qtbot.keyClick(viewer.details.caption, Qt.Key.Key_Return)
    choose(viewer.details.group, "Group A")
    viewer.details.group.activated.emit(viewer.details.group.currentIndex())
    stored = get_photo(demo_library, photo_id)
    assert (stored.caption, stored.group_name, stored.fields.group_label) == (
        "Table 3 measured the squares", "Group A", "")
    tab.controller.undo_stack.undo()
    stored = get_photo(demo_library, photo_id)
    assert (stored.group_name, stored.fields.group_label) == ("", "Table 3")
    assert viewer.details.group.currentText() == "Pupils' group (label)"
    tab.controller.undo_stack.undo()
    assert get_photo(demo_library, photo_id).caption == ""


def test_rotate_and_redact_are_stored_off_the_gui_thread_and_undone(
    qtbot, tab: PhotosTab, demo_library: Library, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    viewer = open_viewer(qtbot, tab, "IMG_B3.jpg")
    photo_id = viewer.photo_id
    original = photo_image(demo_library, photo_id).image
    with qtbot.waitSignal(tab.controller.image_changed, timeout=30_000):
        viewer.actions_by_name["rotateRight"].trigger()
    assert get_photo(demo_library, photo_id).width == 300
    assert viewer.canvas.image_size() == (300, 400)
    viewer.actions_by_name["redactRegion"].trigger()
    assert not viewer.blur_button.isEnabled()
    viewer.canvas.draw_box(QRect(20, 20, 120, 90))
    assert viewer.blur_button.isEnabled()
    with qtbot.waitSignal(tab.controller.image_changed, timeout=30_000):
        qtbot.mouseClick(viewer.blur_button, Qt.MouseButton.LeftButton)
    assert not viewer.redact_bar.isVisibleTo(viewer)
    redacted = photo_image(demo_library, photo_id).image
    assert tab.controller.undo_stack.undoText() == "Blur region"
    tab.controller.undo_stack.undo()
    assert photo_image(demo_library, photo_id).image not in (redacted, original)  # rotated
    tab.controller.undo_stack.undo()
    assert photo_image(demo_library, photo_id).image == original
    assert viewer.canvas.image_size() == (400, 300)
    tab.controller.undo_stack.redo()
    tab.controller.undo_stack.redo()
    assert photo_image(demo_library, photo_id).image == redacted
    assert errors == []


def test_reload_keeps_decoded_thumbnails_unless_the_pixels_changed(
    qtbot, tab: PhotosTab, demo_library: Library  # type: ignore[no-untyped-def]
) -> None:
    from lessonstudy.services.photo_edits import rotate_photo

    model = tab.controller.model
    for row in range(model.rowCount()):
        model.index(row).data(Qt.ItemDataRole.DecorationRole)
    assert model.decoded == 5
    rotate_photo(demo_library, model.photos()[0].id, 1)  # e.g. on another laptop
    tab.controller.context.notify_changed("library")
    qtbot.waitUntil(lambda: not tab.controller.refreshing)  # read off the GUI thread
    for row in range(model.rowCount()):
        model.index(row).data(Qt.ItemDataRole.DecorationRole)
    assert model.decoded == 6  # only the rotated photo's thumbnail was decoded again


def test_a_phones_photos_go_in_as_rows_read_off_the_gui_thread(
    qtbot, tab: PhotosTab, demo_library: Library, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """Observers' phones send iBoard photos during the lesson: each arrives as a
    ``photos:<teaching>`` broadcast. The gallery reads them in a worker (one read for a
    burst), fetches only the new thumbnails and inserts rows: the selection stays."""
    import threading

    from lessonstudy.ui.photos import controller as gallery

    model, view = tab.controller.model, tab.view
    before = model.rowCount()
    view.setCurrentIndex(tab.controller.proxy.index(1, 0))
    selected = tab.selected_photos()[0].id
    for n in range(3):
        import_photos(demo_library, ImportTarget(TEACHING, group_id=1),
                      [phone_photo(tmp_path, f"IMG_P{n}.jpg", shade=n + 3)])
    reads: list[tuple[str, int]] = []
    real_read = gallery.read_gallery

    def counted(library, teaching_id, known):  # type: ignore[no-untyped-def]
        found = real_read(library, teaching_id, known)
        reads.append((threading.current_thread().name, len(found.thumbnails)))
        return found

    gallery.read_gallery = counted  # type: ignore[assignment]
    try:
        resets: list[bool] = []
        model.modelReset.connect(lambda: resets.append(True))
        for _burst in range(5):
            tab.controller.context.notify_changed(f"photos:{TEACHING}")
        tab.controller.context.notify_changed("photos:999")  # another teaching's: no read
        tab.controller.context.notify_changed(f"notes:{TEACHING}")
        qtbot.waitUntil(lambda: not tab.controller.refreshing)
    finally:
        gallery.read_gallery = real_read  # type: ignore[assignment]
    assert model.rowCount() == before + 3
    assert resets == []
    assert [p.id for p in tab.selected_photos()] == [selected]
    assert len(reads) <= 2  # the burst of five cost one read (and at most one after it)
    assert all(name != threading.main_thread().name for name, _n in reads)
    assert reads[0][1] == 3  # only the new photos' thumbnails were fetched
    assert str(before + 3) in tab.count_label.text()


def test_a_read_older_than_an_edit_shown_here_is_read_again(
    qtbot, tab: PhotosTab, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    """A broadcast's read still running while the recorder edits a caption must not put
    the old caption back."""
    from dataclasses import replace

    controller = tab.controller
    photo = controller.model.photos()[0]
    controller.context.notify_changed(f"photos:{TEACHING}")
    after = replace(photo.fields, caption="Pupils' three strategies")
    controller.edit_fields(photo, after)
    qtbot.waitUntil(lambda: not controller.refreshing)
    assert controller.photo(photo.id).fields.caption == "Pupils' three strategies"
    assert errors == []
