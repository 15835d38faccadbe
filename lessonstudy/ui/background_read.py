"""Coalesced background reads: a burst of broadcasts costs one read, off the GUI thread.

Views follow broadcasts ("notes:7", "photos:7", "library") to stay current. In a
live lesson those come in bursts: ten phones' photos in a minute, thirty notes a
second, the clock's ``timings:`` on every press. A view that read again on the
GUI thread for each one froze the window (a conference read is 70–200 ms). The
Conference tab, the live classroom map and the Photos tab each grew the same
machinery to avoid that; this is that machinery, once:

- :meth:`BackgroundRead.request` (a broadcast) waits ``settle_ms`` after the
  last request of a burst, then reads; :meth:`BackgroundRead.read_now` reads at
  once (opening a view).
- One read in flight at most, and at most one queued behind it: requests that
  arrive while a read runs cost one more read after it, never one each.
- What to read is captured on the GUI thread (``prepare`` returns the callable
  the worker runs, with the library and ids as they are now); the result is
  handed to ``show`` on the GUI thread, and only if it is still current:
  not if another library was opened meanwhile (``current``), and not if the
  view showed fresher data of its own since the read started
  (:meth:`BackgroundRead.shown`, called by the view after its own edits) — such
  a read is dropped, or read again with ``stale=READ_AGAIN`` (a view whose
  reads are incremental must not miss what the overtaken read found).
- A failed read goes to ``failed``; by default the app's plain message
  (:func:`lessonstudy.ui.messages.show_error`) over the view.
- :attr:`BackgroundRead.busy` and ``busy_changed`` say whether a read is
  waiting, running or queued, for a visible loading state (and for tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from lessonstudy.ui import messages
from lessonstudy.ui.operations import Operation

SETTLE_MS = 150  # a burst of broadcasts (an import, a phone's photos) is read once
DROP = "drop"  # a read overtaken by the view's own change is not shown
READ_AGAIN = "read again"  # ... it is read once more instead

Work = Callable[[], Any]


class BackgroundRead(QObject):
    """One view's reads after broadcasts: coalesced, off the GUI thread, shown if current."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        owner: QObject,
        prepare: Callable[[], Work],
        show: Callable[[Any], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
        settle_ms: int = SETTLE_MS,
        stale: str = DROP,
        current: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(owner)
        if stale not in (DROP, READ_AGAIN):
            raise ValueError(f"stale must be {DROP!r} or {READ_AGAIN!r}")
        self._owner = owner
        self._prepare, self._show, self._failed = prepare, show, failed
        self._stale = stale
        self._current = current
        self._generation = 0  # bumped by shown(); a read started before is stale
        self._operation: Operation | None = None
        self._queued = False
        self._busy = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.read_now)

    # -- asking for reads ------------------------------------------------------
    def request(self) -> None:
        """Something changed elsewhere: read soon, once for the whole burst."""
        if self._settle.interval() <= 0:
            self.read_now()
            return
        self._settle.start()
        self._tell_busy()

    def read_now(self) -> None:
        """Read at once, or once more after the read that is running."""
        self._settle.stop()
        if self._operation is not None:
            self._queued = True
        else:
            self._start()
        self._tell_busy()

    def drop_pending(self) -> None:
        """Forget a request still settling (the view has just shown its own change and
        the broadcast it sent for it is coming back)."""
        self._settle.stop()
        self._tell_busy()

    def shown(self) -> None:
        """The view showed fresher data of its own: a read running now is stale."""
        self._generation += 1

    # -- state ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A read is on a worker thread now."""
        return self._operation is not None

    @property
    def queued(self) -> bool:
        """One more read will start when the running one is in."""
        return self._queued

    @property
    def busy(self) -> bool:
        """A read is settling, running or queued: what is shown may be about to change."""
        return self._settle.isActive() or self._operation is not None or self._queued

    # -- internals -----------------------------------------------------------------
    def _start(self) -> None:
        self._queued = False
        work = self._prepare()
        generation = self._generation
        token = self._current() if self._current is not None else None
        operation = self._operation = Operation(work, parent=self)
        operation.finished.connect(
            lambda result: self._delivered(operation, result, generation, token))
        operation.failed.connect(lambda error: self._failed_read(operation, error))
        operation.start()

    def _delivered(self, operation: Operation, result: Any, generation: int,
                   token: object) -> None:
        self._finish(operation)
        if self._current is not None:
            now = self._current()
            if now is None or now is not token:  # another library (or none) meanwhile
                self._queued = False
                self._tell_busy()
                return
        if generation != self._generation:
            if self._stale == READ_AGAIN:
                self._queued = True
        else:
            self._show(result)
        self._next()

    def _failed_read(self, operation: Operation, error: BaseException) -> None:
        self._finish(operation)
        if self._failed is not None:
            self._failed(error)
        else:
            parent = self._owner if isinstance(self._owner, QWidget) else None
            messages.show_error(parent, error)
        self._next()

    def _finish(self, operation: Operation) -> None:
        """The read is in: the next one may start (even from inside ``show``)."""
        if self._operation is operation:
            self._operation = None
        operation.deleteLater()

    def _next(self) -> None:
        if self._queued and self._operation is None:
            self._start()
        self._tell_busy()

    def _tell_busy(self) -> None:
        busy = self.busy
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
