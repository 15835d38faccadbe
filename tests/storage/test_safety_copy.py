"""The backup before an import: copied beside the import, kept only when the import changed
something, and always the library exactly as it was when the import took the write lock."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.errors import StorageError
from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.storage import backup, safety_copy
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson
from tests.cli.clirun import run_cli

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


def _lesson(folder: Path, lesson_id: str = "s3-fractions-2026") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for picture in EXAMPLE.glob("*.png"):
        shutil.copy(picture, folder / picture.name)
    doc = json.loads((EXAMPLE / "lesson.json").read_text(encoding="utf-8"))
    doc["id"] = lesson_id
    path = folder / "lesson.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _kept(library: Library) -> list[Path]:
    return sorted(library.location.backup_dir.glob("library-*-before-import.db"))


def _lessons(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM lessons").fetchone()[0])
    finally:
        conn.close()


def _no_partials(library: Library) -> bool:
    return not list(library.location.backup_dir.glob("*.partial"))


def test_an_import_keeps_the_library_as_it_was_and_a_repeat_keeps_nothing(
        demo_library: Library, tmp_path: Path) -> None:
    lesson = _lesson(tmp_path / "in")
    result = import_lesson_json(demo_library, lesson)
    [kept] = _kept(demo_library)
    assert result.backup == str(kept) and result.added
    assert _lessons(kept) == 1  # the demo's one lesson: the state before the import
    with demo_library.reading() as session:
        assert session.scalar(select(func.count()).select_from(Lesson)) == 2
    again = import_lesson_json(demo_library, lesson)  # nothing new: nothing to take back
    assert not again.changed_anything and again.backup == ""
    assert _kept(demo_library) == [kept] and _no_partials(demo_library)


def test_a_commit_after_the_copy_began_is_in_the_kept_backup(
        demo_library: Library, tmp_path: Path) -> None:
    location = demo_library.location
    assert location.db_path is not None
    copy = safety_copy.SafetyCopy(location.db_path, location.backup_dir, "before-import").start()
    copy._thread.join()  # the copy is done; now another program renames the lesson
    other = sqlite3.connect(location.db_path)
    other.execute("UPDATE lessons SET title = 'Renamed by someone else' WHERE id = 1")
    other.commit()
    other.close()
    with demo_library.unit_of_work() as session:
        session.get_one(Lesson, 1).subject = "Maths"  # this transaction's own change
        kept = copy.keep()
    conn = sqlite3.connect(kept)
    try:
        assert conn.execute("SELECT title, subject FROM lessons WHERE id = 1").fetchone()[0] == \
            "Renamed by someone else"  # copied again under the write lock
        assert conn.execute("SELECT subject FROM lessons WHERE id = 1").fetchone()[0] != "Maths"
    finally:
        conn.close()
    assert _no_partials(demo_library)


def test_a_copy_that_failed_in_the_thread_is_made_again(
        demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = backup._copy_online
    calls: list[Any] = []

    def first_fails(source: Any, target: Path) -> None:
        calls.append(source)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        real(source, target)

    monkeypatch.setattr(backup, "_copy_online", first_fails)
    result = import_lesson_json(demo_library, _lesson(tmp_path / "in", "another-lesson"))
    assert len(calls) == 2 and result.backup and _lessons(Path(result.backup)) == 1


def test_no_room_for_the_copy_imports_nothing(
        demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: Any, **_k: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_online", full)
    with pytest.raises(StorageError, match="disk is full"):
        import_lesson_json(demo_library, _lesson(tmp_path / "in", "no-room"))
    with demo_library.reading() as session:
        assert session.scalar(select(func.count()).select_from(Lesson)) == 1
    assert not _kept(demo_library) and _no_partials(demo_library)


def test_the_command_line_copies_early_and_a_refused_file_leaves_no_copy(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    demo_library.close()
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    refused = run_cli("--data-dir", data_dir, "import", broken)
    assert refused.code == 1 and len(refused.err.splitlines()) == 1
    assert not list((data_dir / "backups").glob("*before-import*"))
    assert not list((data_dir / "backups").glob("*.partial"))
    done = run_cli("--data-dir", data_dir, "import", _lesson(tmp_path / "in", "by-cli"))
    assert done.code == 0, done.err
    [kept] = (data_dir / "backups").glob("*before-import.db")
    assert _lessons(kept) == 1 and not list((data_dir / "backups").glob("*.partial"))
