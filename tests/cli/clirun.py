"""Run the real ``lessonstudy`` command in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CliResult:
    """Exit code and both output streams of one command."""

    code: int
    out: str
    err: str


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 120) -> CliResult:
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
