"""Tallies by key press (counted per segment and interval) and case-pupil predictions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lessonstudy.domain.errors import ClockError, ValidationError
from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.domain.tallies import CounterSpec, copus_set, counter_problems, suggested_set
from lessonstudy.services import live, predictions, tallies
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    ObservationNote,
    ObserverGroup,
    Segment,
    Teaching,
)
from tests.live_support import add_fresh_teaching


def _first_group(library: Library, teaching: int) -> int:
    with library.unit_of_work() as session:
        return session.scalars(select(ObserverGroup.id).where(
            ObserverGroup.teaching_id == teaching).order_by(ObserverGroup.position)).first()


def test_copus_and_suggested_sets_keep_the_rules() -> None:
    assert counter_problems(copus_set()) == []
    assert [c.code for c in suggested_set()] == ["PQ", "TQ", "PP", "WT"]
    problems = counter_problems([CounterSpec("a", "q"), CounterSpec("", "Q"),
                                 CounterSpec("c", "1")])
    assert any("'q' is used by 2" in p for p in problems)
    assert any("needs a name" in p for p in problems)
    assert any("must be one letter" in p for p in problems)


def test_marks_count_per_segment_and_per_two_minutes(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    group = _first_group(demo_library, teaching)
    made = tallies.set_group_counters(demo_library, group, suggested_set())
    pupil_q, teacher_q = made[0].id, made[1].id
    clock = ManualClock()
    live.start_lesson(demo_library, teaching, clock.now())
    for step in (10, 60, 100):  # 10 s, 70 s, 170 s
        clock.advance(step)
        tallies.add_mark(demo_library, teaching, pupil_q, clock.now())
    live.next_segment(demo_library, teaching, clock.now())
    clock.advance(5)
    mark = tallies.add_mark(demo_library, teaching, teacher_q, clock.now())
    tallies.add_mark(demo_library, teaching, pupil_q, clock.now())
    counts = tallies.tally_counts(demo_library, teaching)
    with demo_library.unit_of_work() as session:
        seg_ids = list(session.scalars(select(Segment.id).where(
            Segment.version_id == session.get_one(Teaching, teaching).version_id)
            .order_by(Segment.position)))
    assert counts.by_segment[pupil_q] == {seg_ids[0]: 3, seg_ids[1]: 1}
    assert counts.by_interval[pupil_q] == {0: 2, 1: 2}
    assert counts.total(teacher_q) == 1
    tallies.remove_mark(demo_library, mark.id)
    assert tallies.tally_counts(demo_library, teaching).total(teacher_q) == 0


def test_a_key_with_no_lesson_running_is_refused(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    counter = tallies.set_group_counters(demo_library, _first_group(demo_library, teaching),
                                         suggested_set())[0]
    clock = ManualClock()
    with pytest.raises(ClockError, match="start \\(or resume\\) the lesson clock"):
        tallies.add_mark(demo_library, teaching, counter.id, clock.now())
    live.start_lesson(demo_library, teaching, clock.now())
    live.pause_lesson(demo_library, teaching, clock.now())
    with pytest.raises(ClockError):
        tallies.add_mark(demo_library, teaching, counter.id, clock.now())
    assert tallies.tally_counts(demo_library, teaching).by_segment == {}


def test_bad_counters_change_nothing_and_kept_counters_keep_marks(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    group = _first_group(demo_library, teaching)
    made = tallies.set_group_counters(demo_library, group, suggested_set())
    with pytest.raises(ValidationError, match="counters need fixing"):
        tallies.set_group_counters(demo_library, group, [CounterSpec("x", "q"),
                                                         CounterSpec("y", "q")])
    assert tallies.counters(demo_library, teaching) == made
    clock = ManualClock()
    live.start_lesson(demo_library, teaching, clock.now())
    tallies.add_mark(demo_library, teaching, made[0].id, clock.now())
    swapped = [CounterSpec(made[1].label, made[0].key, id=made[1].id),
               CounterSpec(made[0].label, made[1].key, id=made[0].id)]
    again = tallies.set_group_counters(demo_library, group, swapped)
    assert [c.id for c in again] == [made[1].id, made[0].id]
    assert tallies.tally_counts(demo_library, teaching).total(made[0].id) == 1


def test_predictions_beside_what_was_observed(demo_library: Library) -> None:
    teaching = add_fresh_teaching(demo_library)
    with demo_library.unit_of_work() as session:
        version_id = session.get_one(Teaching, teaching).version_id
        first = session.scalars(select(Segment).where(Segment.version_id == version_id)
                                .order_by(Segment.position)).first()
        case = session.scalars(select(CasePupil).order_by(CasePupil.label)).first()
        seg_id, case_id, label = first.id, case.id, case.label
        session.add(ObservationNote(teaching_id=teaching, segment_id=seg_id,
                                    case_pupil_id=case_id, elapsed_seconds=30,
                                    text="Counted squares on the grid"))
    predictions.set_prediction(demo_library, seg_id, case_id, "  Will count squares  ")
    grid = predictions.teaching_predictions(demo_library, teaching)
    row = next(r for r in grid.rows if r.segment_id == seg_id and r.case_pupil_id == case_id)
    assert (row.predicted, row.observed) == ("Will count squares",
                                             ("Counted squares on the grid",))
    assert grid.predicted(label, seg_id) == "Will count squares"
    predictions.set_prediction(demo_library, seg_id, case_id, "")
    assert predictions.version_predictions(demo_library, version_id).predicted(label, seg_id) == ""
    with pytest.raises(ValidationError, match="at most 2000"):
        predictions.set_prediction(demo_library, seg_id, case_id, "x" * 2001)
