"""Issue 20's storage defects: full disks, busy files, empty version tables, leftovers, modes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from lessonstudy.cli.main import main
from lessonstudy.domain.errors import StorageError
from lessonstudy.paths import resolve_location
from lessonstudy.services.packet import write_packet
from lessonstudy.storage import engine
from lessonstudy.storage.faults import plain_database_error
from lessonstudy.storage.library import Library
from tests.exchange.exchange_helpers import dump_hash
from tests.photo_support import phone_photo


def _disk_full_on(statement_start: str | tuple[str, ...],
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine made from now on fails statements starting so, as a full disk does."""
    real = engine.make_engine

    def failing(url: str, **kwargs: object) -> object:
        made = real(url, **kwargs)  # type: ignore[arg-type]

        @event.listens_for(made, "before_cursor_execute")
        def _full(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            if statement.lstrip().upper().startswith(statement_start):
                raise sqlite3.OperationalError("database or disk is full")

        return made

    monkeypatch.setattr("lessonstudy.storage.library.make_engine", failing)


def test_disk_full_is_one_line_and_photos_add_reports_each_file(
        demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """'database or disk is full' was a traceback; photos add stopped without per-file lines."""
    folder = demo_library.location.db_path.parent  # type: ignore[union-attr]
    demo_library.close()
    before = dump_hash(demo_library)
    _disk_full_on("INSERT", monkeypatch)
    photos = [phone_photo(tmp_path, f"IMG_{i}.jpg", shade=i) for i in range(3)]
    code = main(["--data-dir", str(folder), "photos", "add", "2", *map(str, photos),
                 "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 3 and err.count("The disk is full") == 3, err
    for photo in photos:
        assert photo.name in err
    code = main(["--data-dir", str(folder), "roster", "import", "2", str(_roster(tmp_path))])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "The disk is full" in err
    assert dump_hash(demo_library) == before


def _roster(folder: Path) -> Path:
    path = folder / "roster.csv"
    path.write_text("name,school\nAnn Lee,North School\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("patched", "command"), [
    ("lessonstudy.printing.plan.build_plan_pdf", ["plan", "1", "--out", "{tmp}/p.pdf"]),
    ("lessonstudy.exchange.bundle_zip.BundleWriter.add", ["export", "1", "--out", "{tmp}/e.lsb"]),
    ("lessonstudy.storage.backup._copy_online", ["backup"]),
])
def test_enospc_writing_a_file_is_one_line(demo_library: Library, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str], patched: str,
                                           command: list[str]) -> None:
    folder = demo_library.location.db_path.parent  # type: ignore[union-attr]
    demo_library.close()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(patched, full)
    code = main(["--data-dir", str(folder), *(c.format(tmp=tmp_path) for c in command)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert "disk is full" in err or "No space left" in err
    assert not list(tmp_path.glob("*.lsb")) and not list(tmp_path.glob(".partial*"))


def test_sqlalchemy_web_link_is_stripped() -> None:
    error = OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error"))
    assert "sqlalche.me" in str(error)
    assert plain_database_error(error) == "disk I/O error"


def test_empty_alembic_version_says_so(demo_library: Library) -> None:
    """It said 'table focus_areas already exists' (the upgrade ran from nothing)."""
    path = demo_library.location.db_path
    assert path is not None
    demo_library.close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="alembic_version table\\) is empty"):
        Library.open(resolve_location(path.parent))


def test_packet_pdf_is_written_0644_like_other_outputs(demo_library: Library,
                                                       tmp_path: Path) -> None:
    """The packet came out 0600 (tempfile.mkstemp), unreadable for colleagues."""
    old = os.umask(0o022)
    try:
        result = write_packet(demo_library, [2], tmp_path / "packet.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o644


def test_killed_backup_leaves_no_partial_forever(demo_library: Library) -> None:
    folder = demo_library.location.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = [folder / f"library-20260101-000000-000000-manual.{dead}.partial",
            folder / "library-20250101-000000-000000-daily.partial"]  # the old naming
    for path in left:
        path.write_bytes(b"half a backup")
    alive = folder / f"library-20260101-000000-000001-manual.{os.getppid()}.partial"
    alive.write_bytes(b"being written")
    made = demo_library.backup("manual")
    assert made.exists()
    assert not any(path.exists() for path in left)
    assert alive.exists()  # a backup still running elsewhere is left alone


@pytest.fixture
def busy_library(demo_library: Library) -> Iterator[Path]:
    """The demo library with another program holding its write lock."""
    path = demo_library.location.db_path
    assert path is not None
    demo_library.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); c.execute('UPDATE teams SET name = name')\n"
         "print('held', flush=True); time.sleep(120)", str(path)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        yield path.parent
    finally:
        holder.kill()
        holder.wait()


READ_COMMANDS = [
    ("list",), ("check",), ("backup",), ("photos", "list", "2"), ("groups", "2"),
    ("plan", "1", "--out", "{tmp}/plan.pdf"), ("report", "2", "--out", "{tmp}/report.pdf"),
    ("export", "1", "--out", "{tmp}/lesson.lsb"), ("forms", "2", "--out", "{tmp}/forms"),
    ("packet", "--out", "{tmp}/packet.pdf"), ("search", "Pythagoras"), ("print-language",),
]


def test_another_programs_write_lock_does_not_fail_read_commands(
        busy_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """list, check and backup failed after 11 s: opening the library took the write lock.

    With a short busy timeout, any command that still asked for the lock would fail.
    """
    monkeypatch.setattr("lessonstudy.storage.engine.BUSY_TIMEOUT_MS", 200)
    for command in READ_COMMANDS:
        args = [a.format(tmp=tmp_path) for a in command]
        code = main(["--data-dir", str(busy_library), *args])
        assert code == 0, (command, capsys.readouterr().err)


def test_busy_library_message_does_not_advise_restore(busy_library: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr("lessonstudy.storage.engine.BUSY_TIMEOUT_MS", 300)
    code = main(["--data-dir", str(busy_library), "list"])
    assert code == 0
    code = main(["--data-dir", str(busy_library), "assign", "2"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "busy" in err and "Restore" not in err and "restore" not in err


def test_more_photos_than_one_import_may_bring_is_one_line(
        demo_library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_library.location.db_path.parent  # type: ignore[union-attr]
    demo_library.close()
    before = dump_hash(demo_library)
    names = [str(tmp_path / f"IMG_{i}.jpg") for i in range(1_001)]
    code = main(["--data-dir", str(folder), "photos", "add", "2", *names])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "1,001 files" in err
    assert dump_hash(demo_library) == before
