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

from lessonstudy.i18n import N_, _, ngettext, print_language, stacked
from lessonstudy.i18n.formats import format_date
from lessonstudy.i18n.vocabulary import role_name, teaching_kind_name
from lessonstudy.printing.document import BuildResult, DocumentMeta, build_pdf
from lessonstudy.printing.sections import Section
from lessonstudy.printing.styles import Ink, Paper, get_styles, para
from lessonstudy.services.observer_records import GroupBoard, GroupInfo, ObserverInfo

STAR = "★"
UNASSIGNED = N_("Not yet in a group")


def build_group_list(path: str | Path, board: GroupBoard, *, paper: Paper = Paper.A4,
                     invariant: bool = False, language: str | None = None) -> BuildResult:
    """Write the group list of ``board`` to ``path`` (one page per group), in ``language``."""
    with print_language(language):
        sections = [_group_section(group, board.members(group.id)) for group in board.groups]
        unassigned = board.members(None)
        if unassigned:
            sections.append(Section(_(UNASSIGNED), [_members_table(unassigned)]))
        if not sections:
            sections.append(Section(_("Observer groups"), [
                para(_("This teaching has no observer groups or observers yet."))]))
        return build_pdf(path, sections, _meta(board), paper=paper, invariant=invariant)


def _meta(board: GroupBoard) -> DocumentMeta:
    when = format_date(board.teaching_date, "medium") if board.teaching_date else ""
    parts = [teaching_kind_name(board.teaching_kind), when,
             _("class {name}").format(name=board.class_name) if board.class_name else ""]
    return DocumentMeta(
        title=_("Observer groups") + f" · {board.lesson_title}",
        subtitle=" · ".join(part for part in parts if part),
        subject=_("Observer groups of an open class"),
        keywords=("lesson study", "observer groups"),
    )


def _group_section(group: GroupInfo, members: Sequence[ObserverInfo]) -> Section:
    styles = get_styles()
    story: list[Flowable] = []
    facts = [(_("Focus"), group.focus or "—"), (_("Convenor"), group.convenor or "—")]
    count = len(members)
    if group.capacity is None:
        seats = ngettext("{n} observer", "{n} observers", count).format(n=count)
    else:
        seats = ngettext("{n} observer (capacity {capacity})",
                         "{n} observers (capacity {capacity})", count).format(
                             n=count, capacity=group.capacity)
    facts.append((_("Members"), seats))
    story.append(_facts_table(facts))
    prompts = [line for line in group.prompts.splitlines() if line.strip()]
    if prompts:
        story.append(para(_("Prompts"), styles.heading2))
        story.extend(para(f"• {prompt}") for prompt in prompts)
    story.append(Spacer(1, 4 * mm))
    story.append(_members_table(members))
    if any(person.is_critical_friend for person in members):
        story.append(Spacer(1, 2 * mm))
        story.append(para(f"{STAR} " + _("critical friend"), styles.small))
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
        return para(_("Nobody is in this group yet."), styles.body)
    header = [para(stacked(text), styles.table_header)
              for text in ("#", _("Name"), _("School / organisation"), _("Role"))]
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
