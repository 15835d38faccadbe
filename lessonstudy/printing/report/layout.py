"""Small building blocks the conference report's sections share: tables, labels, lists.

The report has a dozen tables (cover facts, flow, agenda, groups, actions);
they all look alike because they all come from :func:`grid_table` and
:func:`facts_table`. Words the report prints for stored values (feedback
types, roles, action status) are here too, so every section says them alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from lessonstudy.domain.enums import FeedbackType, ObserverRole
from lessonstudy.i18n import stacked
from lessonstudy.i18n.vocabulary import feedback_type_name, role_name
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.report.textcache import para
from lessonstudy.printing.styles import Ink, get_styles

Cell: TypeAlias = str | Flowable | list[Flowable]

def role_label(role: str) -> str:
    """The printed role of an observer, "" for a plain visitor (the report names only roles)."""
    try:
        kind = ObserverRole(role)
    except ValueError:
        return ""
    return "" if kind is ObserverRole.VISITOR else role_name(kind)


def type_heading(kind: str) -> str:
    """"Strengths", "Questions"… for a stored feedback type."""
    try:
        return feedback_type_name(FeedbackType(kind), plural=True)
    except ValueError:
        return kind.capitalize()


def cell(value: Cell, *, header: bool = False) -> Flowable | list[Flowable]:
    """A table cell: user text becomes wrapping lines in the table style (brokentext.py).

    Headings stay paragraphs: :func:`fit_headings` asks them for their longest word.
    """
    if isinstance(value, str):
        styles = get_styles()
        if header:
            return para(stacked(value), styles.table_header)
        return plain(value, styles.table_cell)
    return value


def grid_table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float], *, shade_rows: Sequence[int] = ()) -> Table:
    """A ruled table with a shaded header row that repeats on every page.

    A row taller than a page (a long pasted text) continues on the next page.
    """
    heads = [cell(h, header=True) for h in header]
    data = [heads] + [[cell(v) for v in row] for row in rows]
    table = Table(data, colWidths=fit_headings(heads, widths), repeatRows=1, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # never the unembedded Helvetica default
        ("GRID", (0, 0), (-1, -1), 0.4, Ink.GRID),
        ("BACKGROUND", (0, 0), (-1, 0), Ink.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), _PALE) for r in shade_rows]
    table.setStyle(TableStyle(commands))
    return table


_PALE = colors.HexColor("#FBEFE6")
_CELL_PADDING = 12.0
"""ReportLab's default left plus right cell padding, in points."""


def fit_headings(heads: Sequence[Flowable | list[Flowable]],
                 widths: Sequence[float]) -> list[float]:
    """Column widths in which no heading word is broken ("Lengt/h"), same total width.

    A column narrower than its longest heading word takes the missing points
    from the columns with the most room to spare; if no column can spare them,
    the widths are returned unchanged.
    """
    needed = [_min_width(h) + _CELL_PADDING for h in heads]
    result = list(widths)
    for i, need in enumerate(needed):
        short = need - result[i]
        if short <= 0:
            continue
        spare = {j: result[j] - needed[j] for j in range(len(result))
                 if j != i and result[j] > needed[j]}
        if sum(spare.values()) < short:
            continue
        for j in sorted(spare, key=spare.__getitem__, reverse=True):
            take = min(short, spare[j])
            result[j] -= take
            result[i] += take
            short -= take
            if short <= 0:
                break
    return result


def _min_width(head: Flowable | list[Flowable]) -> float:
    """The width of a heading's longest unbreakable word (0 for non-paragraphs)."""
    return float(head.minWidth()) if isinstance(head, Paragraph) else 0.0


def facts_table(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label / value rows without a grid, for the cover and other fact lists."""
    styles = get_styles()
    label_width = min(45 * 2.835, width * 0.3)
    data = [[left_label(label), plain(value or "–", styles.table_cell)]
            for label, value in pairs]
    table = Table(data, colWidths=[label_width, width - label_width], splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # never the unembedded Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, Ink.GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


@cache
def _label_style() -> ParagraphStyle:
    styles = get_styles()
    return ParagraphStyle("ls-report-label", parent=styles.table_cell,
                          fontName=styles.table_header.fontName)


def left_label(text: str) -> Flowable:
    """A bold, left-aligned label (table header style is centred)."""
    return plain(text, _label_style())


def numbered(items: Sequence[str]) -> list[Flowable]:
    """"1. …", "2. …" as one paragraph, one line each (one parse and one wrap, not four)."""
    if not items:
        return []
    return [plain("\n".join(f"{n}. {text}" for n, text in enumerate(items, start=1)),
                  _list_style())]


@cache
def _list_style() -> ParagraphStyle:
    body = get_styles().body
    return ParagraphStyle("ls-report-list", parent=body, leading=body.fontSize * 1.6)


def muted(text: str) -> Flowable:
    """Secondary text (authors, sources) in the small grey style."""
    return plain(text, get_styles().small)
