"""Who may talk to an open observation: the join secret, the short code, observer sessions.

Opening an observation makes a fresh random secret (192 bits, carried in the
QR link's fragment so it never appears in a server log) and a short code that
people can type (six letters and digits, rate-limited because it is short).
Either one buys a session: a random token in an HttpOnly cookie, bound to the
address that joined and to this opening, so closing and reopening the
observation turns every old link, code and session away. Nothing here is
stored in the library; a session lives only as long as the opening.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud, typed on a phone
CODE_LENGTH = 6
SECRET_BYTES = 24  # 192 bits
SESSION_HOURS = 12


@dataclass
class ObserverSession:
    """One phone that joined: which observer it speaks for once they picked themselves."""

    token: str
    address: str
    created: float
    observer_id: int | None = None
    group_id: int | None = None


@dataclass
class Opening:
    """One "Open observation" of a teaching, with its secret, its code and its sessions."""

    teaching_id: int
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(SECRET_BYTES))
    code: str = field(default_factory=lambda: new_code())
    opened: float = field(default_factory=time.monotonic)
    closed: bool = False
    sessions: dict[str, ObserverSession] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def matches(self, secret: str | None = None, code: str | None = None) -> bool:
        """True when ``secret`` (or the typed ``code``) is this opening's; constant time."""
        if secret:
            return hmac.compare_digest(secret.encode(), self.secret.encode())
        if code:
            typed = "".join(code.split()).upper()
            return hmac.compare_digest(typed.encode(), self.code.encode())
        return False

    def new_session(self, address: str) -> ObserverSession:
        session = ObserverSession(secrets.token_urlsafe(32), address, time.monotonic())
        with self._lock:
            self.sessions[session.token] = session
        return session

    def session_for(self, token: str | None, address: str) -> ObserverSession | None:
        """The live session behind a cookie, if it belongs to this address and has not aged out."""
        if not token or self.closed:
            return None
        with self._lock:
            session = self.sessions.get(token)
        if session is None or session.address != address:
            return None
        if time.monotonic() - session.created > SESSION_HOURS * 3600:
            return None
        return session


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (a sliding log, thread-safe).

    Used per session (notes, photos), per address (every request) and for
    join-code guesses (per address and overall, so a room full of phones
    cannot brute-force the six characters either).
    """

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Record an event for ``key``; False (and nothing recorded) when over the limit."""
        now = time.monotonic()
        with self._lock:
            events = [t for t in self._events.get(key, ()) if now - t < self.window]
            if len(events) >= self.limit:
                self._events[key] = events
                return False
            events.append(now)
            self._events[key] = events
            return True


@dataclass(frozen=True)
class Limits:
    """Sizes and rates the observation server accepts; the defaults suit an open class."""

    note_chars: int = 4000
    json_bytes: int = 64 * 1024
    photo_bytes: int = 25 * 1024 * 1024
    requests_per_address: int = 900  # a minute; a phone polls the clock every 2 s
    actions_per_session: int = 120  # notes, photos, key ideas a minute
    code_tries_per_address: int = 5  # a minute
    code_tries_overall: int = 30  # a minute
    allow_new_names: bool = True
    share_group_notes: bool = False
