"""Run the observation page on the local network from a background thread, on demand.

Nothing listens until a facilitator opens an observation (the window's
"Open observation" or ``lessonstudy serve``). :meth:`ObservationServer.start`
binds the socket in the caller's thread, so "port in use" is a clear error at
once, then serves with uvicorn in a daemon thread; :meth:`close` turns every
session away, stops the server and frees the port.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio.to_thread
import uvicorn

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import _
from lessonstudy.web.access import Limits, Opening
from lessonstudy.web.app import build_app
from lessonstudy.web.desk import Desk

if TYPE_CHECKING:
    from lessonstudy.services.note_records import Note
    from lessonstudy.storage.library import Library

DEFAULT_PORT = 8765
WORKER_THREADS = 6
ANY_ADDRESS = "0.0.0.0"


class ServeError(LessonStudyError):
    """The observation page could not be served (port taken, address not on this machine)."""


@dataclass(frozen=True)
class JoinDetails:
    """What the facilitator shows the room: the link (for the QR code), the address, the code."""

    url: str
    address: str
    code: str
    listening_on: str


class ObservationServer:
    """One open observation of one teaching, served until :meth:`close`."""

    def __init__(self, library: Library, teaching_id: int, *, limits: Limits | None = None,
                 on_change: Callable[[str], None] | None = None,
                 on_notes: Callable[[list[Note]], None] | None = None) -> None:
        self.opening = Opening(teaching_id)
        self.desk = Desk(library, self.opening, limits or Limits(),
                         on_change or (lambda _what: None), on_notes or (lambda _notes: None))
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.host = ""
        self.port = 0

    def start(self, host: str = ANY_ADDRESS, port: int = DEFAULT_PORT) -> JoinDetails:
        """Bind and start serving; raises :class:`ServeError` if the port cannot be had."""
        self._socket = bind(host, port)
        self.host, self.port = host, self._socket.getsockname()[1]
        config = uvicorn.Config(build_app(self.desk), log_level="warning", access_log=False,
                                lifespan="off", proxy_headers=False, server_header=False,
                                timeout_keep_alive=30, limit_concurrency=400)
        self._server = uvicorn.Server(config)
        started = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(started,),
                                        name="observation-server", daemon=True)
        self._thread.start()
        started.wait(10)
        return self.join_details()

    def _run(self, started: threading.Event) -> None:
        assert self._server is not None and self._socket is not None
        server, sock = self._server, self._socket

        async def serve() -> None:
            # Library work runs in worker threads; a few suffice (it waits on the disk, not the
            # CPU), and fewer threads wanting Python's lock keep the window's own thread lively.
            anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
            task = asyncio.create_task(server.serve(sockets=[sock]))
            while not server.started and not task.done():
                await asyncio.sleep(0.01)
            started.set()
            await task

        try:
            asyncio.run(serve())
        finally:
            started.set()

    def prepare_photos(self) -> None:
        """Start the photo worker process now, so the first phone's photo does not wait for it."""
        self.desk.photos.submit(int).result(timeout=60)

    def join_details(self) -> JoinDetails:
        shown = reachable_address(self.host)
        base = f"http://{shown}:{self.port}/"
        return JoinDetails(url=f"{base}#k={self.opening.secret}", address=base,
                           code=self.opening.code, listening_on=f"{self.host}:{self.port}")

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def close(self) -> None:
        """Refuse every request from now on, stop serving and free the port."""
        self.opening.closed = True
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._socket is not None:
            self._socket.close()
        self.desk.close()
        self._server = self._thread = self._socket = None


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise ServeError(_("'{host}' is not an address of this computer.").format(
            host=host)) from None
    family, kind, proto, _name, where = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(where)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise ServeError(_("Port {port} is already in use; choose another with "
                               "--port.").format(port=port)) from None
        raise ServeError(_("Cannot listen on {host}:{port}: {reason}").format(
            host=host, port=port, reason=error.strerror)) from None
    sock.setblocking(False)
    return sock


def reachable_address(host: str) -> str:
    """The address phones should use: this computer's address on the local network.

    For the wildcard address, the one the system would use to reach the local
    network (found by connecting a UDP socket, which sends nothing).
    """
    if host not in (ANY_ADDRESS, "", "::"):
        return f"[{host}]" if ":" in host else host
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as probe:
        try:
            probe.connect(("10.254.254.254", 9))
            found = probe.getsockname()[0]
        except OSError:
            found = "127.0.0.1"
    return found if found != "0.0.0.0" else "127.0.0.1"
