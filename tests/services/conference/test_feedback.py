"""Feedback items: types, groups, critical friends, evidence, key ideas, refusals, undo data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.actions import list_actions
from lessonstudy.services.evidence import evidence_choices
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import FeedbackEvidence, FeedbackItem

RESEARCH = 2


def _counts(library: Library) -> tuple[int, int]:
    with library.unit_of_work() as session:
        return (session.scalar(select(func.count(FeedbackItem.id))) or 0,
                session.scalar(select(func.count(FeedbackEvidence.id))) or 0)


@pytest.fixture
def info(demo_library: Library) -> conf.ConferenceInfo:
    return conf.open_conference(demo_library, RESEARCH)


def test_demo_feedback_lists_in_recorded_order(demo_library: Library,
                                               info: conf.ConferenceInfo) -> None:
    items = fb.list_feedback(demo_library, info.id)
    assert len(items) == 8
    assert [i.type for i in items[:2]] == ["strength", "concern"]
    assert items[1].critical_friend and items[1].group_name == "Group A"
    assert items[1].segment_title == "Group presentations"


def test_feedback_with_evidence_and_automatic_critical_friend(
        demo_library: Library, info: conf.ConferenceInfo) -> None:
    choices = evidence_choices(demo_library, info.id)
    note, photo = choices.notes[2], choices.photos[2]
    assert "Pupil C counted" in note.label and note.label.startswith("12:00 Group C")
    group_c, segment = info.groups[2], info.segments[3]
    record = fb.add_feedback(demo_library, info.id, fb.FeedbackDraft(
        "C 類學生數格子出錯, needs a check step", "concern", group_id=group_c.id,
        author="ms priya natarajan", segment_id=segment.id,
        note_ids=(note.note_id or 0,), photo_ids=(photo.photo_id or 0,)))
    assert record.critical_friend  # the author is Group C's critical friend
    assert record.focus == "Student thinking and misconceptions"  # from the group
    assert [e.label for e in record.evidence] == [note.label, photo.label]
    assert fb.list_feedback(demo_library, info.id)[-1] == record


def test_critical_friend_mark_can_be_overridden(demo_library: Library,
                                                info: conf.ConferenceInfo) -> None:
    draft = fb.FeedbackDraft("Clear objectives", author="Dr Anna Leung 梁安娜",
                             critical_friend=False)
    assert not fb.add_feedback(demo_library, info.id, draft).critical_friend
    visitor = fb.add_feedback(demo_library, info.id, fb.FeedbackDraft("x", author="Mr David Lo"))
    assert not visitor.critical_friend
    edited = fb.update_feedback(demo_library, visitor.id,
                                fb.with_author(visitor.draft(), "Mr Tse Kwok Wing 謝國榮"))
    assert edited.critical_friend


@pytest.mark.parametrize(("draft", "message"), [
    (fb.FeedbackDraft("  "), "needs some text"),
    (fb.FeedbackDraft("x", type="praise"), "not a feedback type"),
    (fb.FeedbackDraft("x", group_id=99999), "did not observe this teaching"),
    (fb.FeedbackDraft("x", segment_id=1), "not part of the lesson version taught"),
    (fb.FeedbackDraft("x", note_ids=(99999,)), "Evidence note 99999 is not from this teaching"),
    (fb.FeedbackDraft("x", photo_ids=(4242,)), "Evidence photo 4242"),
])
def test_bad_feedback_is_refused_and_nothing_is_stored(
        demo_library: Library, info: conf.ConferenceInfo, draft: fb.FeedbackDraft,
        message: str) -> None:
    before = _counts(demo_library)
    first = fb.list_feedback(demo_library, info.id)[0]
    with pytest.raises(ValidationError, match=message):
        fb.add_feedback(demo_library, info.id, draft)
    with pytest.raises(ValidationError, match=message):
        fb.update_feedback(demo_library, first.id, draft)
    assert _counts(demo_library) == before
    assert fb.list_feedback(demo_library, info.id)[0] == first


def test_key_ideas_become_feedback_once(demo_library: Library, info: conf.ConferenceInfo) -> None:
    group_b = info.groups[1]
    made = fb.key_ideas_to_feedback(demo_library, info.id, group_b.id)
    assert [m.text for m in made] == ["Pair work got every student talking", "老師多點名前排學生",
                                      "Gallery critique was lively",
                                      "Give quiet students a role in presenting"]
    assert {m.focus for m in made} == {group_b.focus}
    assert all(m.group_id == group_b.id and not m.critical_friend for m in made)
    assert all(len(m.evidence) == 1 and m.evidence[0].photo_id for m in made)
    assert fb.key_ideas_to_feedback(demo_library, info.id, group_b.id) == []


def test_key_ideas_of_a_group_without_iboard_are_refused(demo_library: Library) -> None:
    rehearsal = conf.open_conference(demo_library, 1)
    with pytest.raises(ValidationError, match="did not observe this teaching"):
        fb.key_ideas_to_feedback(demo_library, rehearsal.id, 1)


def test_delete_and_restore_keeps_evidence_position_and_action_links(
        demo_library: Library, info: conf.ConferenceInfo) -> None:
    items = fb.list_feedback(demo_library, info.id)
    linked = items[1]  # the demo agreed an action from it
    photo = evidence_choices(demo_library, info.id).photos[0]
    linked = fb.update_feedback(demo_library, linked.id,
                                fb.FeedbackDraft(**{**linked.draft().__dict__,
                                                    "photo_ids": (photo.photo_id or 0,)}))
    deleted = fb.delete_feedback(demo_library, linked.id)
    assert len(deleted.action_ids) == 1
    assert list_actions(demo_library, RESEARCH)[0].feedback_id is None
    back = fb.restore_feedback(demo_library, deleted)
    assert (back.position, back.text, back.evidence) == (1, linked.text, linked.evidence)
    assert [i.id for i in fb.list_feedback(demo_library, info.id)][1] == back.id
    assert list_actions(demo_library, RESEARCH)[0].feedback_id == back.id
