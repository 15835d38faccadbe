"""Run the real ``lessonstudy`` command and collect its exit code and both output streams.

``run_cli`` calls the command's own ``main(argv)`` in this process, with its own stdout
and stderr (UTF-8, like ``PYTHONIOENCODING=utf-8``) and no ``LESSONSTUDY_*`` variables:
the same parsing, output, error lines and exit codes as ``python -m lessonstudy``, without
a second or two of interpreter start and imports per call. Tests about the process
itself (the ``python -m`` entry point, the environment's encoding, a closed pipe, no window
opening) use ``run_cli_process``, the command in a subprocess as a user or script runs it.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CliResult:
    """Exit code and both output streams of one command."""

    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path | None = None) -> CliResult:
    """``lessonstudy ARGS`` run by ``main`` in this process."""
    from lessonstudy.cli.main import main

    out, err = _stream(), _stream()
    with _command_environment(cwd), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as stop:  # argparse: --help, --version and usage mistakes
            code = _exit_code(stop.code)
    return CliResult(code, _text(out), _text(err))


def run_cli_process(*args: str | Path, cwd: Path | None = None,
                    timeout: float = 120) -> CliResult:
    """``python -m lessonstudy ARGS`` in a subprocess, as a user or a script would run it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONSTUDY_")}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [sys.executable, "-m", "lessonstudy", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8").replace("\r\n", "\n")


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)  # sys.exit("message") prints it and exits 1
    return 1


@contextlib.contextmanager
def _command_environment(cwd: Path | None) -> Iterator[None]:
    """A fresh command's environment: no LESSONSTUDY_* variables, in ``cwd``; restored after."""
    removed = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("LESSONSTUDY_")}
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(previous)
        os.environ.update(removed)
