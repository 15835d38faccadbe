"""Saving a version's segments, freezing, new versions and comparisons, through the services."""

from __future__ import annotations

import dataclasses

import pytest

from lessonstudy.domain.diff import ChangeKind
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import FrozenVersionError, ValidationError
from lessonstudy.domain.segments import SegmentDraft, duplicate, insert, move, replace_field
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.plans import load_plan, load_version_plan
from lessonstudy.services.teachings import TeachingInput, record_teaching
from lessonstudy.services.versions import (
    compare_versions,
    describe_version,
    new_version,
    save_segments,
)
from lessonstudy.storage.library import Library

PLAN = (
    SegmentDraft.new("Warm-up 熱身", SegmentKind.PRESENTATION, 300),
    SegmentDraft.new("Pair work", SegmentKind.PAIR_WORK, 20),
    SegmentDraft.new("iBoard writing", SegmentKind.IBOARD_WRITING, 480),
)


@pytest.fixture
def version_id(library: Library) -> int:
    created = create_lesson(library, NewLesson(title="Fractions 分數", team_name="P5 Maths"))
    save_segments(library, created.version_id, PLAN)
    return created.version_id


def test_saved_segments_read_back_with_derived_times(library: Library, version_id: int) -> None:
    plan = load_version_plan(library, version_id)
    assert plan.drafts() == PLAN
    assert [(s.start, s.end) for s in plan.segments] == [(0, 300), (300, 320), (320, 800)]


def test_reordering_rederives_start_and_end_and_keeps_ids(library: Library,
                                                          version_id: int) -> None:
    before = {s.lineage: s.id for s in load_version_plan(library, version_id).segments}
    save_segments(library, version_id, move(PLAN, 2, 0))
    plan = load_version_plan(library, version_id)
    assert [s.title for s in plan.segments] == ["iBoard writing", "Warm-up 熱身", "Pair work"]
    assert [(s.start, s.end) for s in plan.segments] == [(0, 480), (480, 780), (780, 800)]
    assert {s.lineage: s.id for s in plan.segments} == before


def test_insert_duplicate_and_delete_are_stored(library: Library, version_id: int) -> None:
    extra = SegmentDraft.new("Gallery walk", SegmentKind.PEER_FEEDBACK, 600)
    edited = duplicate(insert(PLAN, 1, extra), 0)
    save_segments(library, version_id, edited)
    assert load_version_plan(library, version_id).drafts() == edited
    save_segments(library, version_id, edited[2:])
    assert [s.title for s in load_version_plan(library, version_id).segments] == [
        "Gallery walk", "Pair work", "iBoard writing"]


@pytest.mark.parametrize(("bad", "message"), [
    (dataclasses.replace(PLAN[0], title="  "), "needs a title"),
    (dataclasses.replace(PLAN[0], planned_seconds=0), "longer than 0:00"),
    (dataclasses.replace(PLAN[0], planned_seconds=51 * 60), "longer than the 50:00 lesson"),
])
def test_bad_segments_are_refused_and_nothing_changes(library: Library, version_id: int,
                                                      bad: SegmentDraft, message: str) -> None:
    before = load_version_plan(library, version_id)
    with pytest.raises(ValidationError, match=message):
        save_segments(library, version_id, (bad, *PLAN[1:]))
    assert load_version_plan(library, version_id) == before


def test_a_taught_version_is_frozen_and_a_new_version_continues_it(library: Library,
                                                                   version_id: int) -> None:
    record_teaching(library, version_id, TeachingInput(class_name="5B", teacher="Ms Lee"))
    before = load_version_plan(library, version_id)
    assert before.version.frozen and before.version.status == "rehearsed"
    with pytest.raises(FrozenVersionError, match="Make a new version"):
        save_segments(library, version_id, PLAN[:1])
    assert load_version_plan(library, version_id) == before
    v2 = new_version(library, version_id, change_summary="Longer pair work", author=" Ms  Lee ")
    assert (v2.number, v2.status, v2.author, v2.frozen) == (2, "draft", "Ms Lee", False)
    assert load_version_plan(library, v2.id).drafts() == PLAN  # same lineage, same content
    describe_version(library, version_id, change_summary="First plan, rehearsed", author="Ms Lee")
    assert load_version_plan(library, version_id).version.change_summary == "First plan, rehearsed"


def test_comparison_through_the_service(library: Library, version_id: int) -> None:
    record_teaching(library, version_id, TeachingInput())
    v2 = new_version(library, version_id, change_summary="After the rehearsal")
    added = SegmentDraft.new("Exit ticket", SegmentKind.INDIVIDUAL_WORK, 240)
    edited = replace_field(move(PLAN, 1, 2), 0, "planned_seconds", "4:00")
    edited = replace_field(edited, 1, "activity", "Write four key ideas")
    save_segments(library, v2.id, (*edited[:2], added))  # "Pair work" removed
    result = compare_versions(library, version_id, v2.id)
    assert (result.old.number, result.new.number) == (1, 2)
    diff = result.diff
    assert [c.title for c in diff.of_kind(ChangeKind.ADDED)] == ["Exit ticket"]
    assert [c.title for c in diff.of_kind(ChangeKind.REMOVED)] == ["Pair work"]
    retimed = diff.of_kind(ChangeKind.RETIMED)
    assert [(c.title, c.timing.old_seconds, c.timing.new_seconds) for c in retimed if c.timing] == [
        ("Warm-up 熱身", 300, 240)]
    assert [f.field for c in diff.of_kind(ChangeKind.CHANGED) for f in c.fields] == ["activity"]
    assert diff.total_delta == (240 + 480 + 240) - 800
    assert "Segment 'Exit ticket' added at 3 (4:00)" in diff.describe()


def test_comparing_versions_of_different_lessons_is_refused(library: Library,
                                                            version_id: int) -> None:
    other = create_lesson(library, NewLesson(title="Decimals"))
    with pytest.raises(ValidationError, match="same lesson"):
        compare_versions(library, version_id, other.version_id)


def test_latest_version_is_the_default(library: Library, version_id: int) -> None:
    new_version(library, version_id)
    assert load_plan(library, "Fractions 分數").version.number == 2
