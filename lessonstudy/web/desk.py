"""The observation server's state: the library, the opening, its limits, and who may do what.

The web handlers ask the desk three questions before touching the library:
is the observation still open, whose session is this (from this address),
and is this session or address over its rate. A refused request is answered
with a :class:`Refusal` (an HTTP status, a code the page translates, and an
English sentence for logs and scripts) and changes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from lessonstudy.web.access import Limits, ObserverSession, Opening, RateLimiter
from lessonstudy.web.note_writer import NoteWriter

if TYPE_CHECKING:
    from lessonstudy.services.note_records import Note
    from lessonstudy.services.phone_observation import ClockView, PhoneRoster
    from lessonstudy.storage.library import Library

SESSION_COOKIE = "ls_observer"


class Refusal(Exception):
    """A request the server turns away; nothing was stored."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Desk:
    """Everything the handlers share for one opening of one teaching."""

    library: Library
    opening: Opening
    limits: Limits = field(default_factory=Limits)
    on_change: Callable[[str], None] = lambda _what: None
    on_notes: Callable[[list[Note]], None] = lambda _notes: None  # the stored notes themselves
    now: Callable[[], datetime] = utc_now
    per_address: RateLimiter = field(init=False)
    per_session: RateLimiter = field(init=False)
    code_per_address: RateLimiter = field(init=False)
    code_overall: RateLimiter = field(init=False)
    notes: NoteWriter = field(init=False)
    roster_cache: tuple[float, PhoneRoster] | None = field(default=None, init=False)
    clock_cache: tuple[float, ClockView] | None = field(default=None, init=False)
    photos: ProcessPoolExecutor = field(init=False)

    def __post_init__(self) -> None:
        self.photos = photo_pool()
        self.notes = NoteWriter(self.library, self.opening.teaching_id, self.now, self._stored)
        self.per_address = RateLimiter(self.limits.requests_per_address)
        self.per_session = RateLimiter(self.limits.actions_per_session)
        self.code_per_address = RateLimiter(self.limits.code_tries_per_address)
        self.code_overall = RateLimiter(self.limits.code_tries_overall)

    @property
    def teaching_id(self) -> int:
        return self.opening.teaching_id

    def check_open(self, address: str) -> None:
        if self.opening.closed:
            raise Refusal(410, "closed", "This observation has been closed.")
        if not self.per_address.allow(address):
            raise Refusal(429, "rate_limited", "Too many requests from this device; wait a minute.")

    def join(self, address: str, secret: str | None, code: str | None) -> ObserverSession:
        """A new session for a correct secret or code; a wrong one is refused (codes counted)."""
        if not secret and code and not (
                self.code_per_address.allow(address) and self.code_overall.allow("all")):
            raise Refusal(429, "rate_limited",
                              "Too many join codes tried; wait a minute and try again.")
        if not self.opening.matches(secret=secret, code=code):
            raise Refusal(403, "wrong_secret",
                          "This join link or code is not valid for the open observation "
                          "(it may be from an earlier one).")
        return self.opening.new_session(address)

    def session(self, token: str | None, address: str) -> ObserverSession:
        found = self.opening.session_for(token, address)
        if found is None:
            raise Refusal(401, "no_session", "Join the observation first (scan the QR code).")
        return found

    def observer(self, token: str | None, address: str) -> ObserverSession:
        """The session, which must already speak for an observer."""
        found = self.session(token, address)
        if found.observer_id is None:
            raise Refusal(409, "pick_yourself", "Pick your name from the list first.")
        return found

    def _stored(self, stored: list[Note]) -> None:
        self.on_notes(stored)
        self.on_change(f"notes:{self.teaching_id}")

    def close(self) -> None:
        """Stop the note writer and the photo worker (requests are refused already)."""
        self.opening.closed = True
        self.notes.close()
        self.photos.shutdown(wait=False, cancel_futures=True)

    def act(self, session: ObserverSession) -> None:
        """Count one write (note, photo, key ideas) against the session's rate."""
        if not self.per_session.allow(session.token):
            raise Refusal(429, "rate_limited", "Too many sends from this phone; wait a minute.")


def photo_pool() -> ProcessPoolExecutor:
    """One worker process for phones' photos, started like the photo import's workers."""
    from lessonstudy.imaging.batch import _worker_context

    return ProcessPoolExecutor(1, mp_context=_worker_context(), initializer=_photo_worker)


def _photo_worker() -> None:
    """In the worker: die with the parent, and yield the processor to the window and the
    notes (decoding a 12-megapixel photo takes a core for a second or two; on a two-core
    laptop that made the window's timer late by 120–160 ms and the notes' p99 double)."""
    import os

    from lessonstudy.imaging.batch import _die_with_parent

    _die_with_parent()
    with contextlib.suppress(OSError, AttributeError):  # no nice() on Windows
        os.nice(10)
