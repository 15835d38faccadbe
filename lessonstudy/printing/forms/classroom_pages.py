"""The forms' classroom pages: the map with seat labels, and case pupils predicted vs observed.

Observers writing on paper note a seat label ("3B") or a table with each
note; the map page shows them all. The prediction page sets the planning
team's prediction for each case pupil and segment beside an empty "observed"
column for the observer to fill in. Both are laid out once per teaching and
drawn on every group's (and observer's) form; a teaching with no map and no
predictions prints neither.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer, Table, TableStyle

from lessonstudy.domain.classroom_print import ClassroomPrint
from lessonstudy.i18n import _
from lessonstudy.printing.classroom.map_drawing import MapPainter
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.forms.blocks import FormStyles, Stack, text
from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.styles import Ink

TITLE_GAP = 4 * mm
OBSERVED_HEIGHT = 24 * mm


class ClassroomPages:
    """The map page (when there is a map) and the prediction pages (when there are any)."""

    def __init__(self, data: ClassroomPrint | None, sheet: Sheet, styles: FormStyles) -> None:
        self.data, self.sheet, self.styles = data, sheet, styles
        self.map_title = Stack(sheet.body_width, [
            text(_("Classroom map"), styles.group),
            text(_("Write the seat label (for example 3B) or the table with each note. Case "
                   "pupils have a red ring."), styles.muted)])
        self.prediction_title = Stack(sheet.body_width, [
            text(_("Case pupils: predicted and observed"), styles.group),
            text(_("The planning team's prediction for each case pupil; write what the pupil "
                   "actually did beside it."), styles.muted)])
        self.tables = self._prediction_tables() if data and data.predictions else []

    @property
    def has_map(self) -> bool:
        return self.data is not None and self.data.has_map

    @property
    def pages(self) -> int:
        return int(self.has_map) + len(self.tables)

    def draw_map_page(self, canvas: Canvas) -> None:
        assert self.data is not None
        sheet = self.sheet
        used = self.map_title.draw(canvas, sheet.left, sheet.body_top)
        top = sheet.body_top - used - TITLE_GAP
        MapPainter(self.data, heat=False).draw(canvas, sheet.left, sheet.bottom,
                                               sheet.body_width, top - sheet.bottom)

    def draw_prediction_page(self, canvas: Canvas, index: int) -> None:
        sheet = self.sheet
        used = self.prediction_title.draw(canvas, sheet.left, sheet.body_top)
        table = self.tables[index]
        _w, height = table.wrapOn(canvas, sheet.body_width, sheet.body_height)
        table.drawOn(canvas, sheet.left, sheet.body_top - used - TITLE_GAP - height)

    def _prediction_tables(self) -> list[Table]:
        """A row per segment with predictions; per case pupil, "predicted" then "observed"."""
        assert self.data is not None
        styles, width = self.styles, self.sheet.body_width
        cases = list(dict.fromkeys(p.case_label for p in self.data.predictions))
        segments = list(dict.fromkeys((p.segment_number, p.segment_title)
                                      for p in self.data.predictions if p.predicted))
        said = {(p.segment_number, p.case_label): p.predicted for p in self.data.predictions}
        header = [text(_("Segment"), styles.cell_bold)]
        for case in cases:
            header += [text(_("{pupil}: predicted").format(pupil=case), styles.cell_bold),
                       text(_("{pupil}: observed").format(pupil=case), styles.cell_bold)]
        rows = []
        for number, title in segments:
            row: list[object] = [text(f"{number}. {title}", styles.cell)]
            for case in cases:
                row += [text(said.get((number, case), ""), styles.cell),
                        Spacer(1, OBSERVED_HEIGHT)]
            rows.append(row)
        first = width * 0.16
        widths = [first, *([(width - first) / (2 * len(cases))] * (2 * len(cases)))]
        table = Table([header, *rows], colWidths=widths, repeatRows=1)
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("GRID", (0, 0), (-1, -1), 0.5, Ink.RULE),
            ("BACKGROUND", (0, 0), (-1, 0), Ink.SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
        commands += [("BACKGROUND", (1 + 2 * i, 1), (1 + 2 * i, -1), Ink.SHADE)
                     for i in range(len(cases))]
        table.setStyle(TableStyle(commands))
        room = self.sheet.body_height - self.prediction_title.height - TITLE_GAP
        return _paginate(table, width, room) if rows else []


def _paginate(table: Table, width: float, room: float) -> list[Table]:
    """The table cut into page-sized pieces (the header repeats on each)."""
    pieces: list[Table] = []
    rest = table
    while rest.wrap(width, room)[1] > room:
        split = rest.split(width, room)
        if len(split) < 2:
            break
        pieces.append(split[0])
        rest = split[1]
    return [*pieces, rest]
