"""Which foci new groups watch: --focus names, else the teaching's own, never an unrelated one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services.assignment import assign_automatically
from lessonstudy.services.observers import load_board
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import CasePupil, Observer
from tests.cli.clirun import run_cli

RESEARCH, REHEARSAL = 2, 1


def _foci(library: Library, teaching: int) -> list[str]:
    return [g.focus for g in load_board(library, teaching).groups]


def test_new_groups_reuse_the_teachings_own_foci(demo_library: Library) -> None:
    own = _foci(demo_library, RESEARCH)
    assert len(own) == 3
    result = assign_automatically(demo_library, RESEARCH, groups=5)
    foci = _foci(demo_library, RESEARCH)
    assert len(result.created_groups) == 2 and foci[:3] == own
    assert foci[3:] == own[:2]  # the least-watched foci first, in the teaching's order


def test_focus_option_picks_library_areas_for_new_groups(demo_library: Library) -> None:
    assign_automatically(demo_library, RESEARCH, groups=6,
                         foci=["case pupils", "Student thinking and misconceptions"])
    foci = _foci(demo_library, RESEARCH)
    assert sorted(foci[3:]) == ["Case pupils", "Case pupils", "Student thinking and misconceptions"]


def test_an_unknown_focus_is_refused_and_nothing_changes(demo_library: Library,
                                                         data_dir: Path) -> None:
    def snapshot() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with sqlite3.connect(data_dir / "library.db") as conn:
            return (conn.execute("SELECT * FROM observer_groups ORDER BY id").fetchall(),
                    conn.execute("SELECT id, group_id FROM observers ORDER BY id").fetchall())

    before = snapshot()
    with pytest.raises(ValidationError, match="No focus area called 'Homework'"):
        assign_automatically(demo_library, RESEARCH, groups=5, foci=["Homework"])
    assert snapshot() == before
    done = run_cli("--data-dir", data_dir, "assign", str(RESEARCH), "--groups", "5",
                   "--focus", "Homework")
    assert done.code == 1 and "No focus area called 'Homework'" in done.err
    assert len(done.err.strip().splitlines()) == 1 and snapshot() == before
    ok = run_cli("--data-dir", data_dir, "assign", str(RESEARCH), "--groups", "5",
                 "--focus", "Case pupils", "--focus", "Student thinking and misconceptions")
    assert ok.code == 0, ok.err
    assert sorted(_foci(demo_library, RESEARCH)[3:]) == [
        "Case pupils", "Student thinking and misconceptions"]


def test_a_lesson_without_case_pupils_never_gets_the_case_pupil_focus(
        demo_library: Library) -> None:
    with demo_library.unit_of_work() as session:
        for pupil in session.query(CasePupil).all():
            session.delete(pupil)
        session.add_all(Observer(teaching_id=REHEARSAL, name=f"Visitor {n}", position=n)
                        for n in range(16))
    assign_automatically(demo_library, REHEARSAL, groups=4)
    foci = _foci(demo_library, REHEARSAL)
    assert len(foci) == 4 and "Case pupils" not in foci
    assert foci[3] == foci[0]
