"""Open observation from the Live lesson tab: join card, phones' notes and photos appear at once."""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.live.notes_model import COLUMNS
from lessonstudy.ui.observation.dialog import ObservationDialog
from lessonstudy.ui.observation.host import ObservationHost
from lessonstudy.ui.photos.photos_tab import PhotosTab
from tests.imaging.photo_samples import encode, marked_image
from tests.live_support import add_fresh_teaching
from tests.web.phone import Phone


@pytest.fixture
def context(demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setattr(ObservationHost, "listen_host", "127.0.0.1")
    monkeypatch.setattr(ObservationHost, "preferred_port", 0)
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.library_opened.emit()  # closes every observation, as opening another library does
    ctx.deleteLater()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error, *_a: shown.append(
        str(error)))
    return shown


def open_dialog(qtbot, tab: LiveLessonTab) -> ObservationDialog:  # type: ignore[no-untyped-def]
    button = tab.observation_button
    assert button.text() == "Open observation…"
    button.click()
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible(),
                    timeout=10_000)
    assert button.dialog is not None
    return button.dialog


def test_open_observation_shows_the_join_card_and_phones_appear_at_once(
        qtbot, context: AppContext, demo_library: Library, tmp_path: Path,  # type: ignore[no-untyped-def]
        errors: list[str]) -> None:
    teaching = add_fresh_teaching(demo_library)
    tab = LiveLessonTab(context, teaching)
    photos_tab = PhotosTab(context, teaching)
    qtbot.addWidget(tab)
    qtbot.addWidget(photos_tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.notes_panel.loading)
    dialog = open_dialog(qtbot, tab)
    found = tab.observation_button.host.observation(teaching)
    assert found is not None
    assert dialog.code_label.text() == found.details.code
    assert dialog.address_label.text() == found.details.address
    assert not dialog.qr_label.pixmap().isNull()
    assert dialog.qr_label.pixmap().width() >= 200
    assert "127.0.0.1" in dialog.warning_label.text()
    assert "never on a public network" in dialog.warning_label.text()
    dialog.grab().save(str(tmp_path / "observation-dialog.png"))
    assert tab.observation_button.text() == "Observation open: join code…"
    assert gc.get_freeze_count() > 0  # the window's long-lived objects set aside meanwhile

    phone = Phone(found.details.address)
    assert phone.join(found.server.opening.secret).status == 200
    roster = phone.request("GET", "/api/roster").data
    assert phone.pick(roster["observers"][0]["id"]).status == 200
    pupil = roster["case_pupils"][0]
    sent = phone.note("Pupils measure the squares", "ui-1", case_pupil_id=pupil["id"],
                      flagged=True)
    assert sent.status == 201
    note_id = sent.data["note"]["id"]
    qtbot.waitUntil(lambda: tab.notes_panel.model.index_of(note_id).isValid(), timeout=5000)
    model, row = tab.notes_panel.model, tab.notes_panel.model.index_of(note_id)
    cell = model.index(row.row(), COLUMNS.index("case_pupil_id"), row.parent())
    assert cell.data() == pupil["label"]  # the phone's case pupil and flag, as in the window
    flag = model.index(row.row(), COLUMNS.index("flagged"), row.parent())
    assert Qt.CheckState(flag.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    photos_before = photos_tab.controller.model.rowCount()
    assert phone.photo(encode(marked_image((320, 240)), "JPEG")).status == 201
    qtbot.waitUntil(lambda: photos_tab.controller.model.rowCount() == photos_before + 1,
                    timeout=5000)

    port = found.server.port
    dialog.close_button.click()
    qtbot.waitUntil(lambda: tab.observation_button.text() == "Open observation…", timeout=10_000)
    assert tab.observation_button.host.observation(teaching) is None
    assert gc.get_freeze_count() == 0
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # the port is free again
    assert errors == []


def test_a_second_click_shows_the_same_observation(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                    demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    tab = LiveLessonTab(context, teaching)
    qtbot.addWidget(tab)
    dialog = open_dialog(qtbot, tab)
    code = dialog.code_label.text()
    dialog.hide()
    tab.observation_button.click()
    assert tab.observation_button.dialog is not None
    assert tab.observation_button.dialog.isVisible()
    assert tab.observation_button.dialog.code_label.text() == code


def test_the_photos_and_observers_tabs_show_the_same_join_card(
        qtbot, context: AppContext, demo_library: Library,  # type: ignore[no-untyped-def]
        errors: list[str]) -> None:
    """The facilitator projects the Photos or Observers tab: the join card is one click away
    there too, and every tab's button follows the one observation of the teaching."""
    from datetime import date

    from lessonstudy.services.records import TeachingRef
    from lessonstudy.ui.observers.board import ObserverBoard

    teaching = add_fresh_teaching(demo_library)
    photos_tab = PhotosTab(context, teaching)
    board = ObserverBoard(context, TeachingRef(teaching, "reteach", date.today(), "2B",
                                               "Chan Wai Man", 2))
    live = LiveLessonTab(context, teaching)
    for widget in (photos_tab, board, live):
        qtbot.addWidget(widget)
    button = photos_tab.observation_button
    assert button.text() == board.observation_button.text() == "Open observation…"
    button.click()
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible(),
                    timeout=10_000)
    assert button.dialog is not None
    assert button.dialog.windowTitle().startswith("Observation: ")
    assert len(button.dialog.windowTitle()) > len("Observation: ")  # the lesson's title
    code = button.dialog.code_label.text()
    for other in (board.observation_button, live.observation_button):
        assert other.text() == "Observation open: join code…"
    board.observation_button.click()
    assert board.observation_button.dialog is not None
    assert board.observation_button.dialog.code_label.text() == code
    assert errors == []
