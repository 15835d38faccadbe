"""Fixtures for the planning screens: a context on a library, a fresh lesson, the demo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.segments import SegmentDraft
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.versions import save_segments
from lessonstudy.storage.library import Library

PLAN = (
    SegmentDraft.new("Warm-up 熱身", SegmentKind.PRESENTATION, 300),
    SegmentDraft.new("Pair work", SegmentKind.PAIR_WORK, 20),
    SegmentDraft.new("iBoard writing", SegmentKind.IBOARD_WRITING, 480),
)


def make_context(library: Library) -> object:
    from lessonstudy.ui.context import AppContext

    context = AppContext()
    context._library = library  # no "changed" broadcast: there is no window to refresh
    return context


@pytest.fixture
def context(qapp: object, library: Library) -> Iterator[object]:
    """An AppContext on an empty library (the library fixture closes it)."""
    yield make_context(library)


@pytest.fixture
def demo_context(qapp: object, demo_library: Library) -> Iterator[object]:
    yield make_context(demo_library)


@pytest.fixture
def version_id(library: Library) -> int:
    """Version 1 of a new lesson with three segments."""
    created = create_lesson(library, NewLesson(title="Fractions 分數", team_name="P5 Maths"))
    save_segments(library, created.version_id, PLAN)
    return created.version_id
