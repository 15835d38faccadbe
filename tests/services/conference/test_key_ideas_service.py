"""One service decides a group's key ideas: typed ones and photographed ones, everywhere."""

from __future__ import annotations

from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.key_ideas import set_group_key_ideas, teaching_key_ideas
from lessonstudy.storage.library import Library

RESEARCH = 2


def test_typed_and_photo_ideas_become_feedback_with_the_type_chosen_per_idea(
        demo_library: Library) -> None:
    set_group_key_ideas(demo_library, RESEARCH, "Group A", ["Typed idea one", "Typed idea two?"])
    info = conf.open_conference(demo_library, RESEARCH)
    group = next(g for g in info.groups if g.name == "Group A")
    assert group.key_idea_count == 6  # two typed + four on the iBoard photo
    pending = fb.pending_key_ideas(demo_library, info.id, group.id)
    assert pending[:2] == ["Typed idea one", "Typed idea two?"] and len(pending) == 6
    made = fb.key_ideas_to_feedback(demo_library, info.id, group.id,
                                    types={"Typed idea one": "concern",
                                           "Objective 3 needs more time": "suggestion"})
    kinds = {r.text: r.type for r in made}
    assert kinds["Typed idea one"] == "concern"
    assert kinds["Typed idea two?"] == "question"  # not chosen: the question mark decides
    assert kinds["Objective 3 needs more time"] == "suggestion"
    typed = next(r for r in made if r.text == "Typed idea one")
    photographed = next(r for r in made if r.text == "Objective 3 needs more time")
    assert typed.evidence == () and photographed.evidence[0].photo_id is not None
    assert fb.pending_key_ideas(demo_library, info.id, group.id) == []


def test_replacing_and_clearing_a_groups_typed_set(demo_library: Library) -> None:
    set_group_key_ideas(demo_library, RESEARCH, "Group B", ["a", "b", "c"])
    set_group_key_ideas(demo_library, RESEARCH, "Group B", ["  only   one "])
    typed = [s for s in teaching_key_ideas(demo_library, RESEARCH) if s.typed]
    assert [(s.group_name, s.ideas) for s in typed] == [("Group B", ("only one",))]
    set_group_key_ideas(demo_library, RESEARCH, "Group B", [])
    assert not [s for s in teaching_key_ideas(demo_library, RESEARCH) if s.typed]
