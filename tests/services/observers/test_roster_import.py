"""Importing a roster CSV into a teaching: stored rows, refusals, re-imports, groups."""

from __future__ import annotations

import pytest

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.services.observers import load_board
from lessonstudy.services.roster_import import (
    import_roster,
    redo_roster_import,
    undo_roster_import,
)
from lessonstudy.storage.library import Library
from tests.services.observers.support import membership, stored

RESEARCH = 2

ROSTER = (
    "姓名,學校,角色,組別\n"
    "陳大文,沙田學院,諍友,Group B\n"
    "Lee Siu Ming,Island School,,\n"
    "Wong Ka Yan,Island School,recorder,Group D\n"
    "Ho Wai Kit,,visitor,group d\n"
).encode()


def test_rows_are_stored_placed_pinned_and_new_groups_created(demo_library: Library) -> None:
    result = import_roster(demo_library, RESEARCH, ROSTER, "registrations.csv")
    assert (result.added, result.placed, result.created_groups, result.notes) == (
        4, 3, ("Group D",), ())
    placed = membership(demo_library, RESEARCH)
    assert placed["陳大文"] == ("Group B", True)
    assert placed["Lee Siu Ming"] == (None, False)
    assert placed["Wong Ka Yan"] == placed["Ho Wai Kit"] == ("Group D", True)
    board = load_board(demo_library, RESEARCH)
    added = [p for p in board.observers if p.id in result.added_ids]
    assert [p.name for p in added] == ["陳大文", "Lee Siu Ming", "Wong Ka Yan", "Ho Wai Kit"]
    assert [p.role for p in added] == [ObserverRole.CRITICAL_FRIEND, ObserverRole.VISITOR,
                                       ObserverRole.RECORDER, ObserverRole.VISITOR]
    assert added[0].position > max(p.position for p in board.observers if p not in added)


def test_a_file_with_bad_rows_stores_nothing_and_lists_every_line(demo_library: Library) -> None:
    before = stored(demo_library)
    bad = b"name,school,role\nChan,,critic\n,Island School,\nLee,,visitor\n"
    with pytest.raises(ImportRejectedError) as caught:
        import_roster(demo_library, RESEARCH, bad, "bad.csv")
    assert caught.value.problems == [
        "line 2: role 'critic' is not known (did you mean 'critical friend'? use visitor, team "
        "member, critical friend, knowledgeable other, facilitator, recorder or timekeeper)",
        "line 3: name is empty",
    ]
    assert "nothing was stored" in caught.value.message
    assert stored(demo_library) == before


def test_overlong_cells_are_refused_by_line(demo_library: Library) -> None:
    before = stored(demo_library)
    long = "name,school,group\nChan," + "S" * 201 + ",A\nLee,,\n"
    with pytest.raises(ImportRejectedError) as caught:
        import_roster(demo_library, RESEARCH, long.encode(), "long.csv")
    assert caught.value.problems == ["line 2: the school has more than 200 characters"]
    assert stored(demo_library) == before


def test_people_already_stored_are_skipped_with_a_note(demo_library: Library) -> None:
    again = (
        "name,school,role,group\n"
        "dr anna  leung 梁安娜,Education University of Hong Kong,visitor,Group C\n"
        "Mr Lam Chi Keung,TAI PO secondary,,\n"
        "New Person,Sha Tin College,,\n"
    ).encode()
    result = import_roster(demo_library, RESEARCH, again)
    assert result.added == 1
    assert result.notes == (
        "line 2: 'dr anna leung 梁安娜' (Education University of Hong Kong) is already in the "
        "list; skipped (stored as critical friend, the file says visitor; stored in Group A, "
        "the file says Group C).",
        "line 3: 'Mr Lam Chi Keung' (TAI PO secondary) is already in the list; skipped.",
    )
    assert membership(demo_library, RESEARCH)["Dr Anna Leung 梁安娜"] == ("Group A", False)
    assert len(load_board(demo_library, RESEARCH).observers) == 25


def test_importing_the_same_file_twice_adds_nobody_the_second_time(
        demo_library: Library) -> None:
    import_roster(demo_library, RESEARCH, ROSTER)
    before = stored(demo_library)
    second = import_roster(demo_library, RESEARCH, ROSTER)
    assert (second.added, second.created_groups, len(second.notes)) == (0, (), 4)
    assert stored(demo_library) == before


def test_undo_takes_the_import_back(demo_library: Library) -> None:
    before = stored(demo_library)
    result = import_roster(demo_library, RESEARCH, ROSTER)
    imported = stored(demo_library)
    undone = undo_roster_import(demo_library, result)
    after = stored(demo_library)
    assert after["observers"] == before["observers"]
    assert after["observer_groups"] == before["observer_groups"]
    assert len(undone.observers) == 4 and len(undone.groups) == 1
    redo_roster_import(demo_library, undone)
    again = stored(demo_library)
    assert [r[:3] for r in again["observers"]] == [r[:3] for r in imported["observers"]]
    assert [r[:3] for r in again["observer_groups"]] == [
        r[:3] for r in imported["observer_groups"]]
    assert membership(demo_library, RESEARCH)["Ho Wai Kit"] == ("Group D", True)
