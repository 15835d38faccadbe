"""Form columns chosen by focus keywords, and the documented field names."""

from __future__ import annotations

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.filenames import numbered_name, safe_stem
from lessonstudy.domain.observation_form import (
    COLUMN_KINDS,
    DEFAULT_COLUMNS,
    cell_field,
    columns_for_focus,
    key_idea_field,
    parse_field,
    pupil_field,
)

T = "6a32a916-c94f-4eca-85d6-21a567733879"
G = "421b08bb-1ccd-4a30-afb8-d8dec5ffe40c"
S = "db4f5be0-32cc-4189-8abe-a0ae868b414d"


def _keys(focus: str) -> list[str]:
    return [c.key for c in columns_for_focus(focus)]


def test_columns_follow_english_and_chinese_focus_keywords() -> None:
    assert _keys("Objectives and learning guides") == ["objectives", "guide", "wonder"]
    assert _keys("學習目標") == ["objectives", "guide", "wonder"]
    assert _keys("Teaching STRATEGIES and student participation") == [
        "participation",
        "moves",
        "wonder",
    ]
    assert _keys("學生參與") == ["participation", "moves", "wonder"]
    assert _keys("Student thinking and misconceptions") == ["said", "reasoning", "wonder"]


def test_an_unknown_or_empty_focus_gets_the_default_columns() -> None:
    assert columns_for_focus("Classroom climate") == DEFAULT_COLUMNS
    assert columns_for_focus("") == DEFAULT_COLUMNS
    assert [c.title for c in DEFAULT_COLUMNS] == [
        "What students said and did",
        "Teacher moves",
        "Questions and wonderings",
    ]


def test_every_column_key_has_one_note_kind() -> None:
    assert COLUMN_KINDS["wonder"] is NoteKind.QUESTION
    assert COLUMN_KINDS["reasoning"] is NoteKind.INTERPRETATION
    assert COLUMN_KINDS["said"] is COLUMN_KINDS["objectives"] is NoteKind.EVIDENCE


def test_field_names_round_trip() -> None:
    cell = parse_field(cell_field(T, G, S, "wonder"))
    assert cell is not None and (cell.teaching, cell.group, cell.segment, cell.column) == (
        T,
        G,
        S,
        "wonder",
    )
    pupil = parse_field(pupil_field(T, G, S, "972f11de-88c3-4113-95b7-c0bf08e4dfc9"))
    assert pupil is not None and pupil.pupil == "972f11de-88c3-4113-95b7-c0bf08e4dfc9"
    assert pupil.column is None
    idea = parse_field(key_idea_field(T, G, 3))
    assert idea is not None and idea.key_idea == 3 and idea.segment is None
    assert key_idea_field(T, G, 1) == f"ls.{T}.g{G}.keyidea1"


def test_foreign_field_names_are_not_ours() -> None:
    for name in (
        "Name",
        "ls.format",
        f"ls.{T}.g{G}",
        f"ls.{T}.g{G}.seg{S}",
        f"x.{T}.g{G}.keyidea1",
    ):
        assert parse_field(name) is None


def test_file_names_keep_chinese_and_drop_what_file_systems_refuse() -> None:
    assert safe_stem("Group B 乙組") == "Group-B-乙組"
    assert safe_stem('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
    assert safe_stem("  ..  ") == "form"
    assert safe_stem("CON") == "form"
    assert safe_stem("x" * 200) == "x" * 60
    assert (
        numbered_name(2, "Group B 乙組", "03", "Ms O'Brien") == "02-Group-B-乙組-03-Ms-O'Brien.pdf"
    )
    assert numbered_name(1, "///") == "01.pdf"
