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
automatic collection is paused, and it resumes on the GUI thread.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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


def _pause_collection() -> None:
    global _paused
    if _paused == 0 and gc.isenabled():
        gc.disable()
        _paused = 1
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
            gc.enable()


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
