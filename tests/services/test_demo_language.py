"""The demo library made in a Japanese or Chinese window has its defaults in that language.

What the app itself would have written (group names, foci and prompts, team roles, agenda
steps, feedback principles, tallies, "My team") is created in the library's language; the
lesson the demo team typed stays as written.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from lessonstudy.domain.conference import default_principles
from lessonstudy.domain.tallies import suggested_set
from lessonstudy.i18n import using_language
from lessonstudy.services.assignment import assign_automatically
from lessonstudy.services.demo import load_demo
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.library_settings import set_print_language
from lessonstudy.services.observer_records import ObserverInput
from lessonstudy.services.observers import add_observer
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    AgendaItem,
    Conference,
    FocusArea,
    Lesson,
    Member,
    ObserverGroup,
    Photo,
    TallyCounter,
    Team,
)

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _demo_defaults(library: Library) -> dict[str, list[str]]:
    with library.reading() as session:
        groups = session.scalars(select(ObserverGroup).order_by(ObserverGroup.position)).all()
        areas = {a.id: a.name for a in session.scalars(select(FocusArea))}
        return {
            "groups": [g.name for g in groups],
            "foci": [g.focus for g in groups],
            "prompts": [line for g in groups for line in g.prompts.splitlines()],
            "linked": [areas.get(g.focus_area_id or 0, "") for g in groups],
            "areas": list(areas.values()),
            "roles": [m.role for m in session.scalars(select(Member).order_by(Member.position))],
            "agenda": list(session.scalars(select(AgendaItem.title)
                                           .order_by(AgendaItem.position))),
            "principles": session.scalars(select(Conference.principles)).one().splitlines(),
            "tallies": list(session.scalars(select(TallyCounter.label)
                                            .order_by(TallyCounter.position))),
            "captions": list(session.scalars(select(Photo.caption))),
            "lesson": [session.scalars(select(Lesson.title)).one()],
        }


@pytest.mark.parametrize(("language", "group_a"), [
    ("ja", "グループA"), ("zh-HK", "A組"), ("zh-CN", "A组")])
def test_the_demo_made_in_a_window_of_that_language(library: Library, language: str,
                                                    group_a: str) -> None:
    with using_language(language):  # as the window (or `demo --lang`) runs it
        load_demo(library)
        principles = list(default_principles())
        tallies = [spec.label for spec in suggested_set()]
    made = _demo_defaults(library)
    assert made["groups"][0] == group_a
    assert made["foci"] == made["linked"] == made["areas"][:3]  # linked to the seeded areas
    assert made["principles"] == principles and made["tallies"] == tallies
    for kind in ("groups", "foci", "prompts", "roles", "agenda", "principles", "tallies"):
        english = [text for text in made[kind] if LATIN_WORD.search(text)]
        assert english == [], (kind, english)
    agenda_reports = [t for t in made["agenda"] if group_a in t]
    assert agenda_reports and made["foci"][0] in agenda_reports[0]
    assert all(group_a in c or LATIN_WORD.sub("", c) != c for c in made["captions"][:1])
    assert not LATIN_WORD.search(made["captions"][0].replace("iBoard", ""))
    assert made["lesson"] == ["Discovering Pythagoras' theorem 發現畢氏定理"]  # typed: kept


def test_the_librarys_print_language_wins_over_the_window(library: Library) -> None:
    set_print_language(library, "ja")
    load_demo(library)  # English in force
    made = _demo_defaults(library)
    assert made["groups"] == ["グループA", "グループB", "グループC"]
    assert made["agenda"][0] == "授業者と児童生徒への感謝"


def test_the_english_demo_is_unchanged(library: Library) -> None:
    load_demo(library)
    made = _demo_defaults(library)
    assert made["groups"] == ["Group A", "Group B", "Group C"]
    assert made["foci"][0] == "Objectives and learning guides / workbooks"
    assert made["prompts"][:2] == ["Are the objectives clear to students?",
                                   "Does the learning guide / workbook support each step?"]
    assert made["roles"][0] == "teaching teacher"
    assert made["captions"][0] == "Group A iBoard: four key ideas"


def test_my_team_and_new_group_names_are_in_the_librarys_language(library: Library) -> None:
    with using_language("ja"):
        created = create_lesson(library, NewLesson(title="分数のわり算", team_name=""))
    with library.reading() as session:
        assert session.scalars(select(Team.name)).one() == "マイチーム"
    teaching_id = _teaching_of(library, created.version_id)
    for name in ("佐藤", "鈴木", "高橋"):
        add_observer(library, teaching_id, ObserverInput(name=name))
    with using_language("zh-CN"):
        result = assign_automatically(library, teaching_id, groups=2)
    assert result.created_groups == ("A组", "B组")


def _teaching_of(library: Library, version_id: int) -> int:
    from lessonstudy.services.teachings import TeachingInput, record_teaching

    return record_teaching(library, version_id, TeachingInput())
