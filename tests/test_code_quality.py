"""House style is checked by the suite itself: ruff lint and mypy types must stay clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import background

ROOT = Path(__file__).resolve().parents[1]


def _mypy(tmp_path_factory: pytest.TempPathFactory) -> background.Command:
    """mypy over the package with a cache of its own (cold, as on a fresh machine)."""
    folder = tmp_path_factory.mktemp("mypy")
    return background.Command([sys.executable, "-m", "mypy", "--cache-dir",
                               str(folder / "mypy-cache")], cwd=ROOT, out_dir=folder)


# mypy takes half a minute: it starts when the session does and runs beside the other tests.
BACKGROUND = {"mypy_result": _mypy}


@pytest.fixture(scope="session")
def mypy_result(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return background.command(__name__, "mypy_result", _mypy,
                              tmp_path_factory).result(timeout=900)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "lessonstudy", "tests", "bench", "tools")
    assert result.returncode == 0, result.stdout[-3000:]


def test_mypy_finds_nothing(mypy_result: subprocess.CompletedProcess[str]) -> None:
    assert mypy_result.returncode == 0, mypy_result.stdout[-3000:]
