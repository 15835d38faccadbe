"""The observations this window has open, one server per teaching, started off the GUI thread.

Starting imports the web stack and binds a port (a few hundred milliseconds)
and closing waits for the server to stop, so both run as an
:class:`~lessonstudy.ui.operations.Operation`. What phones send arrives on the
server's thread; the host re-broadcasts it through the context's ``changed``
signal (queued onto the GUI thread, each kind at most every quarter second,
notes every two seconds), so the Live lesson and Photos tabs refresh as they
do for the window's own edits without a refresh per note; the notes list gets
the stored notes themselves (``notes_arrived``) and puts their rows in. Opening another library, or
quitting, closes every observation.
"""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from lessonstudy.ui.context import AppContext
from lessonstudy.ui.operations import Operation, hold_collection, release_collection

if TYPE_CHECKING:
    from lessonstudy.services.note_records import Note
    from lessonstudy.storage.library import Library
    from lessonstudy.web.server import JoinDetails, ObservationServer


RELAY_MS = 250  # 100 phones send ~30 notes a second: the notes list takes them 4 times a second
NOTES_BROADCAST_S = 2.0  # views that re-read the notes (the classroom map's heat) every 2 s


@dataclass(frozen=True)
class OpenObservation:
    """A running observation: its server, what to show the room, and the QR code as PNG."""

    server: ObservationServer
    details: JoinDetails
    qr_png: bytes
    title: str = ""  # the lesson's title, for the join card of any tab


class ObservationHost(QObject):
    """Opens and closes observations for one window (at most one per teaching)."""

    opened = Signal(int)
    closed = Signal(int)
    failed = Signal(object)
    received = Signal(str)  # what observers' phones changed ("notes:2", "photos:2", …)
    notes_arrived = Signal(int, object)  # teaching id, the notes phones stored (list[Note])
    _from_server = Signal(str)  # emitted on the server's thread; delivered on the GUI thread
    _notes_from_server = Signal(int, object)

    listen_host = "0.0.0.0"  # every network of this computer (tests use 127.0.0.1)
    preferred_port = 8765

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self._open: dict[int, OpenObservation] = {}
        self._busy: dict[int, Operation] = {}
        self._pending: set[str] = set()
        self._sent: dict[str, float] = {}
        self._pending_notes: dict[int, list[Note]] = {}
        self._notes_from_server.connect(self._collect_notes)
        self._relay_timer = QTimer(self, singleShot=True, interval=RELAY_MS)
        self._relay_timer.timeout.connect(self._relay)
        self._from_server.connect(self._collect)
        holds = self._holds = [0]  # collection held for open servers; given back if deleted
        self.destroyed.connect(lambda *_a: _give_back(holds))
        context.library_opened.connect(self.close_all_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_all_now)

    def observation(self, teaching_id: int) -> OpenObservation | None:
        return self._open.get(teaching_id)

    def busy(self, teaching_id: int) -> bool:
        return teaching_id in self._busy

    def open(self, teaching_id: int) -> None:
        """Start serving the teaching's observation page; ``opened`` or ``failed`` follows."""
        if teaching_id in self._open or teaching_id in self._busy:
            return
        library, emit = self.context.library, self._from_server.emit
        host, port = self.listen_host, self.preferred_port
        arrived = self._notes_from_server.emit
        operation = Operation(lambda: start_observation(
            library, teaching_id, emit, host, port,
            lambda stored: arrived(teaching_id, stored)), parent=self)
        operation.finished.connect(lambda found: self._started(teaching_id, found))
        operation.failed.connect(lambda error: self._failed(teaching_id, error))
        self._busy[teaching_id] = operation
        operation.start()

    def close(self, teaching_id: int) -> None:
        """Stop serving (every session is refused at once); ``closed`` follows."""
        found = self._open.pop(teaching_id, None)
        if found is None:
            return
        found.server.opening.closed = True
        operation = Operation(found.server.close, parent=self)
        operation.finished.connect(lambda _none: self._stopped(teaching_id))
        operation.failed.connect(lambda _error: self._stopped(teaching_id))
        self._busy[teaching_id] = operation
        operation.start()

    def close_all_now(self) -> None:
        for teaching_id in list(self._open):
            self._open.pop(teaching_id).server.close()
            self._release()
            self.closed.emit(teaching_id)

    def _collect(self, what: str) -> None:
        """On the GUI thread: gather a burst of phones' changes, relay each kind once."""
        self._pending.add(what)
        if not self._relay_timer.isActive():
            self._relay_timer.start()

    def _collect_notes(self, teaching_id: int, stored: list[Note]) -> None:
        self._pending_notes.setdefault(teaching_id, []).extend(stored)
        if not self._relay_timer.isActive():
            self._relay_timer.start()

    def _relay(self) -> None:
        """Tell the views that follow phones, then every view (at most every RELAY_MS)."""
        arrived, self._pending_notes = self._pending_notes, {}
        for teaching_id, stored in arrived.items():
            self.notes_arrived.emit(teaching_id, stored)
        pending, self._pending = sorted(self._pending), set()
        now = time.monotonic()
        for what in pending:
            if what.startswith("notes:") and now - self._sent.get(what, 0.0) < NOTES_BROADCAST_S:
                self._pending.add(what)  # the notes list has its rows; other views wait a bit
                continue
            self._sent[what] = now
            self.received.emit(what)
            self.context.notify_changed(what)
        if self._pending:
            self._relay_timer.start()

    def _started(self, teaching_id: int, found: OpenObservation) -> None:
        self._busy.pop(teaching_id, None)
        self._open[teaching_id] = found
        # The server's threads run Python for the whole lesson: a collection started there
        # deleted Qt objects of closed tabs on the wrong thread (a crash in Qt's timers).
        hold_collection()
        self._holds[0] += 1
        # Everything the window holds by now (the library, tabs, SQLAlchemy's registries)
        # lives for the whole lesson: set it aside so a full collection on the GUI thread
        # scans only what the lesson made (110 ms → a few ms at load; see bench).
        gc.freeze()
        self.opened.emit(teaching_id)

    def _failed(self, teaching_id: int, error: object) -> None:
        self._busy.pop(teaching_id, None)
        self.failed.emit(error)

    def _stopped(self, teaching_id: int) -> None:
        self._busy.pop(teaching_id, None)
        self._release()
        self.closed.emit(teaching_id)

    def _release(self) -> None:
        if self._holds[0]:
            self._holds[0] -= 1
            release_collection()
            if not self._holds[0]:
                gc.unfreeze()  # what was set aside may be collected again


def _give_back(holds: list[int]) -> None:
    while holds[0]:
        holds[0] -= 1
        release_collection()
        gc.unfreeze()


def start_observation(library: Library, teaching_id: int, on_change: Callable[[str], None],
                      host: str, port: int,
                      on_notes: Callable[[list[Note]], None] | None = None) -> OpenObservation:
    """In a worker thread: start the server (another port if the preferred one is taken)."""
    import segno

    from lessonstudy.services.observers import load_board
    from lessonstudy.web.server import ObservationServer, ServeError

    title = load_board(library, teaching_id).lesson_title

    server = ObservationServer(library, teaching_id, on_change=on_change, on_notes=on_notes)
    try:
        details = server.start(host, port)
    except ServeError:
        details = server.start(host, 0)
    server.prepare_photos()
    buffer = io.BytesIO()
    segno.make(details.url, error="m").save(buffer, kind="png", scale=8, border=2)
    return OpenObservation(server, details, buffer.getvalue(), title)


_HOSTS: dict[AppContext, ObservationHost] = {}


def host_for(context: AppContext) -> ObservationHost:
    """The one observation host of this window's context."""
    if context not in _HOSTS:
        _HOSTS[context] = ObservationHost(context)
        context.destroyed.connect(lambda _obj=None: _HOSTS.pop(context, None))
    return _HOSTS[context]
