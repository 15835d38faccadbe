"""Shared helpers for bundle and lesson-JSON tests: library dumps, documents, hand-made zips."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lessonstudy.exchange.bundle_manifest import new_manifest
from lessonstudy.exchange.lesson_export import collect_records, nest
from lessonstudy.paths import resolve_location
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, Photo, PhotoData

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = DOCS / "lesson-example" / "lesson.json"


def dump_hash(library: Library) -> str:
    """A hash of every table's content (the SQL dump), to prove nothing changed."""
    assert library.location.db_path is not None
    conn = sqlite3.connect(library.location.db_path)
    try:
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lesson_doc(library: Library, lesson_uuid: str | None = None) -> dict[str, Any]:
    """The lesson as the exporter sees it (photo files named by photo UUID)."""
    with library.unit_of_work() as session:
        query = select(Lesson)
        if lesson_uuid:
            query = query.where(Lesson.uuid == lesson_uuid)
        lesson = session.scalars(query.order_by(Lesson.id)).first()
        records = collect_records(session, lesson)
    for rec in records:
        if rec.entity == "photo":
            rec.payload = rec.uuid
    return nest(records)


def photo_bytes(library: Library) -> dict[str, tuple[bytes, bytes]]:
    """Photo UUID -> (stored image, thumbnail)."""
    with library.unit_of_work() as session:
        rows = session.execute(
            select(Photo.uuid, PhotoData.image_sha256, PhotoData.thumbnail)
            .join(PhotoData, PhotoData.photo_id == Photo.id))
        store = photo_store.of(session)
        return {uuid: (store.get(session, name), thumb) for uuid, name, thumb in rows}


def example_doc() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def manifest_bytes(**overrides: Any) -> bytes:
    data = json.loads(new_manifest("8c0f3b1e-0000-4000-8000-000000000001", "T", {}).to_json())
    data.update(overrides)
    return json.dumps(data).encode("utf-8")


def write_zip(path: Path, members: dict[str, bytes], *, symlinks: tuple[str, ...] = (),
              compress: bool = True) -> Path:
    """A zip with exactly ``members`` (names unchecked), some marked as symbolic links."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
                         ) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            mode = (stat.S_IFLNK | 0o777) if name in symlinks else (stat.S_IFREG | 0o644)
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return path


def rewrite_bundle(source: Path, target: Path, **replace: bytes) -> Path:
    """A copy of ``source`` with members replaced (``lesson_json=…`` for lesson.json)."""
    names = {k.replace("_json", ".json"): v for k, v in replace.items()}
    with zipfile.ZipFile(source) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members.update(names)
    return write_zip(target, members)


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    """A second, empty library in its own folder (``library`` shares the demo's folder)."""
    lib = Library.open(resolve_location(tmp_path / "other-laptop"))
    yield lib
    lib.close()
