"""'Evidence by segment': every observation note of a teaching, on paper, compact.

The report and the packet print all notes, not only those quoted as evidence:
one small-type table per segment (plan order; its title and column heads
repeat when it runs onto the next page), a shaded row naming each
observer group, then its notes with time into the lesson, observer (or "—"),
case pupil and the note. Flagged notes are shaded and marked; a note a
feedback item already quotes is shortened and points at that item instead of
repeating it. At 7.5 pt a 300-note teaching takes a few pages.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import cache, lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.evidence_notes import EvidenceNote, SegmentBlock, by_segment
from lessonstudy.domain.timing import format_clock
from lessonstudy.i18n import N_, _, ngettext
from lessonstudy.printing.fonts import LATIN, LATIN_BOLD
from lessonstudy.printing.report.textcache import WrapOnceParagraph, para
from lessonstudy.printing.styles import Ink, get_styles, style_for
from lessonstudy.printing.textruns import has_cjk, markup

EMPTY = "—"
"""What an unknown observer, pupil or time prints as (never a bare hyphen)."""

QUOTED_CHARS = 90
"""A note quoted in feedback prints this much of its text, then points at the feedback."""

FLAG_SHADE = colors.HexColor("#FCE8D5")
GROUP_SHADE = colors.HexColor("#ECEFF1")
PADDING = 2.0
MUTED_HEX = "#5F6368"  # Ink.MUTED, as paragraph markup wants it

_KIND_WORDS = {
    NoteKind.INTERPRETATION.value: N_("Interpretation"),
    NoteKind.QUESTION.value: N_("Question"),
}


@cache
def note_style() -> ParagraphStyle:
    """7.5 pt text with tight leading: a 300-note teaching in a few pages."""
    cell = get_styles().table_cell
    return ParagraphStyle("ls-evidence-note", parent=cell, fontSize=7.5, leading=8.8)


@cache
def _group_style() -> ParagraphStyle:
    return ParagraphStyle("ls-evidence-group", parent=note_style(), fontName=LATIN_BOLD)


@cache
def _segment_style() -> ParagraphStyle:
    heading = get_styles().heading2
    return ParagraphStyle("ls-evidence-segment", parent=heading, fontSize=9.5, leading=12,
                          spaceBefore=0, spaceAfter=0, keepWithNext=0)


def evidence_story(notes: Sequence[EvidenceNote], width: float) -> list[Flowable]:
    """The flowables of the section: a count line, then a table per segment."""
    if not notes:
        return [para(_("No observation notes were taken."), get_styles().small)]
    flagged = sum(1 for n in notes if n.flagged)
    quoted = sum(1 for n in notes if n.quoted)
    summary = (ngettext("{n} note", "{n} notes", len(notes)).format(n=len(notes)) + " · "
               + _("{flagged} flagged (shaded) · {quoted} quoted in feedback (shortened here)")
               .format(flagged=flagged, quoted=quoted))
    story: list[Flowable] = [para(summary, get_styles().small)]
    for block in by_segment(notes):
        story.append(_segment_table(block, width))
    return story


def segment_heading(block: SegmentBlock) -> str:
    """"3. Group work (12:00–22:00) · 14 notes", or "Not in a segment · 2 notes"."""
    count = ngettext("{n} note", "{n} notes", block.note_count).format(n=block.note_count)
    if block.number is None:
        return _("Not in a segment") + f" · {count}"
    when = ""
    if block.planned_start is not None and block.planned_end is not None:
        when = f" ({format_clock(block.planned_start)}–{format_clock(block.planned_end)})"
    title = block.title or _("Untitled segment")
    return f"{block.number}. {title}{when} · {count}"


def _segment_table(block: SegmentBlock, width: float) -> Table:
    style = note_style()
    widths = _widths(width)
    header = [para(h, _group_style()) for h in (_("Time"), _("Observer"), _("Pupil"),
                                                _("Note"))]
    rows: list[list[object]] = [[para(segment_heading(block), _segment_style()), "", "", ""],
                                list(header)]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # never the unembedded Helvetica default
        ("FONTSIZE", (0, 0), (-1, -1), style.fontSize),
        ("LEADING", (0, 0), (-1, -1), style.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, Ink.GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("SPAN", (0, 0), (-1, 0)),  # the segment's title, repeated on a continued page
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
    ]
    for group in block.groups:
        name = group.group_name or _("No group")
        label = f"{name} · {group.focus}" if group.focus else name
        commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                     ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_SHADE)]
        rows.append([para(label, _group_style()), "", "", ""])
        for note in group.notes:
            if note.flagged:
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), FLAG_SHADE))
            rows.append(note_row(note, widths[3] - 2 * PADDING))
    table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


NOTE_SHARE = 0.71


def _widths(width: float) -> list[float]:
    return [width * f for f in (0.06, 0.16, 0.07, NOTE_SHARE)]


def note_row(note: EvidenceNote, width: float = 0) -> list[object]:
    """Time, observer, case pupil and the note (marked, shortened when quoted).

    With ``width`` (the note column's, padding taken off) Latin notes become
    pre-wrapped plain lines; CJK notes and those without a width are paragraphs.
    """
    when = format_clock(note.elapsed_seconds) if note.elapsed_seconds is not None else EMPTY
    observer = note.observer or EMPTY
    cell: object = _note_cell(note)
    if width > 0:
        cell = _plain_lines(_note_text(note), width) or cell
    names = _widths(width / NOTE_SHARE) if width > 0 else [0.0] * 4
    return [when, _short_cell(observer, names[1] - 2 * PADDING),
            _short_cell(note.case_pupil or EMPTY, names[2] - 2 * PADDING), cell]


def _note_text(note: EvidenceNote) -> str:
    """The note as plain text: "Flagged: Question: …" with a quoted note shortened."""
    text = " ".join(note.text.split())
    marks = [_("Flagged")] if note.flagged else []
    kind = _KIND_WORDS.get(note.kind)
    if kind:
        marks.append(_(kind))
    if note.quoted and len(text) > QUOTED_CHARS:
        text = text[: QUOTED_CHARS - 1] + "…"
    prefix = "".join(f"{m}: " for m in marks)
    tail = ""
    if note.quoted:
        numbers = ", ".join(f"#{n}" for n in note.feedback_numbers)
        tail = " " + _("(quoted in feedback {numbers})").format(numbers=numbers)
    return prefix + text + tail


def _short_cell(text: str, width: float = 0) -> str | Paragraph:
    """A name: plain (pre-wrapped) lines when it is Latin, else a copy of one parsed paragraph.

    Paragraph parsing was most of the section's cost: an observer with ninety
    notes was parsed ninety times. A shallow copy shares the parsed fragments
    and wraps on its own.
    """
    if len(text) <= 14 and text.isascii():
        return text
    if width > 0 and (lines := _plain_lines(text, width)) is not None:
        return lines
    return copy.copy(_name_paragraph(text))


@lru_cache(maxsize=2048)
def _name_paragraph(text: str) -> Paragraph:
    return Paragraph(markup(text), style_for(text, note_style()))


def _plain_lines(text: str, width: float) -> str | None:
    """``text`` wrapped to ``width`` as plain lines, or None if it needs a paragraph (CJK).

    A table draws a plain string line by line without any paragraph machinery:
    for a 300-note lesson that is most of the section's layout time.
    """
    if has_cjk(text):
        return None
    style = note_style()
    return "\n".join(simpleSplit(text, style.fontName, style.fontSize, width))


def _note_cell(note: EvidenceNote) -> Paragraph:
    """The note as a paragraph: bold marks, grey "quoted in" tail, CJK line breaking."""
    text = " ".join(note.text.split())
    marks: list[str] = []
    if note.flagged:
        marks.append(_("Flagged"))
    kind = _KIND_WORDS.get(note.kind)
    if kind:
        marks.append(_(kind))
    tail = ""
    if note.quoted:
        if len(text) > QUOTED_CHARS:
            text = text[: QUOTED_CHARS - 1] + "…"
        numbers = ", ".join(f"#{n}" for n in note.feedback_numbers)
        tail = " " + _("(quoted in feedback {numbers})").format(numbers=numbers)
    prefix = "".join(f'<font name="{LATIN_BOLD}">{markup(m)}:</font> ' for m in marks)
    grey = f' <font color="{MUTED_HEX}">{markup(tail.strip())}</font>' if tail else ""
    return WrapOnceParagraph(prefix + markup(text) + grey, style_for(text, note_style()))
