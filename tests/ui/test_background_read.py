"""The shared "coalesced background read" of views that follow broadcasts.

Driven with real worker threads (the global thread pool through ``Operation``):
a read that must not finish yet waits on an Event the test sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.ui import messages
from lessonstudy.ui.background_read import READ_AGAIN, BackgroundRead


class Reads:
    """Counts reads, says on which thread they ran, and can hold one back."""

    def __init__(self) -> None:
        self.started = 0
        self.threads: list[str] = []
        self.shown: list[Any] = []
        self.gate = threading.Event()
        self.gate.set()
        self.value: Any = "fresh"

    def prepare(self) -> Callable[[], Any]:
        self.started += 1
        number, value = self.started, self.value

        def work() -> Any:
            self.threads.append(threading.current_thread().name)
            self.gate.wait(10)
            if isinstance(value, BaseException):
                raise value
            return (number, value)

        return work


@pytest.fixture
def owner(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _reader(owner: QWidget, reads: Reads, **options: Any) -> BackgroundRead:
    return BackgroundRead(owner, reads.prepare, reads.shown.append, **options)


def test_a_burst_of_requests_is_one_read_off_the_gui_thread_shown_on_it(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    shown_on: list[str] = []

    def show(result: Any) -> None:
        reads.shown.append(result)
        shown_on.append(threading.current_thread().name)

    reader = BackgroundRead(owner, reads.prepare, show, settle_ms=40)
    for _n in range(10):
        reader.request()
    assert reader.busy and not reader.running  # settling: nothing read yet
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.started == 1 and reads.shown == [(1, "fresh")]
    assert reads.threads[0] != threading.main_thread().name
    assert shown_on == [threading.main_thread().name]


def test_requests_while_a_read_runs_cost_one_more_read_after_it(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    reader = _reader(owner, reads, settle_ms=0)
    reads.gate.clear()
    reader.read_now()
    assert reader.running
    for _n in range(5):
        reader.request()
    assert reader.queued and reads.started == 1
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.started == 2  # never two in flight, never more than one queued
    assert reads.shown == [(1, "fresh"), (2, "fresh")]


def test_a_read_overtaken_by_the_views_own_change_is_dropped(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    reader = _reader(owner, reads)
    reads.gate.clear()
    reader.read_now()
    reader.shown()  # the view showed its own edit while the read ran
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.shown == [] and reads.started == 1


def test_an_overtaken_read_is_read_again_when_asked(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    reader = _reader(owner, reads, stale=READ_AGAIN)
    reads.gate.clear()
    reader.read_now()
    reader.shown()
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.started == 2 and reads.shown == [(2, "fresh")]


def test_a_read_from_another_library_is_dropped_with_the_one_queued(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    library = [object()]
    reader = _reader(owner, reads, current=lambda: library[0])
    reads.gate.clear()
    reader.read_now()
    reader.read_now()  # queued
    library[0] = object()  # another library was opened
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.shown == [] and reads.started == 1
    library[0] = None  # no library at all: nothing to show into
    reader.read_now()
    qtbot.waitUntil(lambda: not reader.busy)
    assert reads.shown == []


def test_a_failed_read_is_the_apps_plain_message_over_the_view(
        qtbot, owner: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[object, str]] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, error, *_a: told.append((parent, str(error))))
    reads = Reads()
    reads.value = LessonStudyError("The teaching was deleted.")
    reader = _reader(owner, reads)
    reader.read_now()
    qtbot.waitUntil(lambda: not reader.busy)
    assert told == [(owner, "The teaching was deleted.")]
    assert reads.shown == []
    reads.value = "fresh"
    reader.read_now()  # the reader is not stuck after a failure
    qtbot.waitUntil(lambda: reads.shown == [(2, "fresh")])


def test_a_view_can_handle_its_own_failures_and_the_queued_read_still_runs(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    failures: list[BaseException] = []
    reader = _reader(owner, reads, failed=failures.append)
    reads.value = LessonStudyError("gone")
    reads.gate.clear()
    reader.read_now()
    reads.value = "fresh"
    reader.read_now()
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert [str(f) for f in failures] == ["gone"]
    assert reads.shown == [(2, "fresh")]


def test_busy_is_told_once_when_reading_starts_and_once_when_all_is_shown(
        qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    reader = _reader(owner, reads, settle_ms=20)
    told: list[bool] = []
    reader.busy_changed.connect(told.append)
    reads.gate.clear()
    reader.request()
    reader.request()
    qtbot.waitUntil(lambda: reader.running)
    reader.request()
    qtbot.waitUntil(lambda: reader.queued)
    reads.gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert told == [True, False]
    assert reads.started == 2


def test_a_settling_request_can_be_dropped(qtbot, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    reader = _reader(owner, reads, settle_ms=30)
    reader.request()
    reader.drop_pending()  # the view's own change: its broadcast's echo is not read
    assert not reader.busy
    qtbot.wait(80)
    assert reads.started == 0


def test_a_read_still_running_when_its_view_is_deleted_is_harmless(qtbot) -> None:  # type: ignore[no-untyped-def]
    reads = Reads()
    view = QWidget()
    reader = _reader(view, reads)
    reads.gate.clear()
    reader.read_now()
    view.deleteLater()
    qtbot.wait(20)
    reads.gate.set()
    qtbot.wait(100)
    assert reads.shown == []


def test_an_unknown_stale_rule_is_refused(owner: QWidget) -> None:
    with pytest.raises(ValueError):
        BackgroundRead(owner, Reads().prepare, print, stale="keep")
