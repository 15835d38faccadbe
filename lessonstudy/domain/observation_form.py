"""What an observation form asks for, and how its fillable fields are named.

Observers write better evidence when the columns match what their group was
asked to watch: a group on "objectives and learning guides" needs a column
for the objectives, a group on "student thinking" one for reasoning and
misconceptions. The columns are chosen here from the focus (English or
Chinese keywords), with a sensible default, and each column says which kind
of observation note its writing becomes when a filled form is imported.

Field names are a contract (``docs/observation-forms.md``): printing writes
them, :mod:`lessonstudy.services.form_import` parses them, and scripts may
fill forms by name. Never change an existing name or column key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessonstudy.domain.enums import NoteKind
from lessonstudy.i18n import N_

FORM_FORMAT = "lessonstudy-observation-form/1"
"""Value of the hidden ``ls.format`` field; bump the number if names ever change."""

KEY_IDEA_COUNT = 4

# Hidden fields every fillable form carries (the form's identity).
FORMAT_FIELD = "ls.format"
TEACHING_FIELD = "ls.teaching"
GROUP_FIELD = "ls.group"
OBSERVER_FIELD = "ls.observer"


@dataclass(frozen=True)
class FormColumn:
    """One writing column of the segment grid: stable key, printed title, note kind."""

    key: str
    title: str
    note_kind: NoteKind
    hint: str = ""


_SAID_DID = FormColumn(
    "said", N_("What students said and did"), NoteKind.EVIDENCE, N_("words, actions, work")
)
_SAID_WROTE = FormColumn(
    "said", N_("What students said and wrote"), NoteKind.EVIDENCE, N_("quote them where you can")
)
_MOVES = FormColumn(
    "moves", N_("Teacher moves"), NoteKind.EVIDENCE, N_("questions, prompts, support")
)
_STRATEGIES = FormColumn(
    "moves", N_("Teaching strategies"), NoteKind.EVIDENCE,
    N_("what the teacher did to involve students"),
)
_WONDER = FormColumn(
    "wonder", N_("Questions and wonderings"), NoteKind.QUESTION, N_("what you would ask the team")
)
_OBJECTIVES = FormColumn(
    "objectives", N_("Evidence of the objectives"), NoteKind.EVIDENCE, N_("who showed it, and how")
)
_GUIDE = FormColumn(
    "guide", N_("Learning guide and materials in use"), NoteKind.EVIDENCE,
    N_("did they help each step?"),
)
_PARTICIPATION = FormColumn(
    "participation",
    N_("Who took part, and how"),
    NoteKind.EVIDENCE,
    N_("who spoke, how often, quiet students"),
)
_REASONING = FormColumn(
    "reasoning",
    N_("Reasoning and misconceptions"),
    NoteKind.INTERPRETATION,
    N_("where thinking held or broke down"),
)

DEFAULT_COLUMNS: tuple[FormColumn, ...] = (_SAID_DID, _MOVES, _WONDER)

# (keywords, columns) in order of preference; the first match wins.
_FOCUS_RULES: tuple[tuple[tuple[str, ...], tuple[FormColumn, ...]], ...] = (
    (
        (
            "objective",
            "goal",
            "learning guide",
            "workbook",
            "worksheet",
            "目標",
            "學習冊",
            "學習指引",
            "工作紙",
            "目标",
            "学习单",
            "学习指引",
            "工作纸",
            "めあて",
            "ワークシート",
        ),
        (_OBJECTIVES, _GUIDE, _WONDER),
    ),
    (
        (
            "thinking",
            "misconception",
            "reasoning",
            "understanding",
            "思維",
            "迷思",
            "推理",
            "理解",
            "思考",
            "思维",
            "误区",
            "つまずき",
            "考え",
        ),
        (_SAID_WROTE, _REASONING, _WONDER),
    ),
    (
        (
            "strateg",
            "participation",
            "engagement",
            "interaction",
            "discussion",
            "策略",
            "參與",
            "互動",
            "討論",
            "参与",
            "互动",
            "讨论",
            "手立て",
            "参加",
            "話し合い",
        ),
        (_PARTICIPATION, _STRATEGIES, _WONDER),
    ),
)

COLUMN_KINDS: dict[str, NoteKind] = {
    column.key: column.note_kind
    for columns in (DEFAULT_COLUMNS, *(rule[1] for rule in _FOCUS_RULES))
    for column in columns
}
"""Every column key ever printed, with the note kind its cells import as."""

CASE_PUPIL_KIND = NoteKind.EVIDENCE


def columns_for_focus(focus: str) -> tuple[FormColumn, ...]:
    """The writing columns for a group's focus (case-insensitive keywords, else the default)."""
    text = focus.casefold()
    for keywords, columns in _FOCUS_RULES:
        if any(word in text for word in keywords):
            return columns
    return DEFAULT_COLUMNS


# -- field names -------------------------------------------------------------------
def cell_field(teaching: str, group: str, segment: str, column: str) -> str:
    """``ls.<teaching uuid>.g<group uuid>.seg<segment lineage>.<column key>``."""
    return f"ls.{teaching}.g{group}.seg{segment}.{column}"


def pupil_field(teaching: str, group: str, segment: str, pupil: str) -> str:
    """The case-pupil cell: column ``pupil<case pupil uuid>``."""
    return cell_field(teaching, group, segment, f"pupil{pupil}")


def key_idea_field(teaching: str, group: str, position: int) -> str:
    """``ls.<teaching uuid>.g<group uuid>.keyidea<1-4>``."""
    return f"ls.{teaching}.g{group}.keyidea{position}"


_ID = r"[0-9A-Za-z-]+"
_CELL = re.compile(
    rf"ls\.(?P<teaching>{_ID})\.g(?P<group>{_ID})\."
    rf"(?:seg(?P<segment>{_ID})\.(?:pupil(?P<pupil>{_ID})|(?P<column>[a-z]+))"
    rf"|keyidea(?P<idea>\d+))"
)


@dataclass(frozen=True)
class FieldName:
    """A parsed writing field: a grid cell (column or case pupil) or a key-idea box."""

    teaching: str
    group: str
    segment: str | None = None
    column: str | None = None
    pupil: str | None = None
    key_idea: int | None = None


def parse_field(name: str) -> FieldName | None:
    """The parts of a writing field's name, or None if it is not one of ours."""
    match = _CELL.fullmatch(name)
    if match is None:
        return None
    idea = match["idea"]
    return FieldName(
        match["teaching"],
        match["group"],
        match["segment"],
        match["column"],
        match["pupil"],
        int(idea) if idea is not None else None,
    )
