"""Text from any source obeys the same rules on SQLite and on PostgreSQL: one line, no change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.errors import ImportRejectedError, ValidationError
from lessonstudy.exchange.lesson_json import import_lesson_json
from lessonstudy.paths import LibraryLocation
from lessonstudy.services.demo import load_demo
from lessonstudy.services.observer_records import ObserverInput
from lessonstudy.services.observers import add_observer
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Lesson, Observer
from tests.exchange.exchange_helpers import example_doc

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


@pytest.fixture
def shared(any_location: LibraryLocation) -> Library:
    library = Library.open(any_location)
    yield library
    library.close()


@pytest.mark.parametrize(("value", "why"), [("a\x00b", "U+0000"), ("x" * 300, "200")])
def test_updated_by_with_nul_or_300_characters_is_one_line_on_both(
        shared: Library, tmp_path: Path, value: str, why: str) -> None:
    """A DataError traceback on PostgreSQL; stored as it came on SQLite."""
    doc = example_doc()
    doc["updated_by"] = value
    for photo in EXAMPLE_DIR.glob("*.png"):
        (tmp_path / photo.name).write_bytes(photo.read_bytes())
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportRejectedError) as caught:
        import_lesson_json(shared, path)
    assert why in caught.value.problems[0]
    with shared.reading() as session:
        assert session.scalar(select(func.count(Lesson.id))) == 0


def test_nul_typed_into_any_text_is_refused_on_both(shared: Library) -> None:
    load_demo(shared)
    with pytest.raises(ValidationError, match="NUL"):
        add_observer(shared, 2, ObserverInput(name="Ms\x00Chan", school="X", role="visitor"))
    with shared.reading() as session:
        assert session.scalar(select(func.count(Observer.id))
                              .where(Observer.name.like("Ms%Chan"))) == 0
