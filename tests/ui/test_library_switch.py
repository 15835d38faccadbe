"""File → Open library…, Recent libraries, Restore from backup…, open FILE and drops, the icon."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from lessonstudy.exchange.bundle import export_bundle
from lessonstudy.storage.library import Library
from lessonstudy.ui import library_switch, open_files, settings
from lessonstudy.ui.application import _finish_start_up, build_window, data_dir_for_gui
from lessonstudy.ui.main_window import MainWindow, open_library


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    settings.RECENT_LIBRARIES.set("")
    settings.LAST_DATA_DIR.set("")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = build_window(str(tmp_path / "first"))
    qtbot.addWidget(win)
    assert open_library(win)
    return win


def _lessons(win: MainWindow) -> int:
    with win.context.library.reading() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM lessons").scalar())


def _wait(qtbot, operation_owner) -> None:
    qtbot.waitUntil(lambda: not operation_owner.operation.running, timeout=20000)


def test_the_file_menu_offers_open_recent_and_restore_first(window: MainWindow) -> None:
    names = [a.objectName() or (a.menu() and a.menu().objectName())
             for a in window.menu("file").actions()]
    assert names[:3] == ["actionOpenLibrary", "menuRecentLibraries", "actionRestoreBackup"]
    assert not window.windowIcon().isNull()
    assert {16, 32, 256} <= {s.width() for s in window.windowIcon().availableSizes()}


def test_open_library_switches_and_is_remembered(qtbot, window: MainWindow,
                                                 demo_library: Library) -> None:
    other = demo_library.location.data_dir
    demo_library.close()
    switch = window.library_switch

    switch.open_folder(other)
    _wait(qtbot, switch)

    assert window.location.data_dir == other and _lessons(window) == 1
    assert window.tree_model.rowCount() == 1
    assert library_switch.recent_libraries()[0] == other
    assert settings.LAST_DATA_DIR.get() == str(other)
    assert data_dir_for_gui(None) == str(other)  # the next start opens it again
    switch.recent_menu.aboutToShow.emit()
    recent = switch.recent_menu.actions()
    assert [a.text() for a in recent] == [str(other)] and not recent[0].isEnabled()


def test_recent_libraries_reopen_the_one_chosen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    first = window.location.data_dir
    switch = window.library_switch
    switch.open_folder(tmp_path / "second")
    _wait(qtbot, switch)
    switch.recent_menu.aboutToShow.emit()
    back = [a for a in switch.recent_menu.actions() if a.text() == str(first)]
    assert not back  # first was opened by start-up, not chosen: only chosen folders are listed
    switch.open_folder(first)
    _wait(qtbot, switch)
    switch.recent_menu.aboutToShow.emit()
    entry = next(a for a in switch.recent_menu.actions() if a.text() == str(tmp_path / "second"))
    entry.trigger()
    _wait(qtbot, switch)
    assert window.location.data_dir == tmp_path / "second"
    assert library_switch.recent_libraries()[:2] == [tmp_path / "second", first]


def test_a_folder_that_cannot_be_a_library_leaves_the_window_as_it_was(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    before = window.location
    window.library_switch.open_folder(not_a_folder)
    _wait(qtbot, window.library_switch)
    assert shown and "is a file, not a folder" in shown[0]
    assert window.location == before and window.context.has_library
    assert library_switch.recent_libraries() == []
    assert window.statusBar().currentMessage() == ""  # not "Opening the library in …" for ever


def test_restore_asks_what_is_replaced_then_puts_the_backup_back(
        qtbot, window: MainWindow, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lessonstudy.ui.application import install_translations

    backup = demo_library.backup("manual")
    questions: list[str] = []
    monkeypatch.setattr(library_switch, "confirm",
                        lambda _p, text, _t: questions.append(text) or True)
    app = QApplication.instance()
    plurals = install_translations(app, "en")  # "1 lesson", not "1 lesson(s)"
    try:
        window.library_switch.restore(backup)
    finally:
        for translator in plurals:
            app.removeTranslator(translator)
    _wait(qtbot, window.library_switch)

    assert "(1 lesson, 2 teachings)" in questions[0]
    assert "It replaces the library in" in questions[0] and "has 0 lessons and" in questions[0]
    assert "A backup of the current library is kept first" in questions[0]
    assert _lessons(window) == 1 and window.tree_model.rowCount() == 1
    assert "kept as" in window.statusBar().currentMessage()
    kept = list(window.location.backup_dir.glob("*before-restore*.db"))
    assert len(kept) == 1


def test_restore_declined_or_refused_changes_nothing(
        qtbot, window: MainWindow, demo_library: Library, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = demo_library.backup("manual")
    monkeypatch.setattr(library_switch, "confirm", lambda *_a: False)
    window.library_switch.restore(backup)
    assert window.library_switch.operation is None and _lessons(window) == 0

    newer = tmp_path / "newer.db"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.library_switch.restore(newer)
    assert shown and "newer version of Lesson Study" in shown[0]
    assert _lessons(window) == 0 and not window.location.backup_dir.exists()


def test_start_up_with_a_bundle_imports_it(qtbot, tmp_path: Path, demo_library: Library) -> None:
    bundle = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    win = build_window(str(tmp_path / "fresh"))
    qtbot.addWidget(win)
    _finish_start_up(win, bundle)
    qtbot.waitUntil(lambda: win.tree_model.rowCount() == 1, timeout=20000)
    assert "Imported" in win.statusBar().currentMessage()


def _drop(win: MainWindow, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(win.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    drop = QDropEvent(QPointF(win.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if enter.isAccepted():
        QApplication.sendEvent(win, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_bundle_imports_it_and_other_files_are_not_taken(
        qtbot, window: MainWindow, demo_library: Library, tmp_path: Path) -> None:
    bundle = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    assert _drop(window, odd) == (False, False)
    assert _drop(window, bundle) == (True, True)
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=20000)


def test_opening_an_unknown_kind_is_one_message(window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(open_files, "show_error", lambda _p, e: shown.append(str(e)))
    window.file_opener.open_file(tmp_path / "notes.docx")
    assert shown == ["Cannot open notes.docx: Lesson Study opens lesson bundles (.lsb), "
                     "lessons (.json) and filled observation forms (.pdf)."]
    assert _lessons(window) == 0


def test_a_file_open_event_imports_the_file(qtbot, window: MainWindow, demo_library: Library,
                                            tmp_path: Path) -> None:
    """macOS delivers a double-clicked .lsb as a FileOpen event, not in argv."""
    from PySide6.QtGui import QFileOpenEvent

    bundle = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    assert window.file_opener.eventFilter(window, QFileOpenEvent(str(bundle)))
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=20000)


def test_opening_a_filled_form_imports_its_notes(qtbot, tmp_path: Path,
                                                 demo_library: Library) -> None:
    from tests.forms_support import fill_form, names_ending, print_one, stored_counts

    blank = print_one(demo_library, tmp_path / "blank.pdf", observer=2, fillable=True)
    filled = fill_form(blank, tmp_path / "filled.pdf",
                       {names_ending(blank, ".guide")[3]: "Table too small 表格太細"})
    before = stored_counts(demo_library)[0]
    win = build_window(str(demo_library.location.data_dir))
    qtbot.addWidget(win)
    assert open_library(win)

    win.file_opener.open_file(filled)
    qtbot.waitUntil(lambda: not win.file_opener.operation.running, timeout=30000)

    assert stored_counts(demo_library)[0] == before + 1
    assert "1 new note," in win.statusBar().currentMessage()
