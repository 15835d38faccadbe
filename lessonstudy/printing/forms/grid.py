"""The segment grid: one row per segment, columns for the group's focus and the case pupils.

Each row starts with the segment's planned start–end, its length, title and
kind (with the kind's colour, as on screen), followed by empty cells to write
evidence in. Row heights follow :mod:`lessonstudy.printing.forms.layout`. The
printed variant has faint writing lines; the fillable variant has a text
field over each cell instead, named as documented in
:mod:`lessonstudy.domain.observation_form`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.domain.observation_form import cell_field, pupil_field
from lessonstudy.domain.timing import format_clock, format_duration
from lessonstudy.i18n import _
from lessonstudy.i18n.vocabulary import segment_kind_name
from lessonstudy.printing.forms.blocks import FormStyles, Label, Stack, labelled, muted, rich
from lessonstudy.printing.forms.fields import writing_field
from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.forms.layout import SEGMENT_COLUMN, grid_columns, paginate, row_height
from lessonstudy.printing.styles import Ink, kind_colour
from lessonstudy.printing.textruns import markup
from lessonstudy.services.forms import FormGroup, FormSegment, TeachingForms

PAD = 2.2 * mm
STRIPE = 1.6 * mm
LINE_SPACING = 6.5 * mm
MIN_HEADER = 10 * mm
TITLE_GAP = 2.5 * mm


def segment_labels(segments: Sequence[FormSegment], styles: FormStyles) -> list[Stack]:
    """The left cell of every row (same for all groups, so laid out once per teaching)."""
    width = SEGMENT_COLUMN - 2 * PAD - STRIPE
    # Two paragraphs, not one with a <br/> before the kind: ReportLab's CJK wrapping adds an
    # empty line after a title line that fills the cell exactly.
    return [
        Stack(
            width,
            [
                rich(
                    f"<b>{format_clock(s.start)}–{format_clock(s.end)}</b>  "
                    f"({format_duration(s.seconds)})<br/>{markup(f'{s.number}. {s.title}')}",
                    s.title,
                    styles.cell,
                ),
                Label(segment_kind_name(s.kind), width, 7.5, Ink.MUTED),
            ],
        )
        for s in segments
    ]


class GridPart:
    """One group's grid, laid out once: columns, header, row heights, pages."""

    def __init__(
        self,
        forms: TeachingForms,
        group: FormGroup,
        sheet: Sheet,
        styles: FormStyles,
        labels: list[Stack],
    ) -> None:
        self.forms, self.group, self.sheet, self.labels = forms, group, sheet, labels
        pupils = forms.case_pupils
        self.columns = grid_columns(sheet.left, sheet.body_width, len(group.columns), len(pupils))
        self.keys = [c.key for c in group.columns] + [p.uuid for p in pupils]
        pupil_names = [_("Pupil {label}").format(label=p.label) for p in pupils]
        self.names = [_(c.title) for c in group.columns] + pupil_names
        focus = _("Focus: {focus}").format(focus=group.focus or "—")
        self.title = Stack(
            sheet.body_width,
            [labelled(_("Evidence by segment"), f"· {group.name} · {focus}", styles.body)],
        )
        self.headers = [
            self._header_cell(_("Segment (planned time)"), "", SEGMENT_COLUMN, styles)]
        self.headers += [
            self._header_cell(_(c.title), _(c.hint) if c.hint else "", w, styles)
            for c, w in zip(group.columns, self.columns.writing_widths, strict=False)
        ]
        self.headers += [
            self._header_cell(name, p.typifies, w, styles)
            for p, name, w in zip(pupils, pupil_names,
                                  self.columns.writing_widths[len(group.columns):], strict=True)
        ]
        self.header_height = max(MIN_HEADER, *(h.height + 2 * PAD for h in self.headers))
        self.heights = [
            row_height(s.seconds, label.height + 2 * PAD)
            for s, label in zip(forms.segments, labels, strict=True)
        ]
        room = sheet.body_height - self.title.height - TITLE_GAP - self.header_height
        self.pages = paginate(self.heights, room)

    @staticmethod
    def _header_cell(title: str, hint: str, width: float, styles: FormStyles) -> Stack:
        extra = f"<br/>{muted(hint, 7.5)}" if hint else ""
        return Stack(
            width - 2 * PAD, [rich(f"<b>{markup(title)}</b>{extra}", title + hint, styles.cell)]
        )

    def draw_page(self, canvas: Canvas, page: int, fillable: bool) -> None:
        """Draw grid page ``page`` (0-based among the grid pages)."""
        sheet, cols = self.sheet, self.columns
        top = sheet.body_top
        top -= self.title.draw(canvas, sheet.left, top) + TITLE_GAP
        self._draw_header(canvas, top)  # drawn once per book: the page is copied (replay.py)
        y = top - self.header_height
        rows = self.pages[page]
        for index in rows:
            height = self.heights[index]
            self._draw_row(canvas, index, y - height, height, fillable)
            y -= height
        canvas.setStrokeColor(Ink.RULE)
        canvas.setLineWidth(0.6)
        for x in cols.edges:
            canvas.line(x, top, x, y)
        canvas.line(cols.left, top, cols.left + cols.width, top)

    def _draw_header(self, canvas: Canvas, top: float) -> None:
        cols = self.columns
        canvas.setFillColor(Ink.SHADE)
        canvas.rect(
            cols.left, top - self.header_height, cols.width, self.header_height, stroke=0, fill=1
        )
        for cell, x in zip(self.headers, cols.edges, strict=False):
            cell.draw(canvas, x + PAD, top - PAD)

    def _draw_row(
        self, canvas: Canvas, index: int, bottom: float, height: float, fillable: bool
    ) -> None:
        cols, segment = self.columns, self.forms.segments[index]
        canvas.setFillColor(kind_colour(segment.kind))
        canvas.rect(cols.left, bottom, STRIPE, height, stroke=0, fill=1)
        self.labels[index].draw(canvas, cols.left + STRIPE + PAD, bottom + height - PAD)
        canvas.setStrokeColor(Ink.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(cols.left, bottom, cols.left + cols.width, bottom)
        if not fillable:
            self._writing_lines(canvas, bottom, height)
            return
        forms, group = self.forms, self.group
        for column, (key, name) in enumerate(zip(self.keys, self.names, strict=True)):
            is_pupil = column >= len(group.columns)
            field = (pupil_field if is_pupil else cell_field)(
                forms.teaching_uuid, group.uuid, segment.lineage, key
            )
            writing_field(
                canvas,
                field,
                cols.writing_x(column),
                bottom,
                cols.writing_widths[column],
                height,
                f"{segment.title} — {name}",
            )

    def _writing_lines(self, canvas: Canvas, bottom: float, height: float) -> None:
        cols = self.columns
        canvas.setStrokeColor(Ink.GRID)
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 2)
        left, right = cols.writing_x(0) + PAD, cols.left + cols.width - PAD
        y = bottom + LINE_SPACING - 2 * mm
        while y < bottom + height - LINE_SPACING + 2 * mm:
            canvas.line(left, y, right, y)
            y += LINE_SPACING
        canvas.setDash()
