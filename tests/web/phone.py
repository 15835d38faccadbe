"""A phone as the tests see it: an HTTP client with its own cookie and source address.

Real HTTP over loopback against the real server (no test client): each
request opens a connection from ``source`` (127.0.0.2 plays a second device).
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Answer:
    status: int
    data: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Phone:
    base_url: str
    source: str = "127.0.0.1"
    cookie: str | None = None
    headers_sent: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Answer:
        parts = urllib.parse.urlsplit(self.base_url)
        # 120 s, not 30: a first photo waits for the photo workers' cold start, which took
        # over 30 s on a loaded 2-core machine (the README's test command under `nice`, with
        # seven other suites running) and failed a PostgreSQL test that passes alone in 42 s.
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=120,
                                          source_address=(self.source, 0))
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = self.cookie
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            raw = response.read()
            got = {k.lower(): v for k, v in response.getheaders()}
        finally:
            conn.close()
        cookie = got.get("set-cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        try:
            data = json.loads(raw) if raw and "json" in got.get("content-type", "") else {}
        except json.JSONDecodeError:
            data = {}
        return Answer(response.status, data, got)

    def get_status(self, path: str) -> int:
        return self.request("GET", path).status

    def send_json(self, method: str, path: str, payload: object) -> Answer:
        return self.request(method, path, json.dumps(payload).encode(),
                            {"Content-Type": "application/json"})

    def join(self, secret: str | None = None, code: str | None = None) -> Answer:
        return self.send_json("POST", "/api/join", {"secret": secret, "code": code})

    def pick(self, observer_id: int) -> Answer:
        return self.send_json("POST", "/api/me", {"observer_id": observer_id})

    def note(self, text: str, client_id: str, segment_id: int | None = None,
             kind: str = "evidence", **about: object) -> Answer:
        """Send a note; ``about`` adds case_pupil_id, seat_id or flagged as the page does."""
        return self.send_json("POST", "/api/notes", {"client_id": client_id, "text": text,
                                                     "kind": kind, "segment_id": segment_id,
                                                     **about})

    def photo(self, data: bytes, name: str = "IMG_0001.jpg",
              segment: int | str | None = None) -> Answer:
        headers = {"Content-Type": "image/jpeg", "X-File-Name": name}
        if segment is not None:
            headers["X-Segment-Id"] = str(segment)
        return self.request("POST", "/api/photos", data, headers)
