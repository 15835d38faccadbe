"""The PyInstaller spec builds a working one-folder app (qutebrowser-style smoke test).

Slow (about a minute), so it builds once and checks the console variant runs the real
commands from the bundle: migrations and resources must be inside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("PyInstaller")
pytestmark = pytest.mark.heavy


def test_build_spec_makes_a_bundle_whose_cli_works(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "LessonStudy"
    assert (app / "LessonStudy").exists()
    assert not list(app.rglob("*pillow_heif*")), "the GPL HEVC encoder must not ship"
    cli = app / "lessonstudy-cli"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONSTUDY_")}
    library = tmp_path / "library"
    out: dict[str, str] = {}
    for command in ("demo", "list", "check"):
        run = subprocess.run([str(cli), "--data-dir", str(library), command],
                             capture_output=True, text=True, env=env, timeout=120)
        assert run.returncode == 0, run.stderr
        out[command] = run.stdout
    assert "發現畢氏定理" in out["list"] and "healthy" in out["check"]
