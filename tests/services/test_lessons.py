"""Starting a lesson in an empty library, and the lesson editor's save with its refusals."""

from __future__ import annotations

import dataclasses

import pytest

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services.catalogue import is_empty, load_tree
from lessonstudy.services.lessons import (
    LessonDetails,
    NewLesson,
    create_lesson,
    load_lesson,
    update_lesson,
)
from lessonstudy.services.plan_records import MemberInfo
from lessonstudy.storage.library import Library


def test_new_user_starts_a_lesson_in_an_empty_library(library: Library) -> None:
    assert is_empty(library)
    created = create_lesson(library, NewLesson(
        title="  Fractions  分數 ", subject="Mathematics", grade="P5", team_name="P5 Maths",
        research_theme="Reasoning aloud", members=(MemberInfo("Ms Lee", "teaching teacher"),)))
    [team] = load_tree(library)
    assert team.name == "P5 Maths"
    [lesson] = team.cycles[0].lessons
    assert lesson.title == "Fractions 分數" and lesson.duration_seconds == 3000
    assert [(v.id, v.number, v.status) for v in lesson.versions] == [(created.version_id, 1,
                                                                      "draft")]
    details = load_lesson(library, created.lesson_id)
    assert details.research_theme == "Reasoning aloud"
    assert details.members == (MemberInfo("Ms Lee", "teaching teacher"),)


def test_second_lesson_can_join_an_existing_cycle(library: Library) -> None:
    first = create_lesson(library, NewLesson(title="Fractions"))
    second = create_lesson(library, NewLesson(title="Decimals", cycle_id=first.cycle_id))
    third = create_lesson(library, NewLesson(title="Percent", team_id=first.team_id))
    assert second.cycle_id == first.cycle_id and third.cycle_id != first.cycle_id
    assert third.team_id == first.team_id
    assert len(load_tree(library)) == 1


@pytest.mark.parametrize(("new", "message"), [
    (NewLesson(title="   "), "The lesson needs a title"),
    (NewLesson(title="Fractions", duration_seconds=0), "longer than 0:00"),
    (NewLesson(title="Fractions", duration_seconds=-60), "longer than 0:00"),
])
def test_new_lesson_refusals_store_nothing(library: Library, new: NewLesson,
                                           message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        create_lesson(library, new)
    assert is_empty(library)


def test_lesson_editor_saves_header_cycle_and_members(demo_library: Library) -> None:
    details = load_lesson(demo_library, 1)
    assert details.title.startswith("Discovering Pythagoras")
    changed = dataclasses.replace(
        details, unit="Unit 8", duration_seconds=55 * 60, cycle_goals="Every voice heard",
        members=(*details.members[1:], MemberInfo("New 新老師", "recorder"), MemberInfo("", "")))
    assert update_lesson(demo_library, 1, changed) == details.row_version + 1
    saved = load_lesson(demo_library, 1)
    assert saved == dataclasses.replace(changed, members=changed.members[:-1],
                                        row_version=details.row_version + 1)


@pytest.mark.parametrize(("change", "message"), [
    ({"title": " "}, "The lesson needs a title"),
    ({"duration_seconds": 0}, "longer than 0:00"),
    ({"duration_seconds": 10 * 60}, "The lesson cannot be 10:00: some segments are longer"),
    ({"members": (MemberInfo("", "recorder"),)}, "role 'recorder' needs a name"),
])
def test_lesson_editor_refusals_leave_everything_as_it_was(demo_library: Library,
                                                           change: dict[str, object],
                                                           message: str) -> None:
    before = load_lesson(demo_library, 1)
    with pytest.raises(ValidationError, match=message):
        update_lesson(demo_library, 1, dataclasses.replace(before, **change))  # type: ignore[arg-type]
    assert load_lesson(demo_library, 1) == before


def test_segment_longer_than_lesson_is_listed(demo_library: Library) -> None:
    with pytest.raises(ValidationError) as caught:
        update_lesson(demo_library, 1, LessonDetails(title="Short", duration_seconds=9 * 60))
    assert "Version 1, 'Group work: measure the squares' lasts 12:00" in caught.value.problems
