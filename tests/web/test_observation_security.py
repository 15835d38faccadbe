"""Every bad input the observation server must refuse: an HTTP error, a code, nothing stored.

Real server, real HTTP over loopback; 127.0.0.2 plays a second device on the
network that never received the link.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

import pytest

from lessonstudy.services import live
from lessonstudy.web.access import Limits
from tests.imaging.photo_samples import encode, marked_image
from tests.web.conftest import Observation, open_observation
from tests.web.phone import Phone

API_GETS = ("/api/roster", "/api/state", "/api/notes", "/api/key-ideas")


def a_photo() -> bytes:
    return encode(marked_image((400, 300)), "JPEG")


def test_a_wrong_secret_is_refused_and_buys_no_session(observation: Observation) -> None:
    before = observation.counts()
    phone = observation.phone()
    answer = phone.join("x" * 32)
    assert (answer.status, answer.data["error"]) == (403, "wrong_secret")
    assert phone.cookie is None
    assert phone.get_status("/api/state") == 401
    assert observation.counts() == before


def test_a_secret_from_an_earlier_opening_has_expired(observation: Observation) -> None:
    phone = observation.joined()
    old_secret = observation.secret
    observation.server.close()
    again = open_observation(observation.library, observation.teaching_id)
    try:
        stale = Phone(again.details.address, cookie=phone.cookie)
        assert stale.get_status("/api/state") == 401  # the old session is gone too
        answer = stale.join(old_secret)
        assert (answer.status, answer.data["error"]) == (403, "wrong_secret")
        assert again.phone().join(again.secret).status == 200
    finally:
        again.server.close()


def test_the_join_code_works_and_guessing_it_is_rate_limited(observation: Observation) -> None:
    code = observation.server.opening.code
    assert observation.phone().join(code=code.lower()).status == 200
    guesser = observation.phone("127.0.0.2")
    statuses = [guesser.join(code="ZZZZZZ").status for _ in range(5)]
    assert statuses == [403] * 5
    answer = guesser.join(code=code)  # even the right code waits now
    assert (answer.status, answer.data["error"]) == (429, "rate_limited")
    assert guesser.cookie is None


def test_without_the_secret_a_second_address_gets_nothing(observation: Observation) -> None:
    observation.joined()
    before = observation.counts()
    stranger = observation.phone("127.0.0.2")
    for path in API_GETS:
        assert stranger.get_status(path) == 401, path
    answers = [stranger.note("sneaky", "c1"), stranger.photo(a_photo()),
               stranger.send_json("POST", "/api/me", {"observer_id": observation.observer_id()}),
               stranger.send_json("PUT", "/api/key-ideas", {"ideas": ["a"]})]
    assert [a.status for a in answers] == [401] * 4
    assert all(a.data["error"] == "no_session" for a in answers)
    assert observation.counts() == before


def test_a_session_cookie_does_not_work_from_another_address(observation: Observation) -> None:
    phone = observation.joined()
    thief = Phone(observation.details.address, "127.0.0.2", cookie=phone.cookie)
    before = observation.counts()
    assert thief.note("stolen session", "c2").status == 401
    assert observation.counts() == before
    assert phone.note("still mine", "c3").status == 201


def test_a_closed_observation_refuses_then_frees_its_port(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    observation.server.opening.closed = True  # closing: refused before the server stops
    answer = phone.note("too late", "c4")
    assert (answer.status, answer.data["error"]) == (410, "closed")
    port = observation.server.port
    observation.server.close()
    with pytest.raises(OSError):
        phone.note("after close", "c5")
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # the port is free
    assert observation.counts() == before


def test_oversized_and_non_image_uploads_store_nothing(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    too_big = phone.photo(b"\xff\xd8" + b"0" * (25 * 1024 * 1024))
    assert (too_big.status, too_big.data["error"]) == (413, "too_large")
    not_image = phone.photo(b"%PDF-1.4 this is not a photo", "notes.pdf")
    assert (not_image.status, not_image.data["error"]) == (415, "not_image")
    assert "notes.pdf" in not_image.data["message"]
    truncated = phone.photo(a_photo()[:300])
    assert truncated.status == 415
    empty = phone.photo(b"")
    assert empty.status == 400
    assert observation.counts() == before


def test_a_note_for_a_segment_that_ended_is_refused(observation: Observation) -> None:
    library, teaching = observation.library, observation.teaching_id
    started = live.start_lesson(library, teaching, datetime.now(UTC))
    first = started.segments[0].id
    live.next_segment(library, teaching, datetime.now(UTC))
    phone = observation.joined()
    before = observation.counts()
    answer = phone.note("written during segment 1", "c6", segment_id=first)
    assert (answer.status, answer.data["error"]) == (409, "segment_ended")
    assert observation.counts() == before
    running = started.segments[1].id
    stored = phone.note("written during segment 1", "c6", segment_id=running)
    assert stored.status == 201
    assert stored.data["note"]["segment_id"] == running


def test_malformed_json_is_refused(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    bodies = [b"{not json", b"[1, 2]", b"\xff\xfe",
              json.dumps({"client_id": 5, "text": "x"}).encode(),
              json.dumps({"client_id": "c7", "text": "x", "segment_id": "two"}).encode(),
              json.dumps({"client_id": "c7"}).encode()]
    for body in bodies:
        answer = phone.request("POST", "/api/notes", body, {"Content-Type": "application/json"})
        assert (answer.status, answer.data["error"]) == (400, "bad_json"), body
    assert phone.request("POST", "/api/join", b"{", {}).status == 400
    assert observation.counts() == before


def test_too_long_notes_unknown_kinds_and_huge_bodies_are_refused(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    assert phone.note("x" * 4001, "c8").data["error"] == "too_long"
    assert phone.note("fine", "c9", kind="gossip").status == 422
    huge = b'{"client_id": "c10", "text": "' + b"x" * 70_000 + b'"}'
    answer = phone.request("POST", "/api/notes", huge, {"Content-Type": "application/json"})
    assert (answer.status, answer.data["error"]) == (413, "too_large")
    assert observation.counts() == before


def test_a_replayed_note_is_stored_once(observation: Observation) -> None:
    phone = observation.joined()
    first = phone.note("pupils compare squares", "same-id")
    assert first.status == 201
    before = observation.counts()
    replay = phone.note("pupils compare squares", "same-id")
    assert (replay.status, replay.data["error"]) == (409, "duplicate")
    assert replay.data["note"]["id"] == first.data["note"]["id"]
    assert observation.counts() == before


def test_another_sites_page_cannot_post(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    body = json.dumps({"client_id": "c11", "text": "forged"}).encode()
    answer = phone.request("POST", "/api/notes", body, {"Content-Type": "application/json",
                                                        "Origin": "http://evil.example"})
    assert (answer.status, answer.data["error"]) == (403, "cross_origin")
    assert observation.counts() == before


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                                  "/resources/web/app.js", "/web/index.html", "/api/",
                                  "/static/", "/index.html", "//etc/passwd", "/app.js/.."])
def test_no_request_path_reaches_the_file_system(observation: Observation, path: str) -> None:
    answer = observation.phone().request("GET", path)
    assert answer.status == 404
    assert "root:" not in json.dumps(answer.data)


def test_every_answer_carries_a_strict_content_security_policy(observation: Observation) -> None:
    phone = observation.phone()
    for path in ("/", "/app.js", "/api/state", "/nothing"):
        policy = phone.request("GET", path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "http" not in policy
    page = phone.request("GET", "/").headers
    assert page["x-content-type-options"] == "nosniff"
    assert page["referrer-policy"] == "no-referrer"


def test_only_the_convenor_types_key_ideas(observation: Observation) -> None:
    phone = observation.joined()
    before = observation.counts()
    answer = phone.send_json("PUT", "/api/key-ideas", {"ideas": ["a", "b", "c", "d"]})
    assert (answer.status, answer.data["error"]) == (403, "not_convenor")
    too_many = phone.send_json("PUT", "/api/key-ideas", {"ideas": "not a list"})
    assert too_many.status == 400
    assert observation.counts() == before


def test_new_names_can_be_turned_off(demo_library: object) -> None:
    from tests.live_support import add_fresh_teaching

    teaching = add_fresh_teaching(demo_library)  # type: ignore[arg-type]
    opened = open_observation(demo_library, teaching,  # type: ignore[arg-type]
                              Limits(allow_new_names=False))
    try:
        phone = opened.phone()
        phone.join(opened.secret)
        before = opened.counts()
        answer = phone.send_json("POST", "/api/me", {"name": "Gate Crasher"})
        assert (answer.status, answer.data["error"]) == (403, "names_closed")
        assert opened.counts() == before
    finally:
        opened.server.close()


def test_sending_too_fast_is_rate_limited_per_session(demo_library: object) -> None:
    from tests.live_support import add_fresh_teaching

    teaching = add_fresh_teaching(demo_library)  # type: ignore[arg-type]
    opened = open_observation(demo_library, teaching,  # type: ignore[arg-type]
                              Limits(actions_per_session=3))
    try:
        phone = opened.joined()
        statuses = [phone.note(f"note {n}", f"n{n}").status for n in range(4)]
        assert statuses == [201, 201, 201, 429]
        assert opened.counts()[0] == 3
    finally:
        opened.server.close()
