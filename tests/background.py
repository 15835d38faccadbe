"""Slow checks that are one command each, started beside the tests as soon as they are collected.

The suite runs in one process, on one core; CI's two-core machine left the other idle while
the PyInstaller build (one to two minutes) and mypy (half a minute) ran in the middle of it.
Neither depends on any test, so ``tests/conftest.py`` starts them when the session's first
test is set up, if a selected test will need them, and that test waits for the result: the
same command, the same assertions, only earlier. Run on its own, a test starts its command
itself and waits for it as before.

Output goes to files, never to pipes (nobody reads a pipe while the tests run, and a full
pipe would stall the command).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest


@dataclass
class Command:
    """One background command: its arguments, folder, output files and process."""

    args: list[str]
    cwd: Path
    out_dir: Path
    env: dict[str, str] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    started_at: float = 0.0

    def start(self) -> None:
        if self.process is not None:
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        with (self.out_dir / "stdout.txt").open("wb") as out, \
                (self.out_dir / "stderr.txt").open("wb") as err:
            # Its own process group: stopping it stops the helpers it starts (PyInstaller's).
            self.process = subprocess.Popen(self.args, cwd=self.cwd, env=self.env, stdout=out,
                                            stderr=err, stdin=subprocess.DEVNULL,
                                            start_new_session=True)
        self.started_at = time.monotonic()

    def result(self, timeout: float) -> subprocess.CompletedProcess[str]:
        """Wait (starting it if nobody has) and return its exit code and output."""
        self.start()
        assert self.process is not None
        try:
            self.process.wait(timeout=max(1.0, timeout - (time.monotonic() - self.started_at)))
        except subprocess.TimeoutExpired:
            self.stop()
            raise
        return subprocess.CompletedProcess(self.args, self.process.returncode,
                                           self._read("stdout.txt"), self._read("stderr.txt"))

    def _read(self, name: str) -> str:
        return (self.out_dir / name).read_text("utf-8", "replace")

    def stop(self) -> None:
        """End it if it still runs (a session stopped early, or a timeout)."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


Factory = Callable[[pytest.TempPathFactory], Command]
_COMMANDS: dict[str, Command] = {}


def command(module: str, name: str, make: Factory,
            tmp_path_factory: pytest.TempPathFactory) -> Command:
    """The session's command ``name`` of test module ``module``, made the first time."""
    key = f"{module}:{name}"
    if key not in _COMMANDS:
        _COMMANDS[key] = make(tmp_path_factory)
    return _COMMANDS[key]


def start_for(items: list[pytest.Item], tmp_path_factory: pytest.TempPathFactory) -> None:
    """Start every command a selected test's fixtures name in its module's ``BACKGROUND``.

    ``BACKGROUND = {"bundle": make_command}``: tests that use the fixture ``bundle`` need
    the command ``make_command`` makes; the fixture gets it with :func:`command`.
    """
    for item in items:
        module = getattr(item, "module", None)
        wanted: dict[str, Factory] = getattr(module, "BACKGROUND", {})
        for name, make in wanted.items():
            if module is not None and name in getattr(item, "fixturenames", ()):
                command(module.__name__, name, make, tmp_path_factory).start()


def stop_all() -> None:
    """End what still runs when the session ends (stopped early, or a test never waited)."""
    for started in _COMMANDS.values():
        started.stop()
    _COMMANDS.clear()
