"""A full disk during every write command: one line, exit 1, and the library as it was.

Database writes fail the way SQLite reports a full disk ("database or disk is
full", injected before each INSERT/UPDATE/DELETE); output files (PDFs, bundles,
backups) fail with ``OSError(ENOSPC)`` when opened for writing.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest

from lessonstudy.cli.main import main
from tests.reliability.test_defects_storage import _disk_full_on
from tests.reliability.test_hostile_files import table_hashes
from tests.reliability.test_kill_trials import _library, files

__all__ = ["files"]  # a fixture

DATABASE_WRITES = {
    "demo": (False, lambda f: ["demo"]),
    "import bundle": (False, lambda f: ["import", str(f["bundle"])]),
    "import lesson json": (False, lambda f: ["import", str(f["json"])]),
    "import filled form": (True, lambda f: ["import", str(f["form"])]),
    "roster import": (True, lambda f: ["roster", "import", "2", str(f["roster"])]),
    "assign": (True, lambda f: ["assign", "2", "--groups", "5"]),
    "print-language": (True, lambda f: ["print-language", "ja"]),
}

FILE_WRITES = {
    "plan": ["plan", "1", "--out", "{out}/plan.pdf"],
    "report": ["report", "2", "--out", "{out}/report.pdf"],
    "forms": ["forms", "2", "--out", "{out}/forms"],
    "packet": ["packet", "--out", "{out}/packet.pdf"],
    "export": ["export", "1", "--out", "{out}/lesson.lsb"],
    "groups --out": ["groups", "2", "--out", "{out}/groups.pdf"],
    "backup": ["backup"],
}


@pytest.mark.parametrize("name", list(DATABASE_WRITES))
def test_disk_full_while_writing_the_library(
        name: str, files: dict[str, Path], demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    demo, args = DATABASE_WRITES[name]
    library = _library(demo_template, tmp_path / "library", demo)
    before = table_hashes(library / "library.db")
    _disk_full_on(("INSERT", "UPDATE", "DELETE"), monkeypatch)
    code = main(["--data-dir", str(library), *args(files)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert "disk is full" in err
    assert table_hashes(library / "library.db") == before


@pytest.mark.parametrize("name", list(FILE_WRITES))
def test_disk_full_while_writing_a_file(
        name: str, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    library = _library(demo_template, tmp_path / "library", True)
    out = tmp_path / "out"
    out.mkdir()
    before = table_hashes(library / "library.db")
    db_files = {str(library / n) for n in ("library.db", "library.db-wal", "library.db-shm")}
    real_open, real_os_open = builtins.open, os.open

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+") and str(file) not in db_files:
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    def full_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and str(path) not in db_files:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", full_open)
    monkeypatch.setattr(io, "open", full_open)  # Path.open (streamed PDFs) calls io.open
    monkeypatch.setattr(os, "open", full_os_open)
    if name == "backup":  # SQLite writes the backup itself: its own "disk is full"
        import sqlite3

        def full_backup(*_a: Any, **_k: Any) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr("lessonstudy.storage.backup._copy_online", full_backup)
    code = main(["--data-dir", str(library), *(a.format(out=out) for a in FILE_WRITES[name])])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert "disk is full" in err or "No space left" in err, err
    assert table_hashes(library / "library.db") == before
    assert not [p for p in out.rglob("*") if p.is_file()]
