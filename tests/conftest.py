"""Test setup shared by the whole suite.

Every test runs offscreen and with every platform path (home, XDG dirs, the
library folder, Qt settings) sent to a temporary directory, so no test can
touch a real teacher's library.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests check rules, not speed (speed is proven by bench/): Hypothesis's 200 ms
# deadline per example and its "too slow" check failed them at random on a loaded 2-core CI.
settings.register_profile("lessonstudy", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("lessonstudy")
os.environ.pop("LESSONSTUDY_DB_URL", None)
os.environ.pop("LESSONSTUDY_HOME", None)


@pytest.fixture(autouse=True)
def _isolated_platform_paths(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("LESSONSTUDY_HOME", raising=False)
    monkeypatch.delenv("LESSONSTUDY_DB_URL", raising=False)
    # The command line prints in the environment's language: tests expect English unless
    # they ask for another with --lang or LANG.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session", autouse=True)
def _background_commands(request: pytest.FixtureRequest,
                         tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Start the slow one-command checks the selected tests need beside them (background.py)."""
    from tests import background

    background.start_for(request.session.items, tmp_path_factory)
    yield
    background.stop_all()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty library folder."""
    folder = tmp_path / "library"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library, migrated once per session; ``library`` copies it.

    Running every migration costs about 0.2 s of CPU, and hundreds of tests start from an
    empty library; the migrations themselves are tested in tests/storage.
    """
    from lessonstudy.paths import resolve_location
    from lessonstudy.storage.library import Library

    folder = tmp_path_factory.mktemp("empty-template")
    Library.open(resolve_location(folder)).close()
    return folder


def copy_library(template: Path, folder: Path) -> None:
    """Copy a template library's database (SQLite's backup API) and photo files."""
    import sqlite3

    from tests.photo_files import copy_photos

    src = sqlite3.connect(template / "library.db")
    dst = sqlite3.connect(folder / "library.db")
    src.backup(dst)
    dst.close()
    src.close()
    copy_photos(template, folder)


@pytest.fixture
def library(empty_template: Path, data_dir: Path) -> Iterator[object]:
    """An open, migrated, empty library in a temporary folder (a copy of ``empty_template``)."""
    from lessonstudy.paths import resolve_location
    from lessonstudy.storage.library import Library

    copy_library(empty_template, data_dir)
    lib = Library.open(resolve_location(data_dir))
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the demo loaded once per session; tests copy it (fast and isolated)."""
    from lessonstudy.paths import resolve_location
    from lessonstudy.services.demo import load_demo
    from lessonstudy.storage.library import Library

    folder = tmp_path_factory.mktemp("demo-template")
    lib = Library.open(resolve_location(folder))
    load_demo(lib)
    lib.backup("template")
    lib.close()
    return folder


@pytest.fixture
def demo_library(demo_template: Path, data_dir: Path) -> Iterator[object]:
    """A private copy of the demo library (made with SQLite's backup API)."""
    from lessonstudy.paths import resolve_location
    from lessonstudy.storage.library import Library

    copy_library(demo_template, data_dir)
    lib = Library.open(resolve_location(data_dir))
    yield lib
    lib.close()
