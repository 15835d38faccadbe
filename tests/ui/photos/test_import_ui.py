"""Importing from the gallery: dropped files go in off the GUI thread and bad ones are listed."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from lessonstudy.services.photo_records import ImportTarget
from lessonstudy.services.photos import list_photos
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.photos.importer import start_import
from lessonstudy.ui.photos.photos_tab import PhotosTab
from tests.photo_support import bad_files, counts, phone_photo

TEACHING = 2


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def tab(qtbot, demo_library: Library) -> Iterator[PhotosTab]:  # type: ignore[no-untyped-def]
    context = AppContext()
    context.set_library(demo_library)
    widget = PhotosTab(context, TEACHING)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    context.deleteLater()


def drop(tab: PhotosTab, files: list[Path]) -> None:
    """Drag files from a file manager over the thumbnail grid and let go."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    where = tab.view.viewport().rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # the only constructor PySide6 offers is marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, data, buttons, keys)
    assert QApplication.sendEvent(tab.view.viewport(), enter) and enter.isAccepted()
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(tab.view.viewport(), event)


def test_dropped_files_are_imported_into_the_filtered_group_and_bad_ones_listed(
    qtbot, tab: PhotosTab, demo_library: Library, tmp_path: Path, errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    tab.group_filter.setCurrentIndex(tab.group_filter.findText("Group C"))
    good = [phone_photo(tmp_path, f"IMG_{n}.jpg", shade=n) for n in (1, 2)]
    bad = bad_files(tmp_path)
    drop(tab, [good[0], bad["truncated"], bad["not_an_image"], good[1], bad["unsupported"]])
    run = tab.last_import
    assert run is not None
    qtbot.waitUntil(lambda: run.results_dialog is not None, timeout=60_000)
    dialog = run.results_dialog
    assert dialog.messages()[:3] == [
        "IMG_CUT.jpg: the file is truncated (incomplete download?)",
        "notes.txt: this is not a photo (expected a JPEG, PNG, WebP or HEIC image)",
        "sticker.gif: GIF pictures are not accepted; save it as JPEG, PNG, WebP or HEIC first",
    ]
    assert dialog.findChild(type(tab.count_label), "importSummary").text() == (
        "Imported 2 photo(s); 3 could not be imported.")
    with qtbot.waitSignal(run.done):
        dialog.close()
    added = [p for p in list_photos(demo_library, TEACHING) if p.original_name.startswith("IMG_")]
    assert [(p.original_name, p.group_name) for p in added] == [
        ("IMG_1.jpg", "Group C"), ("IMG_2.jpg", "Group C")]
    assert tab.count_label.text() == "3 of 5 photos"  # Group C: the demo's board and the two
    assert counts(demo_library)[:2] == (5, 5)
    assert errors == []


def test_a_clean_import_says_so_in_the_status_bar_only(
    qtbot, tab: PhotosTab, demo_library: Library, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    statuses: list[str] = []
    tab.controller.context.status.connect(statuses.append)
    run = tab.import_files([phone_photo(tmp_path, "IMG_9.jpg")])
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000) as done:
        pass
    assert done.args[0].ok and run.results_dialog is None
    assert statuses == ["Imported 1 photo(s)."]
    assert tab.controller.model.rowCount() == 4


def test_cancel_keeps_whole_photos_only(
    qtbot, tab: PhotosTab, demo_library: Library, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    files = [phone_photo(tmp_path, f"IMG_{n}.jpg", shade=n, size=(800, 600)) for n in range(6)]
    run = tab.import_files(files)
    assert run is not None
    run.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert run.operation.cancel_event.is_set()
    qtbot.waitUntil(lambda: run.results_dialog is not None or tab.controller.import_run is None,
                    timeout=60_000)
    photos, data, _ = counts(demo_library)
    assert photos == data  # never a photo without its image
    if run.results_dialog is not None:
        assert any("not imported (cancelled)" in m for m in run.results_dialog.messages())
        run.results_dialog.close()


def test_a_target_that_no_longer_fits_is_refused_before_any_work(
    tab: PhotosTab, demo_library: Library, tmp_path: Path, errors: list[str]
) -> None:
    target = ImportTarget(TEACHING, group_id=999)  # e.g. deleted on another laptop
    run = start_import(tab.controller, [phone_photo(tmp_path, "IMG_1.jpg")], target, tab)
    assert run is None and tab.controller.import_run is None
    assert errors == ["The photos cannot be filed there.\n"
                      "- That observer group does not belong to this teaching."]
    assert counts(demo_library)[:2] == (3, 3)
