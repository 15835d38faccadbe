"""Slow work off the GUI thread, Anki-style: run, report progress, deliver or fail.

An :class:`Operation` wraps a plain callable (a service call). It runs in the
global thread pool and emits ``finished(result)`` or ``failed(exception)`` back
on the GUI thread (``running`` turns False only after those slots ran); the
caller decides what to refresh. The callable may accept a ``progress(done,
total)`` callback and a ``cancel`` event.
"""

from __future__ import annotations

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

    def start(self) -> None:
        self.running = True
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
            self._outcome.emit(False, error)
            return
        self._outcome.emit(True, result)

    def _deliver(self, ok: bool, payload: object) -> None:
        """On the GUI thread: tell the listeners, and only then stop counting as running."""
        try:
            (self.finished if ok else self.failed).emit(payload)
        finally:
            self.running = False


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
