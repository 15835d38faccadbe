"""From feedback to action to revised version, and closing actions with the version that did it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import actions as act
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.plans import load_plan
from lessonstudy.services.revision import create_revised_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ActionItem, LessonVersion

RESEARCH = 2


def _snapshot(library: Library) -> tuple[list[tuple[object, ...]], int]:
    with library.unit_of_work() as session:
        rows = [(a.id, a.text, a.owner, a.status, a.target_segment_lineage, a.target_field,
                 a.linked_version_id, a.closed_by_version_id)
                for a in session.scalars(select(ActionItem).order_by(ActionItem.id))]
        return rows, session.scalar(select(func.count(LessonVersion.id))) or 0


def test_feedback_to_action_to_revised_version_to_closed(demo_library: Library) -> None:
    info = conf.open_conference(demo_library, RESEARCH)
    item = fb.add_feedback(demo_library, info.id, fb.FeedbackDraft(
        "Exit ticket too long for four minutes", "concern", segment_id=info.segments[8].id))
    action = act.action_from_feedback(demo_library, item.id, owner="  Ho   Mei Ling ")
    assert (action.text, action.owner, action.status) == (item.text, "Ho Mei Ling", "open")
    assert action.target_segment_title == "Exit ticket"
    assert action.from_version_number == 2 and action.feedback_text == item.text

    revised = create_revised_version(demo_library, RESEARCH, author="李嘉欣 Lee Ka Yan")
    assert revised.version.number == 3 and revised.version.status == "draft"
    assert {a.id for a in revised.linked} == {a.id for a in act.list_actions(demo_library,
                                                                              RESEARCH)}
    assert all(a.linked_version_number == 3 for a in revised.linked)
    assert "Exit ticket too long" in revised.version.change_summary
    v2, v3 = load_plan(demo_library, 1, 2), load_plan(demo_library, 1, 3)
    assert [s.lineage for s in v3.segments] == [s.lineage for s in v2.segments]

    closed = act.close_action(demo_library, action.id, revised.version.id)
    assert (closed.status, closed.closed_by_version_number) == ("done", 3)
    reopened = act.set_action_status(demo_library, action.id, "open")
    assert (reopened.status, reopened.closed_by_version_number) == ("open", None)


def test_revising_with_no_open_action_is_refused(demo_library: Library) -> None:
    for action in act.list_actions(demo_library, RESEARCH):
        act.set_action_status(demo_library, action.id, "dropped")
    before = _snapshot(demo_library)
    with pytest.raises(ValidationError, match="no open actions"):
        create_revised_version(demo_library, RESEARCH)
    assert _snapshot(demo_library) == before


def test_an_action_cannot_be_closed_by_the_version_it_came_from(demo_library: Library) -> None:
    action = act.list_actions(demo_library, RESEARCH)[0]
    before = _snapshot(demo_library)
    with pytest.raises(ValidationError, match="choose a later version"):
        act.close_action(demo_library, action.id, action.from_version_id or 0)
    with pytest.raises(ValidationError, match="same lesson"):
        act.close_action(demo_library, action.id, 99999)
    with pytest.raises(ValidationError, match="with the version that addresses it"):
        act.set_action_status(demo_library, action.id, "done")
    assert _snapshot(demo_library) == before


@pytest.mark.parametrize(("draft", "message"), [
    (act.ActionDraft(" "), "needs to say what the team will change"),
    (act.ActionDraft("x", target_field="colour"), "not a part of the plan"),
    (act.ActionDraft("x", target_segment_lineage="no-such-lineage"), "not part of this lesson"),
    (act.ActionDraft("x", feedback_id=99999), "no longer exists"),
])
def test_bad_actions_are_refused_and_nothing_changes(demo_library: Library,
                                                    draft: act.ActionDraft, message: str) -> None:
    before = _snapshot(demo_library)
    with pytest.raises(ValidationError, match=message):
        act.add_action(demo_library, RESEARCH, draft)
    with pytest.raises(ValidationError, match=message):
        act.update_action(demo_library, before[0][0][0], draft)  # type: ignore[arg-type]
    assert _snapshot(demo_library) == before


def test_plan_field_target_and_delete_restore(demo_library: Library) -> None:
    added = act.add_action(demo_library, RESEARCH, act.ActionDraft(
        "State objective 3 in pupils' words", "陳慧敏", target_field="goals"))
    assert added.target_label == "Lesson goals"
    revised = create_revised_version(demo_library, RESEARCH)
    act.close_action(demo_library, added.id, revised.version.id)
    gone = act.delete_action(demo_library, added.id)
    assert added.id not in [a.id for a in act.list_actions(demo_library, RESEARCH)]
    back = act.restore_action(demo_library, gone)
    assert (back.text, back.status, back.linked_version_number, back.closed_by_version_number,
            back.target_field) == (added.text, "done", 3, 3, "goals")
