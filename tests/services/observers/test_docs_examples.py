"""The roster examples in docs/observer-groups.md import as documented."""

from __future__ import annotations

import re
from pathlib import Path

from lessonstudy.services.roster_import import import_roster
from lessonstudy.storage.library import Library
from tests.services.observers.support import membership

DOC = Path(__file__).resolve().parents[3] / "docs" / "observer-groups.md"


def test_both_documented_examples_import(demo_library: Library) -> None:
    english, chinese = re.findall(r"```csv\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    first = import_roster(demo_library, 1, english.encode("utf-8"), "english.csv")
    second = import_roster(demo_library, 1, chinese.encode("utf-8"), "chinese.csv")
    assert (first.added, first.created_groups) == (4, ("Group A", "Group B"))
    assert (second.added, second.created_groups) == (4, ("甲組", "乙組"))
    placed = membership(demo_library, 1)
    assert placed["梁安娜"] == ("甲組", True) and placed["Mr Lam Chi Keung"] == (None, False)
