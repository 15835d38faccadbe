"""A full disk and a busy library met in the window: one clear message, nothing lost, keep going.

The command line's fault suite (test_disk_full.py, the busy-library reads in
test_defects_storage.py) proves the services refuse cleanly; these tests go
through the real window in Traditional Chinese, as a Hong Kong teacher meets
it: a live note typed on a full disk, a report PDF that does not fit, a backup
that does not fit, and a colleague's program holding the write lock while the
recorder writes the conference record. Each time exactly one plain message
(never the crash dialog) in the interface language, the typed text still
there, the library unchanged table by table, and the next try works once the
fault is gone.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from lessonstudy import i18n
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage import engine as engine_module
from lessonstudy.storage.faults import DISK_FULL
from lessonstudy.storage.health import BUSY
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import build_window, install_cjk_font, install_translations
from lessonstudy.ui.classroom.editor import MapEditor
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow, open_library
from tests.reliability.test_hostile_files import table_hashes


def _zh(text: str) -> str:
    with i18n.using_language("zh-HK"):
        translated = i18n._(text)
    assert translated != text, "the zh-HK catalogue has no translation for it"
    return translated


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the window opened ("objectName: text"), answered OK."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.objectName()}: {box.text()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *_a, **_k: shown.append(f"info: {text}"))
    return shown


@pytest.fixture
def chinese() -> Iterator[None]:
    """The window in Traditional Chinese (Qt catalogue and the services' messages)."""
    app = QApplication.instance()
    assert app is not None
    translators = install_translations(app, "zh_HK")
    before = i18n.current_language()
    i18n.set_default_language("zh-HK")
    yield
    i18n.set_default_language(before)
    for translator in translators:
        app.removeTranslator(translator)


def _window(qtbot: Any, data_dir: Path) -> MainWindow:
    install_cjk_font()
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert open_library(window)
    return window


@pytest.fixture
def window(qtbot: Any, demo_library: Library, data_dir: Path, chinese: None,
           dialogs: list[str]) -> Iterator[MainWindow]:
    demo_library.close()  # the window has the library to itself, as after a start
    win = _window(qtbot, data_dir)
    yield win
    win.context.close()


def _research(window: MainWindow) -> None:
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")


def _tab(window: MainWindow, kind: type) -> Any:
    tabs = window.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)  # lazy tabs are built when shown
        QApplication.processEvents()
        widget = tabs.widget(index)
        if isinstance(widget, kind):
            deadline = time.monotonic() + 20
            while getattr(widget, "loading", False) and time.monotonic() < deadline:
                QApplication.processEvents()  # a tab opened from the tree reads in the background
                time.sleep(0.01)
            assert not getattr(widget, "loading", False), f"{kind.__name__} still loading"
            return widget
    raise AssertionError(f"no {kind.__name__} tab")


def _full_disk_for_writes(library: Library) -> object:
    """SQLite's own "database or disk is full" on every INSERT/UPDATE/DELETE from now on."""

    def full(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(library.engine, "before_cursor_execute", full)
    return full


def test_a_live_note_typed_on_a_full_disk_is_kept_and_saved_once_there_is_room(
        qtbot: Any, window: MainWindow, data_dir: Path, dialogs: list[str]) -> None:
    _research(window)
    live = _tab(window, LiveLessonTab)  # the demo's lesson was taught: notes go at its end
    db = data_dir / "library.db"
    before = table_hashes(db)
    library = window.context.library
    full = _full_disk_for_writes(library)
    text = "B 組學生用方格紙量度斜邊 — measured on squared paper"
    live.quick_note.text_edit.setText(text)
    qtbot.keyClick(live.quick_note.text_edit, Qt.Key.Key_Return)
    assert dialogs == [f"errorDialog: {_zh(DISK_FULL)}"]
    assert live.quick_note.text_edit.text() == text  # nothing the teacher typed is lost
    assert table_hashes(db) == before

    event.remove(library.engine, "before_cursor_execute", full)  # space freed
    qtbot.keyClick(live.quick_note.text_edit, Qt.Key.Key_Return)
    assert live.quick_note.text_edit.text() == ""
    assert len(dialogs) == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM observation_notes WHERE text = ?",
                            (text,)).fetchone() == (1,)


def _no_room_under(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening any file for writing under ``folder`` fails as a full disk does."""
    real_open, real_os_open = builtins.open, os.open

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+") and str(file).startswith(str(folder)):
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    def full_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and str(path).startswith(str(folder)):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", full_open)
    monkeypatch.setattr(io, "open", full_open)  # Path.open (streamed PDFs) calls io.open
    monkeypatch.setattr(os, "open", full_os_open)


def test_a_report_that_does_not_fit_on_the_disk_is_one_message_not_a_crash(
        qtbot: Any, window: MainWindow, tmp_path: Path, dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _research(window)
    conference = _tab(window, ConferenceTab)
    button = conference.report_button
    button.open_when_done = False
    out = tmp_path / "usb"
    out.mkdir()
    with monkeypatch.context() as patch:
        _no_room_under(out, patch)
        button.build(out / "report.pdf")
        qtbot.waitUntil(lambda: button.isEnabled(), timeout=60000)
    assert dialogs == [f"errorDialog: {_zh(DISK_FULL)}"]  # never "crashDialog: …"
    assert not list(out.iterdir())  # no half-written PDF left behind

    button.build(out / "report.pdf")  # room again: the same button works
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=60000)
    assert len(dialogs) == 1
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")


def test_a_backup_that_does_not_fit_leaves_no_partial_file(
        qtbot: Any, window: MainWindow, data_dir: Path, dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backups = window.context.library.location.backup_dir
    existing = set(backups.glob("*")) if backups.exists() else set()

    def full_copy(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("lessonstudy.storage.backup._copy_online", full_copy)
    window.findChild(type(window.menu("file").actions()[0]), "actionBackup").trigger()
    assert dialogs == [f"errorDialog: {_zh(DISK_FULL)}"]
    assert set(backups.glob("*")) == existing
    monkeypatch.undo()
    window.backup_now()
    assert len(dialogs) == 1 and len(set(backups.glob("*")) - existing) == 1


def _hold_write_lock(db: Path) -> subprocess.Popen[str]:
    """Another program holding the library's write lock until its stdin closes."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.read()\n", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_busy_library_opens_reads_and_keeps_the_typed_record(
        qtbot: Any, demo_library: Library, data_dir: Path, chinese: None,
        dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program writes: the window opens, every tab reads, a save says "busy" once."""
    demo_library.close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)  # wait briefly, not 10 s
    db = data_dir / "library.db"
    holder = _hold_write_lock(db)
    try:
        window = _window(qtbot, data_dir)  # opening only reads: no message
        _research(window)
        tabs = window.detail.tabs
        for index in range(tabs.count()):  # every tab of the teaching reads without the lock
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        assert dialogs == []
        conference = _tab(window, ConferenceTab)
        panel = conference.agenda
        conference.sections.setCurrentWidget(panel)
        panel.table.selectRow(1)
        before = table_hashes(db)
        record = "陳老師反思：學生量度時間不足。 The teacher would give more time."
        panel.record_edit.setPlainText(record)
        qtbot.mouseClick(panel.save_record_button, Qt.MouseButton.LeftButton)
        assert dialogs == [f"errorDialog: {_zh(BUSY)}"]
        assert panel.record_edit.toPlainText() == record  # kept, still marked unsaved
        panel.table.selectRow(2)  # moving on tries again; refused, it stays on the step
        qtbot.waitUntil(lambda: panel.selected_row() == 1)
        assert panel.record_edit.toPlainText() == record
        assert dialogs == [f"errorDialog: {_zh(BUSY)}"] * 2
        assert conference.stack.count() == 0 and table_hashes(db) == before
        # The rehearsal's classroom was never opened: its first read copies the lesson's map.
        assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "rehearsal")
        classroom = _tab(window, MapEditor)
        assert classroom.problem_label.isVisible() and classroom.problem_label.text() == _zh(BUSY)
        assert not classroom.view.isEnabled() and len(dialogs) == 2
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        if holder.wait(timeout=30) is None:
            holder.kill()
    # The other program has finished: the tab loads when shown again, saving works.
    window.detail.tabs.setCurrentIndex(0)
    classroom = _tab(window, MapEditor)
    assert not classroom.problem_label.isVisible() and classroom.classroom.places
    assert classroom.view.isEnabled()
    _research(window)
    conference = _tab(window, ConferenceTab)
    panel = conference.agenda
    conference.sections.setCurrentWidget(panel)
    panel.table.selectRow(1)
    panel.record_edit.setPlainText(record)
    qtbot.mouseClick(panel.save_record_button, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 2 and conference.stack.count() == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM agenda_items WHERE record = ?",
                            (record,)).fetchone() == (1,)
    window.context.close()
