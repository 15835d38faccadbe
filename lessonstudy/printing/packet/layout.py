"""Building blocks the packet's pages share: ruled tables, fact lists, small text, words.

A packet repeats the same few shapes for every lesson (a summary table, a
flow table, an actions table, fact lists); making them here keeps twenty
lessons looking alike and keeps every table on the embedded font (a table
left on ReportLab's default font would put the unembedded Helvetica in).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from lessonstudy.domain.enums import ActionStatus, FeedbackType
from lessonstudy.domain.packet import DEFAULT_PACKET_TITLE, PacketData, PacketOptions
from lessonstudy.i18n import _, stacked
from lessonstudy.i18n.formats import format_date
from lessonstudy.i18n.vocabulary import action_status_name, feedback_type_name, teaching_kind_name
from lessonstudy.printing.brokentext import plain
from lessonstudy.printing.fonts import LATIN, LATIN_BOLD, glyph_map
from lessonstudy.printing.styles import Ink, feedback_ink, get_styles

Cell: TypeAlias = str | Flowable | list[Flowable]

_PALE = colors.HexColor("#FBEFE6")


def cell(value: Cell, *, header: bool = False) -> Flowable | list[Flowable]:
    """User text as wrapping lines in the table style (brokentext.py); flowables pass through."""
    if isinstance(value, str):
        styles = get_styles()
        if header:
            return plain(stacked(value), styles.table_header)
        return plain(value, styles.table_cell)
    return value


_CELL_PADDING = 12.0
"""ReportLab's default left plus right cell padding, in points."""


def fitted_cell(value: Cell, width: float) -> Cell | Flowable | list[Flowable]:
    """A short one-line value in the Latin font stays a plain string, else a paragraph.

    A table draws a plain string directly; a paragraph is parsed and wrapped.
    Most cells of the flow, actions and summary tables are times, numbers
    and short names, and paragraphs were a good part of a packet's build time.
    """
    if isinstance(value, str) and _one_latin_line(value, width - _CELL_PADDING):
        return value
    return cell(value)


def _one_latin_line(text: str, width: float) -> bool:
    if "\n" in text or not text.strip():
        return False
    latin = glyph_map(LATIN)
    if not all(ord(char) in latin for char in text):
        return False
    style = get_styles().table_cell
    return float(stringWidth(text, LATIN, style.fontSize)) <= width


def ruled_table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
                *, shade_rows: Sequence[int] = ()) -> Table:
    """A grid with a shaded header row that repeats when the table runs onto a new page."""
    data = [[cell(h, header=True) for h in header],
            *[[fitted_cell(v, w) for v, w in zip(r, widths, strict=True)] for r in rows]]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    body = get_styles().table_cell
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("FONTSIZE", (0, 1), (-1, -1), body.fontSize),  # plain strings look like paragraphs
        ("LEADING", (0, 1), (-1, -1), body.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), body.textColor),
        ("GRID", (0, 0), (-1, -1), 0.4, Ink.GRID),
        ("BACKGROUND", (0, 0), (-1, 0), Ink.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), _PALE) for r in shade_rows]
    table.setStyle(TableStyle(commands))
    return table


def fact_list(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label and value rows with thin rules, for the cover and each lesson's summary."""
    styles = get_styles()
    label_width = min(42 * 2.835, width * 0.3)
    data = [[plain(label, label_style()), plain(value or "–", styles.table_cell)]
            for label, value in pairs]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, Ink.GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


@cache
def label_style() -> ParagraphStyle:
    """Bold, left-aligned table text (the shared header style is centred)."""
    base = get_styles().table_cell
    return ParagraphStyle("ls-packet-label", parent=base, fontName=LATIN_BOLD)


@cache
def type_style(kind: FeedbackType) -> ParagraphStyle:
    """A feedback type's heading in its own colour (the same as on screen)."""
    return ParagraphStyle(f"ls-packet-{kind.value}", parent=get_styles().body,
                          fontName=LATIN_BOLD, textColor=feedback_ink(kind), spaceBefore=3,
                          spaceAfter=1, keepWithNext=1)


def muted(text: str) -> Flowable:
    """Secondary text in the small grey style."""
    return plain(text, get_styles().small)


def subheading(text: str) -> Flowable:
    """A bold line inside a section that is not a bookmark (a focus, a version)."""
    return plain(text, label_style())


def type_heading(kind: str) -> str:
    try:
        return feedback_type_name(FeedbackType(kind), plural=True)
    except ValueError:
        return kind.capitalize()


def kind_words(kind: str) -> str:
    """"Research lesson", "Rehearsal"… for a stored teaching kind."""
    try:
        return teaching_kind_name(kind)
    except ValueError:
        return kind


def packet_title(options: PacketOptions) -> str:
    """The cover title: the default one in the print language, or the one typed."""
    return _(options.title) if options.title == DEFAULT_PACKET_TITLE else options.title


def print_date(day: date | None) -> str:
    return format_date(day, "medium") if day else ""


def date_range(data: PacketData) -> str:
    """"3 Nov 2026 – 20 Nov 2026" in the print language, one date if all are the same."""
    known = sorted(row.date for row in data.rows if row.date is not None)
    if not known:
        return ""
    first, last = print_date(known[0]), print_date(known[-1])
    return first if first == last else f"{first} – {last}"


def feedback_kind(value: str) -> FeedbackType:
    try:
        return FeedbackType(value)
    except ValueError:
        return FeedbackType.QUESTION


def action_status(status: str, closed_by: int | None) -> str:
    """"open", "closed by v3", "done", "dropped"."""
    if closed_by is not None:
        return _("closed by v{number}").format(number=closed_by)
    try:
        return action_status_name(status or ActionStatus.OPEN.value)
    except ValueError:
        return status
