"""What observers send from their phones lands in the library as the window's own input does."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from lessonstudy.services import live, notes, photos
from lessonstudy.storage.models import ObservationNote, ObserverGroup
from tests.imaging.photo_samples import encode, marked_image, phone_exif
from tests.web.conftest import Observation


def test_a_note_is_stamped_by_the_laptops_clock(observation: Observation) -> None:
    library, teaching = observation.library, observation.teaching_id
    lesson = live.start_lesson(library, teaching, datetime.now(UTC))
    phone = observation.joined()
    state = phone.request("GET", "/api/state").data["clock"]
    assert state["phase"] == "running"
    assert (state["segment_id"], state["segment_number"]) == (lesson.segments[0].id, 1)
    assert 0 < state["seconds_left"] <= lesson.segments[0].planned_seconds
    answer = phone.note("  Pupils cut the squares 學生剪方形  ", "n1",
                        segment_id=state["segment_id"], kind="question")
    assert answer.status == 201
    stored = notes.list_notes(library, teaching)
    assert [n.text for n in stored] == ["Pupils cut the squares 學生剪方形"]
    note = stored[0]
    assert (note.segment_id, note.kind, note.source) == (lesson.segments[0].id, "question", "phone")
    assert note.elapsed_seconds is not None and note.elapsed_seconds <= 60  # a busy machine
    assert note.observer_name and note.fields.group_id is not None
    assert f"notes:{teaching}" in observation.changes


def test_the_roster_shows_groups_focus_prompts_and_names(observation: Observation) -> None:
    with observation.library.unit_of_work() as session:
        group = session.scalars(select(ObserverGroup).where(
            ObserverGroup.teaching_id == observation.teaching_id)).first()
        assert group is not None
        group.prompts = "Who speaks?\nHow do quiet pupils join in?"
    phone = observation.phone()
    roster = phone.join(observation.secret).data
    assert roster["groups"][0]["prompts"] == ["Who speaks?", "How do quiet pupils join in?"]
    assert len(roster["observers"]) == observation.counts()[2]
    assert "school" not in roster["observers"][0]


def test_a_visitor_not_on_the_roster_adds_their_name(observation: Observation) -> None:
    phone = observation.phone()
    roster = phone.join(observation.secret).data
    before = observation.counts()[2]
    group_id = roster["groups"][1]["id"]
    me = phone.send_json("POST", "/api/me", {"name": "  Ms  Lam 林老師 ", "group_id": group_id})
    assert me.status == 200
    assert (me.data["name"], me.data["group_id"]) == ("Ms Lam 林老師", group_id)
    assert observation.counts()[2] == before + 1
    assert phone.note("first note", "n2").status == 201


def test_a_photo_goes_through_the_import_pipeline(observation: Observation) -> None:
    image = marked_image((640, 480))
    data = encode(image, "JPEG", exif=phone_exif(orientation=6).tobytes())
    phone = observation.joined()
    answer = phone.photo(data, "iboard%20A.jpg")
    assert answer.status == 201
    summary = photos.list_photos(observation.library, observation.teaching_id)[0]
    assert (summary.width, summary.height) == (480, 640)  # turned upright
    assert summary.original_name == "iboard A.jpg"
    assert summary.fields.group_id is not None
    stored = Image.open(io.BytesIO(photos.photo_image(observation.library, summary.id).image))
    assert not stored.getexif().get_ifd(0x8825)  # no GPS
    assert f"photos:{observation.teaching_id}" in observation.changes
    again = phone.photo(data, "again.jpg")
    assert again.data["photo"]["status"] == "duplicate"
    assert observation.counts()[1] == 1


def test_a_photo_kept_on_the_phone_keeps_the_segment_it_was_taken_in(
        observation: Observation) -> None:
    """A photo waits on the phone through a Wi-Fi drop and arrives segments later: it is
    filed under the segment the phone showed when it was taken (checked against the plan),
    and a resend after a lost answer is stored once."""
    live.start_lesson(observation.library, observation.teaching_id, datetime.now(UTC))
    plan = live.load_live(observation.library, observation.teaching_id).segments
    phone = observation.joined()
    data = encode(marked_image((320, 240)), "JPEG")
    assert phone.photo(data, "IMG_1.jpg", segment="12abc").status == 400
    assert phone.photo(data, "IMG_1.jpg", segment=999_999).status == 422  # not in this plan
    assert observation.counts()[1] == 0
    answer = phone.photo(data, "IMG_1.jpg", segment=plan[2].id)
    assert answer.status == 201
    again = phone.photo(data, "IMG_1.jpg", segment=plan[2].id)  # the answer was lost
    assert again.data["photo"] == {**answer.data["photo"], "status": "duplicate"}
    [stored] = photos.list_photos(observation.library, observation.teaching_id)
    assert stored.fields.segment_id == plan[2].id
    assert observation.counts()[1] == 1


def test_the_convenor_types_the_groups_key_ideas(observation: Observation) -> None:
    name = observation_name(observation)
    with observation.library.unit_of_work() as session:
        group = session.scalars(select(ObserverGroup).where(
            ObserverGroup.teaching_id == observation.teaching_id)).first()
        assert group is not None
        group.convenor = name
    phone = observation.joined(name)
    assert phone.pick(observation.observer_id(name)).data["is_convenor"] is True
    ideas = ["Squares on the sides", "a² + b² = c²", "", "Check with a right angle"]
    answer = phone.send_json("PUT", "/api/key-ideas", {"ideas": ideas})
    assert answer.status == 200
    kept = ["Squares on the sides", "a² + b² = c²", "Check with a right angle", ""]
    assert answer.data["ideas"] == kept  # blanks dropped, the rest numbered (as `keyideas`)
    assert phone.request("GET", "/api/key-ideas").data["ideas"] == kept
    assert observation.counts()[3] >= 3
    five = phone.send_json("PUT", "/api/key-ideas", {"ideas": ["a"] * 5})
    assert five.status == 422


def observation_name(observation: Observation) -> str:
    with observation.library.unit_of_work() as session:
        from lessonstudy.storage.models import Observer

        person = session.get_one(Observer, observation.observer_id())
        return person.name


def test_a_phone_reads_its_own_notes_not_other_groups(observation: Observation) -> None:
    mine = observation.joined()
    assert mine.note("mine", "m1").status == 201
    with observation.library.unit_of_work() as session:
        other = session.scalars(select(ObservationNote.id)).all()
    assert other  # the demo has notes of other teachings; none may show
    listed = mine.request("GET", "/api/notes").data["notes"]
    assert [n["text"] for n in listed] == ["mine"]


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("inherited", ["default", "ignored"])
def test_serve_prints_the_join_link_first_and_stops_on_ctrl_c(tmp_path: Path,
                                                              demo_library: object,
                                                              inherited: str) -> None:
    """Ctrl+C closes the observation, also when a script started serve with SIGINT ignored."""
    folder = Path(demo_library.location.db_path).parent  # type: ignore[attr-defined]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "lessonstudy", "--data-dir", str(folder), "serve", "2",
         "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=_ignore_ctrl_c if inherited == "ignored" else None)
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and "/#k=" in first
        from tests.web.phone import Phone

        base, secret = first.split("#k=")
        assert Phone(base).join(secret).status == 200
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Observation closed." in out


def test_serve_refuses_an_unknown_teaching_and_a_taken_port(demo_library: object) -> None:
    import socket

    folder = Path(demo_library.location.db_path).parent  # type: ignore[attr-defined]
    base = [sys.executable, "-m", "lessonstudy", "--data-dir", str(folder), "serve"]
    unknown = subprocess.run([*base, "99", "--host", "127.0.0.1", "--port", "0"],
                             capture_output=True, text=True, timeout=60)
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert len(unknown.stderr.strip().splitlines()) == 1
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = subprocess.run([*base, "2", "--host", "127.0.0.1", "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert busy.returncode == 1
    assert f"Port {port} is already in use" in busy.stderr
