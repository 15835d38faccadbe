"""The storage checks name the refused text in the teachers' words of every language.

"the lesson title has 400 characters" used to keep "lesson title" (made from the model's
class and column names) in English inside a Chinese or Japanese sentence.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import String, func, select

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.segments import SegmentDraft
from lessonstudy.i18n import using_language
from lessonstudy.i18n.field_words import FIELD_WORDS, RECORD_WORDS, field_words
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.versions import save_segments
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Base, Lesson, Segment

TECHNICAL = {"uuid", "updated_by", "sha256", "image_sha256", "lineage", "target_segment_lineage",
             "fingerprint", "target_field", "status", "kind", "type", "source", "phase"}
"""Columns nobody types (ids, hashes, stored choices): named by record and column."""
TECHNICAL_PAIRS = {("Observer", "role"), ("LibrarySetting", "key"), ("LibrarySetting", "value")}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _text_columns() -> set[tuple[str, str]]:
    return {(mapper.class_.__name__, column.key) for mapper in Base.registry.mappers
            for column in mapper.columns if isinstance(column.type, String)}


def test_every_text_a_teacher_types_has_its_words() -> None:
    columns = _text_columns()
    typed = {pair for pair in columns
             if pair[1] not in TECHNICAL and pair not in TECHNICAL_PAIRS}
    assert typed - set(FIELD_WORDS) == set(), "add them to lessonstudy/i18n/field_words.py"
    assert set(FIELD_WORDS) - columns == set(), "words for columns that no longer exist"
    records = {record for record, _column in columns}
    assert records - set(RECORD_WORDS) == set()


@pytest.mark.parametrize("language", ["zh-HK", "zh-CN", "ja"])
def test_the_words_are_translated_with_no_english_left(language: str) -> None:
    with using_language(language):
        for record, column in _text_columns():
            words = field_words(record, column)
            if (record, column) in FIELD_WORDS:
                assert not LATIN_WORD.search(words), (record, column, words)
            else:
                assert words.endswith(column) and not LATIN_WORD.search(
                    words.removesuffix(column)), words


def test_the_words_read_as_before_in_english() -> None:
    assert field_words("ObserverGroup", "name") == "observer group name"
    assert field_words("Lesson", "title") == "lesson title"
    assert field_words("Photo", "sha256") == "photo field sha256"


def _count(library: Library, model: type) -> int:
    with library.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(("language", "title_words", "segment_words"), [
    ("ja", "授業の題名", "場面の名称"),
    ("zh-HK", "課堂名稱", "環節名稱"),
    ("zh-CN", "课例名称", "环节名称"),
])
def test_a_too_long_text_is_named_in_the_language_in_force(
    library: Library, language: str, title_words: str, segment_words: str
) -> None:
    with using_language(language), pytest.raises(ValidationError) as caught:
        create_lesson(library, NewLesson(title="T" * 400, team_name="Maths"))
    with using_language(language):
        [problem] = caught.value.problems
        assert problem.startswith(title_words) and "400" in problem and "300" in problem
        assert not LATIN_WORD.search(problem), problem
    assert _count(library, Lesson) == 0
    created = create_lesson(library, NewLesson(title="長" * 300, team_name="Maths"))
    with using_language(language), pytest.raises(ValidationError) as caught:
        save_segments(library, created.version_id,
                      (SegmentDraft.new("x" * 301, SegmentKind.OTHER, 60),))
    with using_language(language):
        [problem] = caught.value.problems
        assert problem.startswith(segment_words), problem
        assert not LATIN_WORD.search(problem), problem
    assert _count(library, Segment) == 0
