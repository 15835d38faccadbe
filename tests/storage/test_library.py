"""The library file: pragmas, constraints, cascades, transactions, refusal of bad files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from lessonstudy.domain.errors import DatabaseTooNewError, StorageError
from lessonstudy.paths import resolve_location
from lessonstudy.storage import migrate
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    Cycle,
    KeyIdea,
    Lesson,
    LessonVersion,
    Observer,
    ObserverGroup,
    Segment,
    Teaching,
    Team,
)
from lessonstudy.storage.schema import SCHEMA_HEAD


def _lesson(session, title: str = "Fractions") -> Lesson:
    team = Team(name="Maths")
    cycle = Cycle(research_theme="Reasoning")
    team.cycles.append(cycle)
    lesson = Lesson(title=title)
    cycle.lessons.append(lesson)
    version = LessonVersion(number=1)
    lesson.versions.append(version)
    version.segments.append(Segment(position=0, title="Warm-up", planned_seconds=180))
    session.add(team)
    session.flush()
    return lesson


def _count(library: Library, model: type) -> int:
    with library.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_new_library_is_wal_at_head_with_pragmas(library: Library) -> None:
    with library.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD


def test_rows_get_uuid_timestamps_and_version(library: Library) -> None:
    with library.unit_of_work() as session:
        lesson = _lesson(session)
        assert len(lesson.uuid) == 36
        assert lesson.created_at is not None and lesson.row_version == 1
        lesson.title = "Fractions 2"
        session.flush()
        assert lesson.row_version == 2


def test_check_constraint_rolls_back_whole_unit_of_work(library: Library) -> None:
    with pytest.raises(IntegrityError), library.unit_of_work() as session:
        lesson = _lesson(session)
        lesson.versions[0].segments.append(Segment(position=1, title="Bad", planned_seconds=0))
        session.flush()
    assert _count(library, Lesson) == 0
    assert _count(library, Segment) == 0


def test_key_idea_position_is_one_to_four(library: Library) -> None:
    with pytest.raises(IntegrityError), library.unit_of_work() as session:
        session.add(KeyIdea(position=5, text="too many"))
        session.flush()


def test_deleting_a_lesson_cascades_to_versions_and_segments(library: Library) -> None:
    with library.unit_of_work() as session:
        _lesson(session)
    with library.unit_of_work() as session:
        session.execute(text("DELETE FROM lessons"))
    assert _count(library, LessonVersion) == 0
    assert _count(library, Segment) == 0
    assert _count(library, Team) == 1


def test_deleting_a_group_keeps_its_observers_unassigned(library: Library) -> None:
    with library.unit_of_work() as session:
        version = _lesson(session).versions[0]
        teaching = Teaching(version_id=version.id)
        session.add(teaching)
        session.flush()
        group = ObserverGroup(teaching_id=teaching.id, name="A")
        session.add(group)
        session.flush()
        session.add(Observer(teaching_id=teaching.id, group_id=group.id, name="Ann"))
    with library.unit_of_work() as session:
        session.execute(text("DELETE FROM observer_groups"))
    with library.unit_of_work() as session:
        observer = session.scalars(select(Observer)).one()
        assert observer.group_id is None


def test_foreign_keys_are_enforced(library: Library) -> None:
    with pytest.raises(IntegrityError), library.unit_of_work() as session:
        session.add(Teaching(version_id=999))
        session.flush()


def test_savepoint_rolls_back_only_the_inner_part(library: Library) -> None:
    with library.unit_of_work() as session:
        _lesson(session, "Kept")
        nested = session.begin_nested()
        _lesson(session, "Dropped")
        nested.rollback()
    with library.unit_of_work() as session:
        titles = session.scalars(select(Lesson.title)).all()
    assert titles == ["Kept"]


def test_error_inside_unit_of_work_stores_nothing(library: Library) -> None:
    with pytest.raises(RuntimeError), library.unit_of_work() as session:
        _lesson(session)
        raise RuntimeError("boom")
    assert _count(library, Lesson) == 0


def test_library_from_newer_app_is_refused_untouched(data_dir: Path) -> None:
    Library.open(resolve_location(data_dir)).close()
    db = data_dir / "library.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of Lesson Study"):
        Library.open(resolve_location(data_dir))
    assert db.read_bytes() == before


def test_damaged_file_is_refused_with_advice(data_dir: Path) -> None:
    db = data_dir / "library.db"
    db.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError, match="cannot be read"):
        Library.open(resolve_location(data_dir))
    assert db.read_bytes().startswith(b"this is not a database")


def test_database_of_another_program_is_refused(data_dir: Path) -> None:
    db = data_dir / "library.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StorageError, match="not a Lesson Study library"):
        Library.open(resolve_location(data_dir))


def test_upgrade_on_open_makes_a_backup_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Library.open(resolve_location(data_dir)).close()
    calls: list[str] = []
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (SCHEMA_HEAD, "9002_next"))
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9002_next")

    def fake_upgrade(_engine: object, target: str = "head") -> None:
        calls.append(str(sorted(p.name for p in (data_dir / "backups").glob("*.db"))))

    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    Library.open(resolve_location(data_dir)).close()
    assert len(calls) == 1
    assert "before-upgrade-" + SCHEMA_HEAD.replace("_", "-") in calls[0]


def test_open_without_create_refuses_missing_library(data_dir: Path) -> None:
    with pytest.raises(StorageError, match="no library"):
        Library.open(resolve_location(data_dir), create=False)
    assert not (data_dir / "library.db").exists()


def test_read_only_library_file_refuses_changes_with_advice(demo_library: Library) -> None:
    """A read-only library.db (chmod 444, a locked share) crashed 'assign' with OperationalError."""
    from sqlalchemy import event

    from lessonstudy.services.assignment import assign_automatically

    @event.listens_for(demo_library.engine, "connect")
    def _read_only(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA query_only = ON")  # SQLite: "readonly database"

    demo_library.engine.dispose()
    before = _count(demo_library, Observer)
    with pytest.raises(StorageError, match="read-only") as caught:
        assign_automatically(demo_library, 2, seed=3)
    assert str(demo_library.location.db_path) in caught.value.message
    assert _count(demo_library, Observer) == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root may write to read-only folders")
def test_read_only_library_folder_is_explained(data_dir: Path) -> None:
    Library.open(resolve_location(data_dir)).close()
    for leftover in data_dir.glob("library.db-*"):
        leftover.unlink()
    data_dir.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="read-only"):
            Library.open(resolve_location(data_dir))
    finally:
        data_dir.chmod(0o755)


def test_text_longer_than_its_column_is_refused_before_storing(library: Library,
                                                                tmp_path: Path) -> None:
    """SQLite stored a 400-character title; its bundle was then refused everywhere else."""
    from lessonstudy.domain.enums import SegmentKind
    from lessonstudy.domain.errors import ValidationError
    from lessonstudy.domain.segments import SegmentDraft
    from lessonstudy.services.lessons import NewLesson, create_lesson
    from lessonstudy.services.versions import save_segments

    with pytest.raises(ValidationError) as caught:
        create_lesson(library, NewLesson(title="T" * 400, team_name="Maths"))
    assert caught.value.problems == ["the lesson title has 400 characters; at most 300 fit"]
    assert _count(library, Lesson) == 0 and _count(library, Team) == 0
    created = create_lesson(library, NewLesson(title="長" * 300, team_name="Maths"))  # fits
    with pytest.raises(ValidationError, match="segment title has 301 characters"):
        save_segments(library, created.version_id,
                      (SegmentDraft.new("x" * 301, SegmentKind.OTHER, 60),))
    assert _count(library, Segment) == 0


def test_a_save_waits_for_another_writer_instead_of_failing(library: Library) -> None:
    """Units of work take the write lock up front, so SQLite's busy timeout applies."""
    import threading

    db = library.location.db_path
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    released.start()
    try:
        with library.unit_of_work() as session:
            _lesson(session, "Saved after the other writer finished")
    finally:
        released.join()
        holder.close()
    assert _count(library, Lesson) == 1


def test_reading_never_takes_the_write_lock(library: Library) -> None:
    db = library.location.db_path
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with library.reading() as session:
            assert session.scalar(select(func.count()).select_from(Lesson)) == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
