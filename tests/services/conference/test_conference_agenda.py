"""Preparing a conference: protocol agenda, principles, timed steps, and refused edits."""

from __future__ import annotations

import pytest

from lessonstudy.domain.conference import AgendaTimer
from lessonstudy.domain.enums import DEFAULT_PRINCIPLES, AgendaKind
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services import conference as conf
from lessonstudy.storage.library import Library

REHEARSAL, RESEARCH = 1, 2


def test_rehearsal_has_no_conference_until_prepared(demo_library: Library) -> None:
    assert conf.load_conference(demo_library, REHEARSAL) is None
    info = conf.open_conference(demo_library, REHEARSAL)
    assert info.principles == DEFAULT_PRINCIPLES
    assert [a.kind for a in info.agenda][:4] == [
        AgendaKind.THANKS, AgendaKind.TEACHER_REFLECTION, AgendaKind.PLANNING_TEAM,
        AgendaKind.PURPOSE_REMINDER]
    assert info.agenda[1].speaker == "陳慧敏 Chan Wai Man"
    assert conf.open_conference(demo_library, REHEARSAL).id == info.id  # prepared once


def test_protocol_agenda_has_one_report_per_group_before_critical_friends(
        demo_library: Library) -> None:
    with demo_library.unit_of_work() as session:
        from lessonstudy.storage.models import AgendaItem, Conference

        session.query(AgendaItem).delete()
        session.query(Conference).delete()
    info = conf.open_conference(demo_library, RESEARCH)
    kinds = [a.kind for a in info.agenda]
    assert kinds == ["thanks", "teacher_reflection", "planning_team", "purpose_reminder",
                     "group_report", "group_report", "group_report", "critical_friends",
                     "open_discussion", "final_comments", "agreed_actions"]
    reports = [a.title for a in info.agenda if a.kind == "group_report"]
    assert reports == [f"{g.name}: {g.focus}" for g in info.groups]
    assert info.agenda[kinds.index("final_comments")].speaker == "Ms Wendy Choi"
    assert [g.critical_friends for g in info.groups] == [
        ("Dr Anna Leung 梁安娜",), ("Mr Tse Kwok Wing 謝國榮",), ("Ms Priya Natarajan",)]
    assert [g.key_idea_count for g in info.groups] == [4, 4, 4]


def test_details_and_principles_are_edited(demo_library: Library) -> None:
    info = conf.open_conference(demo_library, RESEARCH)
    changed = conf.update_details(demo_library, info.id, facilitator="  Ms Ho ", recorder="李嘉欣",
                                  principles=["Mutual respect", "", " 以學生學習為焦點 "])
    assert (changed.facilitator, changed.recorder) == ("Ms Ho", "李嘉欣")
    assert changed.principles == ("Mutual respect", "以學生學習為焦點")
    assert conf.load_conference(demo_library, RESEARCH) == changed


def test_refused_principles_leave_the_conference_unchanged(demo_library: Library) -> None:
    before = conf.open_conference(demo_library, RESEARCH)
    with pytest.raises(ValidationError, match="at least one feedback principle"):
        conf.update_details(demo_library, before.id, facilitator="X", recorder="Y",
                            principles=["  ", ""])
    with pytest.raises(ValidationError, match="at most 200"):
        conf.update_details(demo_library, before.id, facilitator="X", recorder="Y",
                            principles=["x" * 201])
    assert conf.load_conference(demo_library, RESEARCH) == before


def test_agenda_step_timed_with_a_fake_clock_is_stored(demo_library: Library) -> None:
    info = conf.open_conference(demo_library, RESEARCH)
    now = [1000.0]
    timer = AgendaTimer(clock=lambda: now[0])
    step = info.agenda[1]
    timer.start(step.id)
    now[0] += 312.7
    item_id, seconds = timer.stop() or (0, 0)
    stored = conf.record_agenda_time(demo_library, item_id, seconds)
    assert (stored.id, stored.actual_seconds) == (step.id, 312)
    timer.start(step.id, already_seconds=stored.actual_seconds or 0)  # carry on later
    now[0] += 48
    assert timer.elapsed() == 360
    assert timer.stop() == (step.id, 360)
    assert timer.stop() is None


def test_timer_refuses_two_running_steps() -> None:
    timer = AgendaTimer(clock=lambda: 0.0)
    timer.start(1)
    with pytest.raises(ValidationError, match="Stop the running agenda step"):
        timer.start(2)
    assert timer.running_item == 1


def test_agenda_step_edits_are_checked(demo_library: Library) -> None:
    info = conf.open_conference(demo_library, RESEARCH)
    step = info.agenda[0]
    edited = conf.update_agenda_item(demo_library, step.id, title="Thanks 多謝", speaker="Ms Ho",
                                     planned_minutes=3)
    assert (edited.title, edited.speaker, edited.planned_minutes) == ("Thanks 多謝", "Ms Ho", 3)
    for kwargs, message in (({"title": " ", "speaker": "", "planned_minutes": 3}, "needs a title"),
                            ({"title": "T", "speaker": "", "planned_minutes": 999}, "between 0")):
        with pytest.raises(ValidationError, match=message):
            conf.update_agenda_item(demo_library, step.id, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="between 0 and 24 hours"):
        conf.record_agenda_time(demo_library, step.id, -5)
    with pytest.raises(NotFoundError):
        conf.record_agenda_time(demo_library, 99999, 5)
    again = conf.load_conference(demo_library, RESEARCH)
    assert again is not None and again.agenda[0] == edited


def test_unknown_teaching_is_a_teacher_readable_error(demo_library: Library) -> None:
    with pytest.raises(NotFoundError, match="No teaching with id or lesson title 'nope'"):
        conf.open_conference(demo_library, "nope")
