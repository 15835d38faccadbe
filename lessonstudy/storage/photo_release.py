"""Photo files leave the disk with the records that named them, not at the next repair.

``delete_photo`` and rotate/blur name the stored bytes they drop. A whole teaching or
lesson deleted in a unit of work (``session.delete(teaching)``) takes its photos with it
through the database's ON DELETE CASCADE, which the ORM never sees row by row; without
this module their files stayed in ``photos/`` until ``check --repair``. Just before
such a flush, :func:`note_deleted` reads the stored names under every lesson, version,
teaching or photo about to go (one query per kind) into ``session.info``; once the
unit of work has committed, ``Library`` hands them to :func:`release`, which removes
those no remaining photo and no kept backup names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, select, text
from sqlalchemy.orm import Session

from lessonstudy.storage import backup
from lessonstudy.storage.models import Lesson, LessonVersion, Photo, PhotoData, Teaching
from lessonstudy.storage.photo_store import DatabaseStore, FileStore

RELEASED = "lessonstudy.released_photos"  # session.info key: names to release after commit
_CHUNK = 500  # names per IN (...) list


def note_deleted(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: remember the stored names under what this flush deletes."""
    ids: dict[type, list[int]] = {}
    for row in session.deleted:
        kind = type(row)
        if kind in (Photo, Teaching, LessonVersion, Lesson):
            ids.setdefault(kind, []).append(row.id)
    if not ids:
        return
    names: set[str] = session.info.setdefault(RELEASED, set())
    base = (select(PhotoData.image_sha256)
            .join(Photo, Photo.id == PhotoData.photo_id)
            .join(Teaching, Teaching.id == Photo.teaching_id)
            .join(LessonVersion, LessonVersion.id == Teaching.version_id))
    where = {Photo: Photo.id, Teaching: Teaching.id, LessonVersion: LessonVersion.id,
             Lesson: LessonVersion.lesson_id}
    with session.no_autoflush:
        for kind, chosen in ids.items():
            names.update(session.scalars(base.where(where[kind].in_(chosen))))


def pending(session: Session) -> list[str]:
    """The names :func:`note_deleted` gathered in this session (taken out of it)."""
    return sorted(session.info.pop(RELEASED, ()))


def release(engine: Engine, store: FileStore | DatabaseStore, backup_dir: Path,
            names: Collection[str]) -> list[str]:
    """Remove the stored photos among ``names`` that nothing names any more.

    Holds the write lock (on a server: ``SHARE`` on ``photo_data``), so no import can
    be committing a row that names one of them meanwhile. Returns the names removed.
    """
    wanted = sorted(set(names))
    if not wanted:
        return []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("LOCK TABLE photo_data IN SHARE MODE"))
        still = _still_named(conn, wanted)
        free = [name for name in wanted if name not in still]
        if isinstance(store, DatabaseStore):
            if free:
                conn.execute(text("DELETE FROM photo_blobs WHERE sha256 IN :names")
                             .bindparams(bindparam("names", expanding=True)), {"names": free})
            return free
        kept = backup_names_among(backup_dir, free)
        if kept is None:  # a backup could not be read: it might name any of them
            return []
        free = [name for name in free if name not in kept]
        for name in free:
            store.remove(name)
    return free


def _still_named(conn: Any, names: list[str]) -> set[str]:
    query = text("SELECT DISTINCT image_sha256 FROM photo_data WHERE image_sha256 IN :names"
                 ).bindparams(bindparam("names", expanding=True))
    found: set[str] = set()
    for start in range(0, len(names), _CHUNK):
        found.update(row[0] for row in conn.execute(query, {"names": names[start:start + _CHUNK]}))
    return found


def backup_names_among(backup_dir: Path, names: list[str]) -> set[str] | None:
    """Which of ``names`` a kept backup names; None if a backup cannot be read."""
    kept: set[str] = set()
    if not names or not backup_dir.is_dir():
        return kept
    for copy in backup.list_backups(backup_dir):
        try:
            conn = sqlite3.connect(f"file:{copy.path}?mode=ro", uri=True)
            try:
                columns = {row[1] for row in conn.execute("PRAGMA table_info(photo_data)")}
                if "image_sha256" not in columns:
                    continue  # made before the photo store: its photos are inside it
                for start in range(0, len(names), _CHUNK):
                    part = names[start:start + _CHUNK]
                    marks = ",".join("?" * len(part))
                    kept.update(row[0] for row in conn.execute(
                        f"SELECT DISTINCT image_sha256 FROM photo_data "
                        f"WHERE image_sha256 IN ({marks})", part))
            finally:
                conn.close()
        except sqlite3.Error:
            return None
    return kept
