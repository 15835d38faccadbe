"""`lessonstudy --db-url … serve` headless on a PostgreSQL server, two classrooms at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from lessonstudy.paths import LibraryLocation
from lessonstudy.services import notes, photos
from lessonstudy.services.demo import load_demo
from lessonstudy.storage.library import Library
from tests.imaging.photo_samples import encode, marked_image
from tests.web.phone import Phone

pytestmark = pytest.mark.heavy  # two server processes against a throwaway PostgreSQL cluster


def serve(location: LibraryLocation, teaching: int) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "LESSONSTUDY_DB_URL": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "lessonstudy", "--db-url", str(location.db_url), "serve",
         str(teaching), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def test_two_classrooms_observed_at_once_on_one_server(pg_location: LibraryLocation) -> None:
    library = Library.open(pg_location)
    load_demo(library)
    first, first_url = serve(pg_location, 1)
    second, second_url = serve(pg_location, 2)
    try:
        for url, text in ((first_url, "rehearsal note"), (second_url, "open class note")):
            base, secret = url.split("#k=")
            phone = Phone(base)
            roster = phone.join(secret).data
            if roster["observers"]:
                assert phone.pick(roster["observers"][0]["id"]).status == 200
            else:  # the rehearsal has no roster: a visitor adds their name
                me = phone.send_json("POST", "/api/me", {"name": "Ms Visitor", "group_id": None})
                assert me.status == 200
            assert phone.note(text, "pg-1").status == 201
            assert phone.note(text, "pg-1").status == 409  # a replay is stored once
        assert phone.photo(encode(marked_image((640, 480)), "JPEG")).status == 201
        for process in (first, second):
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=30)
            assert process.returncode == 0
    finally:
        first.kill()
        second.kill()
    assert "rehearsal note" in [n.text for n in notes.list_notes(library, 1)]
    assert "open class note" in [n.text for n in notes.list_notes(library, 2)]
    stored = [p for p in photos.list_photos(library, 2) if p.original_name == "IMG_0001.jpg"]
    assert len(stored) == 1
    assert photos.photo_image(library, stored[0].id).image[:2] == b"\xff\xd8"
    library.close()
