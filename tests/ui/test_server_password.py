"""A shared-server URL with a password is not kept in plain text in the settings."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from lessonstudy.storage.server_password import password_file, remember_password, split_password
from lessonstudy.ui import settings
from lessonstudy.ui.application import db_url_for_gui

URL = "postgresql+psycopg://teacher:s3cr:et@school-server:5433/lessonstudy"


def test_split_and_remember(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    safe, password = split_password(URL)
    assert password == "s3cr:et" and "s3cr" not in safe and "teacher@school-server" in safe
    (tmp_path / "pgpass").write_text("school-server:5433:lessonstudy:teacher:old\nother:1:*:*:x\n")
    path = remember_password(URL)
    assert path == password_file() == tmp_path / "pgpass"
    assert path.read_text().splitlines() == ["other:1:*:*:x",
                                             "school-server:5433:lessonstudy:teacher:s3cr\\:et"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert split_password("sqlite:///x.db") == ("sqlite:///x.db", None)


def test_shared_server_url_with_password_is_not_stored_in_plain_text(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window kept the URL, password and all, in its settings file."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("LESSONSTUDY_DB_URL", raising=False)
    settings.SERVER_URL.set(URL)  # as an older version saved it
    try:
        assert db_url_for_gui(None) == URL
        assert "s3cr" not in settings.SERVER_URL.get()
        assert settings.SERVER_URL.get() == split_password(URL)[0]
        assert "s3cr\\:et" in (tmp_path / "pgpass").read_text()
    finally:
        settings.SERVER_URL.set("")
