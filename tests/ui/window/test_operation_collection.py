"""Background operations pause Python's cyclic collector, which resumes on the GUI thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from lessonstudy.ui.operations import Operation


def test_collection_pauses_while_work_runs_and_resumes_after(qtbot) -> None:
    assert gc.isenabled()
    seen: list[bool] = []
    release = threading.Event()

    def work() -> int:
        release.wait(5)
        seen.append(gc.isenabled())
        return 1

    first, second = Operation(work), Operation(work)
    first.start()
    second.start()
    assert not gc.isenabled()
    with qtbot.waitSignals([first.finished, second.finished], timeout=10000):
        release.set()
    assert seen == [False, False]
    assert gc.isenabled()


def test_an_operation_deleted_while_running_resumes_collection(qtbot) -> None:
    owner = QObject()
    release = threading.Event()
    operation = Operation(lambda: release.wait(5), parent=owner)
    operation.start()
    assert not gc.isenabled()
    del operation
    owner.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    release.set()
    qtbot.wait(50)
