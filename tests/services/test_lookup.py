"""People name lessons and teachings by id or title; ambiguity is explained, never guessed."""

from __future__ import annotations

import pytest

from lessonstudy.domain.errors import AmbiguousNameError, NotFoundError
from lessonstudy.services.lookup import find_lesson, find_teaching
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Cycle, Lesson, LessonVersion, Teaching, Team


def _lesson_taught(session, title: str, kinds: list[str]) -> Lesson:  # type: ignore[no-untyped-def]
    team = Team(name="Team")
    cycle = Cycle()
    team.cycles.append(cycle)
    lesson = Lesson(title=title)
    cycle.lessons.append(lesson)
    version = LessonVersion(number=1)
    lesson.versions.append(version)
    session.add(team)
    session.flush()
    session.add_all(Teaching(version_id=version.id, kind=kind) for kind in kinds)
    session.flush()
    return lesson


def test_two_lessons_with_one_title_are_ambiguous_for_teachings(library: Library) -> None:
    with library.unit_of_work() as session:
        _lesson_taught(session, "Same title", ["research"])
        _lesson_taught(session, "Same title", ["rehearsal"])
    with library.unit_of_work() as session, pytest.raises(AmbiguousNameError) as caught:
        find_teaching(session, "same title")
    assert "More than one lesson is called 'same title'" in caught.value.message
    with library.unit_of_work() as session, pytest.raises(AmbiguousNameError):
        find_lesson(session, "Same title")


def test_the_research_lesson_is_chosen_among_one_lessons_teachings(library: Library) -> None:
    with library.unit_of_work() as session:
        _lesson_taught(session, "Fractions", ["rehearsal", "research"])
    with library.unit_of_work() as session:
        assert find_teaching(session, "FRACTIONS").kind == "research"


def test_unknown_names_point_to_list(library: Library) -> None:
    with library.unit_of_work() as session, pytest.raises(NotFoundError, match="lessonstudy list"):
        find_teaching(session, "999")
