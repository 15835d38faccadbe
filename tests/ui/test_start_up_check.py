"""The window opens a library on its header alone, then reads every page in the background."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library
from lessonstudy.ui import main_window
from lessonstudy.ui.application import _finish_start_up, build_window


def _library_with_a_damaged_index(data_dir: Path) -> None:
    Library.open(resolve_location(data_dir)).close()
    db = data_dir / "library.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
        conn.execute("CREATE INDEX filler_x ON filler (x)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'filler_x'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size + 8:(root - 1) * page_size + 200] = b"\xff" * 192
    db.write_bytes(bytes(data))


def test_damage_found_after_opening_is_shown(qtbot, data_dir: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _library_with_a_damaged_index(data_dir)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_error",
                        lambda _parent, error, title="": shown.append((title, str(error))))
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    _finish_start_up(window)
    qtbot.waitUntil(lambda: window.context.has_library, timeout=20_000)  # on its header alone
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][0] == "The library needs attention"
    assert "damaged" in shown[0][1] and "Restore a backup" in shown[0][1]


def test_a_healthy_library_says_nothing(qtbot, demo_library: Library,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda *args: shown.append(str(args)))
    folder = demo_library.location.data_dir
    demo_library.close()
    window = build_window(str(folder))
    qtbot.addWidget(window)
    _finish_start_up(window)
    qtbot.waitUntil(lambda: window.context.has_library, timeout=20_000)
    qtbot.waitUntil(lambda: not window._health_op.running, timeout=20_000)
    assert shown == []


def test_the_library_and_its_tree_are_read_off_the_gui_thread(
        qtbot, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from lessonstudy.services import catalogue

    threads: dict[str, str] = {}
    real_open, real_tree = Library.open, catalogue.load_tree

    def open_(*args: object, **kwargs: object) -> Library:
        threads["open"] = threading.current_thread().name
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    def tree(library: Library) -> object:
        threads.setdefault("tree", threading.current_thread().name)
        return real_tree(library)

    monkeypatch.setattr(Library, "open", staticmethod(open_))
    monkeypatch.setattr(catalogue, "load_tree", tree)
    folder = demo_library.location.data_dir
    demo_library.close()
    window = build_window(str(folder))
    qtbot.addWidget(window)
    window.show()
    _finish_start_up(window)
    assert not window.context.has_library  # the window is not held up meanwhile
    assert window._status_label.text() == "Opening library…"
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=20_000)  # sqlite3 alone
    qtbot.waitUntil(lambda: window.context.has_library, timeout=20_000)
    main = threading.main_thread().name
    assert threads["open"] != main and threads["tree"] != main
    assert "1 lesson" in window._status_label.text()


def test_a_library_that_cannot_be_opened_is_said_in_the_window(
        qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "library.db").write_bytes(b"this is not a database at all" * 100)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_error",
                        lambda _parent, error, title="": shown.append((title, str(error))))
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    _finish_start_up(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][0] == "The library could not be opened" and "cannot be read" in shown[0][1]
    assert window._status_label.text() == "No library open" and not window.context.has_library
