"""'Evidence by segment': every observation note of a teaching, on paper, compact.

The report and the packet print all notes, not only those quoted as evidence,
in two columns of 7 pt type: each segment's title in plan order, a shaded bar
naming each observer group and its focus, then its notes, one after another:
time into the lesson in the margin, the observer in bold (or "—"), the case
pupil, then the note. Flagged notes are shaded and say "Flagged:"; a note a
feedback item already quotes is shortened and points at that item instead of
repeating it. A column that continues a segment repeats its title. A
300-note teaching takes three or four pages.

The notes are not paragraphs or table cells: each is broken into lines once
(:mod:`lessonstudy.printing.linebreak`) and :class:`EvidenceColumns` places
the lines in columns and draws them. A table of paragraphs, one row per note,
cost about 1 ms a note and most of a packet's build time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.evidence_notes import EvidenceNote, SegmentBlock, by_segment
from lessonstudy.domain.timing import format_clock
from lessonstudy.i18n import N_, _, ngettext
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.linebreak import Line, LineWriter, Span, break_lines, line_width
from lessonstudy.printing.styles import Ink, get_styles, para

EMPTY = "—"
"""What an unknown observer, pupil or time prints as (never a bare hyphen)."""

QUOTED_CHARS = 90
"""A note quoted in feedback prints this much of its text, then points at the feedback."""

FLAG_SHADE = colors.HexColor("#FCE8D5")
FLAG_INK = Ink.OVERTIME
GROUP_SHADE = colors.HexColor("#ECEFF1")

COLUMNS = 2
GUTTER = 14.0
NOTE_SIZE = 7.0
NOTE_LEADING = 8.4
NOTE_GAP = 1.6
"""Space between two notes (half above the rule, half below)."""
TITLE_SIZE = 8.5
TITLE_LEADING = 11.0
TITLE_SPACE = 5.0
GROUP_SIZE = 7.0
GROUP_HEIGHT = 10.5
LABEL_HEIGHT = 10.0
"""A continued segment's title at the top of a column."""

_KIND_WORDS = {
    NoteKind.INTERPRETATION.value: N_("Interpretation"),
    NoteKind.QUESTION.value: N_("Question"),
}


class RowKind(Enum):
    TITLE = "title"
    GROUP = "group"
    LINE = "line"


@dataclass(frozen=True)
class Row:
    """One printed line of the section: a segment title, a group bar or a line of a note.

    ``segment`` is the index of the segment title the row belongs to, so a
    column that starts mid-segment can repeat it; ``time`` is set on a note's
    first line, ``last`` on its last (a thin rule follows).
    """

    kind: RowKind
    line: Line
    height: float
    segment: int
    time: str = ""
    flagged: bool = False
    first: bool = False
    last: bool = False

    @property
    def keeps_with_next(self) -> bool:
        """Titles and group bars never end a column."""
        return self.kind is not RowKind.LINE


def evidence_story(notes: Sequence[EvidenceNote], width: float) -> list[Flowable]:
    """The flowables of the section: a count line and legend, then the notes in two columns."""
    styles = get_styles()
    if not notes:
        return [para(_("No observation notes were taken."), styles.small)]
    flagged = sum(1 for n in notes if n.flagged)
    quoted = sum(1 for n in notes if n.quoted)
    summary = (ngettext("{n} note", "{n} notes", len(notes)).format(n=len(notes)) + " · "
               + _("{flagged} flagged (shaded) · {quoted} quoted in feedback (shortened here)")
               .format(flagged=flagged, quoted=quoted))
    legend = _("Each note: time into the lesson, observer, case pupil, then what was seen.")
    layout = evidence_rows(by_segment(notes), column_width(width))
    return [para(summary, styles.small), para(legend, styles.small),
            EvidenceColumns(layout, width)]


def column_width(width: float) -> float:
    return (width - GUTTER * (COLUMNS - 1)) / COLUMNS


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


@dataclass(frozen=True)
class EvidenceLayout:
    """The section broken into lines for one column width.

    ``titles`` holds each segment's "… (continued)" line, drawn at the top of
    a column that goes on with that segment; ``gutter`` is the room the times
    take at the left of the notes.
    """

    rows: list[Row]
    titles: list[Line]
    gutter: float


def evidence_rows(blocks: Sequence[SegmentBlock], column: float) -> EvidenceLayout:
    """Every row of the section, broken into lines for a column ``column`` points wide."""
    times = [format_clock(n.elapsed_seconds) for b in blocks for g in b.groups for n in g.notes
             if n.elapsed_seconds is not None]
    gutter = _time_gutter(times)
    rows: list[Row] = []
    titles: list[Line] = []
    for index, block in enumerate(blocks):
        heading = segment_heading(block)
        for line in break_lines([Span(heading, bold=True, color=Ink.ACCENT)], TITLE_SIZE,
                                column):
            first = not rows or rows[-1].segment != index
            rows.append(Row(RowKind.TITLE, line, TITLE_LEADING + (TITLE_SPACE if first else 0),
                            index, first=first))
        continued = _("{segment} (continued)").format(segment=heading)
        titles.append(break_lines([Span(continued, bold=True, color=Ink.MUTED)], NOTE_SIZE,
                                  column)[0])
        for group in block.groups:
            name = group.group_name or _("No group")
            label = f"{name} · {group.focus}" if group.focus else name
            line = break_lines([Span(label, bold=True)], GROUP_SIZE, column - 4)[0]
            rows.append(Row(RowKind.GROUP, line, GROUP_HEIGHT, index))
            for note in group.notes:
                rows.extend(_note_rows(note, index, column - gutter))
    return EvidenceLayout(rows, titles, gutter)


def _time_gutter(times: Sequence[str]) -> float:
    """Room for the widest time ("05:30", "1:02:10") and "—" (digits: the Latin font)."""
    widest = max((stringWidth(t, LATIN, NOTE_SIZE) for t in set(times)), default=0.0)
    return max(widest, stringWidth(EMPTY, LATIN, NOTE_SIZE)) + 4


def note_spans(note: EvidenceNote) -> list[Span]:
    """Observer (bold, or "—"), case pupil, marks, the note, and where it is quoted."""
    spans = [Span(note.observer or EMPTY, bold=True)]
    if note.case_pupil:
        spans.append(Span(" · " + _("pupil {name}").format(name=note.case_pupil),
                          color=Ink.MUTED))
    spans.append(Span("  "))
    if note.flagged:
        spans.append(Span(_mark(_("Flagged")), bold=True, color=FLAG_INK))
    kind = _KIND_WORDS.get(note.kind)
    if kind:
        spans.append(Span(_mark(_(kind)), bold=True))
    text = " ".join(note.text.split())
    if note.quoted and len(text) > QUOTED_CHARS:
        text = text[: QUOTED_CHARS - 1] + "…"
    spans.append(Span(text))
    if note.quoted:
        numbers = ", ".join(f"#{n}" for n in note.feedback_numbers)
        spans.append(Span(" " + _("(quoted in feedback {numbers})").format(numbers=numbers),
                          color=Ink.MUTED))
    return spans


def _mark(word: str) -> str:
    """"Flagged: " — Chinese and Japanese put a full-width colon and no space."""
    return _("{mark}: ").format(mark=word)


def _note_rows(note: EvidenceNote, segment: int, text_width: float) -> list[Row]:
    lines = break_lines(note_spans(note), NOTE_SIZE, text_width)
    when = format_clock(note.elapsed_seconds) if note.elapsed_seconds is not None else EMPTY
    rows = []
    for n, line in enumerate(lines):
        first, last = n == 0, n == len(lines) - 1
        height = NOTE_LEADING + (NOTE_GAP / 2 if first else 0) + (NOTE_GAP / 2 if last else 0)
        rows.append(Row(RowKind.LINE, line, height, segment, time=when if first else "",
                        flagged=note.flagged, first=first, last=last))
    return rows


def _column_end(rows: Sequence[Row], start: int, height: float) -> int:
    """Where a column starting at ``start`` ends if it may be ``height`` tall."""
    used = LABEL_HEIGHT if rows[start].kind is not RowKind.TITLE else 0.0
    end = start
    while end < len(rows) and used + rows[end].height <= height:
        used += rows[end].height
        end += 1
    if end < len(rows):
        note_start = end
        while note_start > start and rows[note_start].kind is RowKind.LINE \
                and not rows[note_start].first:
            note_start -= 1
        if note_start > start and _note_height(rows, note_start) <= height - LABEL_HEIGHT:
            end = note_start  # a note is split only when it is longer than a column
        while end - 1 > start and rows[end - 1].keeps_with_next:
            end -= 1  # a title or group bar goes to the next column with its notes
    return end


def _note_height(rows: Sequence[Row], first: int) -> float:
    """The height of the note whose first line is ``rows[first]``."""
    total = 0.0
    for row in rows[first:]:
        total += row.height
        if row.last or row.kind is not RowKind.LINE:
            break
    return total


def _columns(rows: Sequence[Row], height: float) -> list[tuple[int, int]]:
    """The (start, end) rows of each column on a page ``height`` tall."""
    spans = []
    start = 0
    for _column in range(COLUMNS):
        if start >= len(rows):
            break
        end = _column_end(rows, start, height)
        spans.append((start, end))
        start = end
    return spans


class EvidenceColumns(Flowable):
    """Rows of notes set in two columns; splits across pages, balances the last one."""

    def __init__(self, layout: EvidenceLayout, width: float,
                 page: tuple[float, list[tuple[int, int]]] | None = None) -> None:
        super().__init__()
        self.layout = layout
        self.rows = layout.rows
        self.width = width
        self.height = 0.0
        self.page = page
        """The part of a split that fills a page: its height and its columns, as split."""

    def _fits(self, height: float) -> bool:
        spans = _columns(self.rows, height)
        return bool(spans) and spans[-1][1] >= len(self.rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self.rows:
            self.height = 0.0
        elif self.page is not None:
            self.height = self.page[0]  # filled column by column, nothing below it
        elif self._fits(availHeight):
            self.height = self._balanced(availHeight)
        else:
            self.height = sum(r.height for r in self.rows)  # more than there is: split me
        return self.width, self.height

    def _balanced(self, most: float) -> float:
        """The least height at which every row fits (the last page's columns even)."""
        low = max(max(r.height for r in self.rows),
                  sum(r.height for r in self.rows) / COLUMNS) - 0.01
        high = most
        while high - low > 0.5:
            middle = (low + high) / 2
            if self._fits(middle):
                high = middle
            else:
                low = middle
        return high

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        spans = _columns(self.rows, availHeight)
        end = spans[-1][1] if spans else 0
        if end <= 0 or (len(spans) == 1 and spans[0][0] == spans[0][1]):
            return []  # not even one line fits here: the frame moves on
        layout = self.layout
        return [EvidenceColumns(EvidenceLayout(self.rows[:end], layout.titles, layout.gutter),
                                self.width, (availHeight, spans)),
                EvidenceColumns(EvidenceLayout(self.rows[end:], layout.titles, layout.gutter),
                                self.width)]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        column = column_width(self.width)
        gutter = self.layout.gutter
        writer = LineWriter(canvas)  # all text in one text object, drawn over the shading
        canvas.setStrokeColor(Ink.GRID)  # the rule under each note
        canvas.setLineWidth(0.25)
        spans = self.page[1] if self.page else _columns(self.rows, self.height + 0.01)
        for n, (start, end) in enumerate(spans):
            x, top = n * (column + GUTTER), self.height
            if start < len(self.rows) and self.rows[start].kind is not RowKind.TITLE:
                title = self.layout.titles[self.rows[start].segment]
                writer.line(x, top - NOTE_SIZE, title, NOTE_SIZE)
                top -= LABEL_HEIGHT
            for row in self.rows[start:end]:
                if row.kind is RowKind.TITLE and row.first and top == self.height:
                    top += TITLE_SPACE  # no space above a title at the top of a column
                _draw_row(canvas, writer, row, x, top, column, gutter)
                top -= row.height
        writer.close()


def _draw_row(canvas: Canvas, writer: LineWriter, row: Row, x: float, top: float,
              column: float, gutter: float) -> None:
    bottom = top - row.height
    if row.kind is RowKind.TITLE:
        writer.line(x, bottom + 3, row.line, TITLE_SIZE)
        return
    if row.kind is RowKind.GROUP:
        _fill(canvas, GROUP_SHADE, x, bottom + 1, column, row.height - 1.5)
        writer.line(x + 2, bottom + 3.5, row.line, GROUP_SIZE)
        return
    if row.flagged:
        _fill(canvas, FLAG_SHADE, x, bottom, column, row.height)
        _fill(canvas, FLAG_INK, x, bottom, 1.2, row.height)
    baseline = top - (NOTE_GAP / 2 if row.first else 0) - NOTE_SIZE
    if row.time:
        writer.line(x + 2, baseline, _time_line(row.time), NOTE_SIZE)
    writer.line(x + gutter, baseline, row.line, NOTE_SIZE)
    if row.last:
        canvas.line(x, bottom, x + column, bottom)


@cache
def _time_line(text: str) -> Line:
    return break_lines([Span(text, color=Ink.MUTED)], NOTE_SIZE, 1e6)[0]


def _fill(canvas: Canvas, colour: Any, x: float, y: float, width: float, height: float) -> None:
    canvas.setFillColor(colour)
    canvas.rect(x, y, width, height, stroke=0, fill=1)


def rows_width(rows: Sequence[Row]) -> float:
    """The widest drawn line (tests: nothing runs past its column)."""
    return max((line_width(r.line, NOTE_SIZE) for r in rows if r.kind is RowKind.LINE),
               default=0.0)
