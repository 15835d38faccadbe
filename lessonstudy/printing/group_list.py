"""The printed observer group list: one page per group, handed to each convenor.

On the morning of an open class the facilitator prints this and gives each
group its page: the group's focus and prompts, who convenes it, and who is
in it with their school and role. Critical friends are marked with a star
(and their row shaded), because the convenor calls on them first at the
post-lesson conference. Observers not yet in a group get a page of their own,
so nobody is forgotten at the door.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.printing.document import BuildResult, DocumentMeta, build_pdf
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import Ink, Paper, get_styles, para
from lessonstudy.services.observer_records import GroupBoard, GroupInfo, ObserverInfo

STAR = "★"
UNASSIGNED = "Not yet in a group 未分組"

_ROLE_NAMES = {
    ObserverRole.VISITOR: "Visitor 觀課者",
    ObserverRole.TEAM_MEMBER: "Team member 備課組成員",
    ObserverRole.CRITICAL_FRIEND: "Critical friend 諍友",
    ObserverRole.KNOWLEDGEABLE_OTHER: "Knowledgeable other 專家",
    ObserverRole.FACILITATOR: "Facilitator 主持人",
    ObserverRole.RECORDER: "Recorder 記錄員",
    ObserverRole.TIMEKEEPER: "Timekeeper 計時員",
}


def build_group_list(path: str | Path, board: GroupBoard, *, paper: Paper = Paper.A4,
                     invariant: bool = False) -> BuildResult:
    """Write the group list of ``board`` to ``path`` (one page per group)."""
    sections = [_group_section(group, board.members(group.id)) for group in board.groups]
    unassigned = board.members(None)
    if unassigned:
        sections.append(Section(UNASSIGNED, [_members_table(unassigned)]))
    if not sections:
        sections.append(Section("Observer groups 觀課分組", [
            para("This teaching has no observer groups or observers yet.")]))
    return build_pdf(path, sections, _meta(board), paper=paper, invariant=invariant)


def role_name(role: ObserverRole) -> str:
    """The bilingual role name printed in the list."""
    return _ROLE_NAMES[role]


def _meta(board: GroupBoard) -> DocumentMeta:
    when = board.teaching_date.isoformat() if board.teaching_date else ""
    parts = [board.teaching_kind.capitalize() + " lesson", when,
             f"class {board.class_name}" if board.class_name else ""]
    return DocumentMeta(
        title=f"Observer groups 觀課分組 · {board.lesson_title}",
        subtitle=" · ".join(part for part in parts if part),
        subject="Observer groups of an open class", keywords=("lesson study", "observer groups"),
    )


def _group_section(group: GroupInfo, members: Sequence[ObserverInfo]) -> Section:
    styles = get_styles()
    story: list[Flowable] = []
    facts = [("Focus 觀課重點", group.focus or "—"), ("Convenor 召集人", group.convenor or "—")]
    seats = f"{len(members)} observers"
    if group.capacity is not None:
        seats += f" (capacity {group.capacity})"
    facts.append(("Members 組員", seats))
    story.append(_facts_table(facts))
    prompts = [line for line in group.prompts.splitlines() if line.strip()]
    if prompts:
        story.append(para("Prompts 觀察提示", styles.heading2))
        story.extend(para(f"• {prompt}") for prompt in prompts)
    story.append(Spacer(1, 4 * mm))
    story.append(_members_table(members))
    if any(person.is_critical_friend for person in members):
        story.append(Spacer(1, 2 * mm))
        story.append(para(f"{STAR} critical friend 諍友", styles.small))
    return Section(group.name, story)


def _facts_table(facts: list[tuple[str, str]]) -> Table:
    styles = get_styles()
    label_style = ParagraphStyle("ls-group-fact", parent=styles.table_header, alignment=TA_LEFT)
    rows = [[para(label, label_style), para(value, styles.body)] for label, value in facts]
    table = Table(rows, colWidths=[38 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _members_table(members: Sequence[ObserverInfo]) -> Flowable:
    styles = get_styles()
    if not members:
        return para("Nobody is in this group yet.", styles.body)
    header = [para(text, styles.table_header)
              for text in ("#", "Name 姓名", "School / organisation 學校／機構", "Role 角色")]
    rows: list[list[Flowable]] = [header]
    shaded: list[int] = []
    for number, person in enumerate(members, start=1):
        mark = f"{STAR} " if person.is_critical_friend else ""
        if person.is_critical_friend:
            shaded.append(number)
        rows.append([para(str(number), styles.table_cell),
                     para(mark + person.name, styles.table_cell),
                     para(person.school or "—", styles.table_cell),
                     para(role_name(person.role), styles.table_cell)])
    table = Table(rows, colWidths=[9 * mm, 52 * mm, None, 48 * mm], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, Ink.GRID),
        ("BACKGROUND", (0, 0), (-1, 0), Ink.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), Ink.SHADE) for row in shaded]
    table.setStyle(TableStyle(commands))
    return table
