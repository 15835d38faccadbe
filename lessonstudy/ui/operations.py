"""Slow work off the GUI thread, Anki-style: run, report progress, deliver or fail.

An :class:`Operation` wraps a plain callable (a service call). It runs in the
global thread pool and emits ``finished(result)`` or ``failed(exception)`` back
on the GUI thread (``running`` turns False only after those slots ran); the
caller decides what to refresh. The callable may accept a ``progress(done,
total)`` callback and a ``cancel`` event.

Python's cyclic garbage collector runs in whichever thread happens to
allocate. Deleted tabs leave Qt wrappers (views, graphics items) in reference
cycles; collected on a worker thread they stop Qt timers from the wrong
thread ("QBasicTimer::stop: Failed") or crash. So while any operation runs,
automatic collection is paused, and it resumes on the GUI thread. While it is
paused a timer on the GUI thread collects instead, generation by generation as
Python would, so a long operation or an observation server running for a whole
lesson (:func:`hold_collection`) does not let garbage pile up.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal


class Operation(QObject):
    """One background job with progress, cancel, and a result or an error."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    _outcome = Signal(bool, object)  # worker thread -> GUI thread

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        with_progress: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._with_progress = with_progress
        self._cancel = threading.Event()
        self.running = False
        self._outcome.connect(self._deliver)
        holding = self._holding = [False]  # pausing collection; released once, here or below
        self.destroyed.connect(lambda *_a: _release(holding))

    def start(self) -> None:
        self.running = True
        if not self._holding[0]:
            self._holding[0] = True
            _pause_collection()
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    def _run(self) -> None:
        try:
            if self._with_progress:
                result = self._work(progress=self.progressed.emit, cancel=self._cancel)
            else:
                result = self._work()
        except BaseException as error:
            self._tell(False, error)
            return
        self._tell(True, result)

    def _tell(self, ok: bool, payload: object) -> None:
        """Hand the outcome to the GUI thread; nobody to tell if the owner went meanwhile
        (a tab deleted while its photo was still being stored)."""
        with contextlib.suppress(RuntimeError):
            self._outcome.emit(ok, payload)

    def _deliver(self, ok: bool, payload: object) -> None:
        """On the GUI thread: tell the listeners, and only then stop counting as running."""
        try:
            (self.finished if ok else self.failed).emit(payload)
        finally:
            self.running = False
            _release(self._holding)


_paused = 0  # operations running; only touched on the GUI thread
COLLECT_MS = 500  # while paused, the GUI thread collects this often (if Python would have)
_collector: QTimer | None = None


def set_aside_long_lived() -> None:
    """After start-up: what the window imported and built (about 90,000 objects: modules,
    classes, SQLAlchemy's registries, the window) lives until the app closes.

    Every full collection scanned all of it again: 25-60 ms of CPU on the GUI thread each,
    and a teaching of 20,000 notes brings one after each load of its notes. Set aside
    (``gc.freeze``), a full collection scans only what came later. Garbage made before this
    is never collected, so it runs once, after start-up, which makes little.
    """
    gc.freeze()


def hold_collection() -> None:
    """Keep Python's collector on the GUI thread while threads of ours run Python code
    outside an operation (an observation server for a whole lesson); GUI thread only."""
    _pause_collection()


def release_collection() -> None:
    """The threads of a :func:`hold_collection` have stopped; GUI thread only."""
    _resume_collection()


def _pause_collection() -> None:
    global _paused
    if _paused == 0 and gc.isenabled():
        gc.disable()
        _paused = 1
        _collect_on_gui_thread(True)
    elif _paused:
        _paused += 1


def _release(holding: list[bool]) -> None:
    """Resume collection for one operation (delivered, or deleted while it still ran)."""
    if holding[0]:
        holding[0] = False
        _resume_collection()


def _resume_collection() -> None:
    global _paused
    if _paused:
        _paused -= 1
        if _paused == 0:
            _collect_on_gui_thread(False)
            gc.enable()


def _collect_on_gui_thread(on: bool) -> None:
    global _collector
    if _collector is None:
        app = QCoreApplication.instance()
        if app is None:
            return
        _collector = QTimer(app, interval=COLLECT_MS)
        _collector.timeout.connect(collect_due)
    if on:
        _collector.start()
    else:
        _collector.stop()


def collect_due() -> int | None:
    """Collect the oldest generation whose count passed Python's own threshold, if any
    (what automatic collection would have done by now); returns that generation."""
    counts, limits = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if limits[g] and counts[g] > limits[g]]
    if not due:
        return None
    gc.collect(due[-1])
    return due[-1]


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
