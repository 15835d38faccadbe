"""The lesson plan read model: header, team, cycle, version info and derived segment times."""

from __future__ import annotations

import pytest

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import NotFoundError
from lessonstudy.services.plans import load_plan, load_version_plan
from lessonstudy.storage.library import Library


def test_latest_version_by_title_with_header_and_derived_times(demo_library: Library) -> None:
    plan = load_plan(demo_library, "discovering pythagoras' theorem 發現畢氏定理")
    assert plan.version.number == 2 and plan.version.frozen
    assert plan.team_name.startswith("S2 Mathematics Team")
    assert plan.members[0].name == "陳慧敏 Chan Wai Man"
    assert plan.members[0].role == "teaching teacher"
    assert plan.research_theme.startswith("Self-regulated learning")
    assert plan.grade == "Secondary 2 (2A)" and plan.duration_seconds == 3000
    assert [s.number for s in plan.segments] == list(range(1, 11))
    pair = plan.segments[2]
    assert (pair.kind, pair.start, pair.end, pair.time_range) == (
        SegmentKind.PAIR_WORK, 420, 440, "07:00–07:20")
    assert all(a.end == b.start for a, b in zip(plan.segments, plan.segments[1:], strict=False))
    assert plan.timing.planned_seconds == 3000 and plan.timing.fits
    assert [v.number for v in plan.versions] == [1, 2]


def test_earlier_version_by_number_and_by_id(demo_library: Library) -> None:
    first = load_plan(demo_library, 1, version_number=1)
    assert first.version.number == 1 and len(first.segments) == 9
    assert first.segments[2].title == "Group work: measure the squares"
    assert first.segments[2].planned_seconds == 12 * 60
    again = load_version_plan(demo_library, first.version.id)
    assert again == first


def test_unknown_lesson_and_version_are_explained(demo_library: Library) -> None:
    with pytest.raises(NotFoundError, match="No lesson with id or title 'Fractions'"):
        load_plan(demo_library, "Fractions")
    with pytest.raises(NotFoundError, match=r"has no version 7 \(it has 1, 2\)"):
        load_plan(demo_library, 1, version_number=7)
    with pytest.raises(NotFoundError, match="no longer exists"):
        load_version_plan(demo_library, 999)
