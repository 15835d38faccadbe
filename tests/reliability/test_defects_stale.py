"""Stale imports: an older lesson file never turns newer text here back into older text."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObservationNote
from tests.exchange.exchange_helpers import example_doc

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


def _write(folder: Path, doc: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for photo in EXAMPLE_DIR.glob("*.png"):
        (folder / photo.name).write_bytes(photo.read_bytes())
    path = folder / "lesson.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _texts(library: Library) -> tuple[list[str], list[str]]:
    with library.reading() as session:
        notes = list(session.scalars(select(ObservationNote.text).order_by(ObservationNote.id)))
        ideas = list(session.scalars(select(KeyIdea.text).order_by(KeyIdea.id)))
    return notes, ideas


def test_older_lesson_json_does_not_overwrite_newer_local_text(library: Library,
                                                               tmp_path: Path) -> None:
    """Re-importing an older file 'updated' newer key ideas and notes back to the old text."""
    old = example_doc()
    teaching = old["teachings"][0]
    teaching["notes"][0]["updated_at"] = "2026-11-20T10:00:00+08:00"
    teaching["photos"][0]["key_ideas"][0]["updated_at"] = "2026-11-20T10:00:00+08:00"
    new = copy.deepcopy(old)
    new_teaching = new["teachings"][0]
    new_teaching["notes"][0].update(text="Newer: A folded first.",
                                    updated_at="2026-11-21T09:00:00+08:00")
    new_teaching["photos"][0]["key_ideas"][0].update(text="Newer key idea",
                                                      updated_at="2026-11-21T09:00:00+08:00")
    import_lesson_json(library, _write(tmp_path / "old", old))
    import_lesson_json(library, _write(tmp_path / "new", new))
    newer = _texts(library)
    assert "Newer: A folded first." in newer[0] and "Newer key idea" in newer[1]
    result = import_lesson_json(library, _write(tmp_path / "old-again", old))
    assert _texts(library) == newer
    assert result.updated == 0
    assert {c.kind for c in result.conflicts} >= {"note", "photo key idea"}
    assert all(not c.kept_copy for c in result.conflicts)
