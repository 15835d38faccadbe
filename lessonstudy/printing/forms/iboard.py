"""The iBoard page: four boxes for the group's four key ideas.

At the end of the lesson each observer group agrees four key ideas and writes
them on an iBoard; the recorder photographs the boards for the conference.
The same four boxes on the form let each observer draft them, and, in the
fillable variant, carry them back into the library as the group's key ideas
(positions 1 to 4).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.domain.observation_form import KEY_IDEA_COUNT, key_idea_field
from lessonstudy.i18n import _
from lessonstudy.printing.forms.blocks import FormStyles, Stack, text
from lessonstudy.printing.forms.fields import writing_field
from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.styles import Ink
from lessonstudy.printing.textruns import draw_string
from lessonstudy.services.forms import FormGroup

GAP = 6 * mm
LABEL_BAND = 8 * mm
LINE_SPACING = 8 * mm
TITLE_GAP = 4 * mm


class IBoardPart:
    """The key-idea page of one group, laid out once."""

    def __init__(
        self, teaching_uuid: str, group: FormGroup, sheet: Sheet, styles: FormStyles
    ) -> None:
        self.teaching_uuid, self.group, self.sheet = teaching_uuid, group, sheet
        self.title = Stack(
            sheet.body_width,
            [
                text(_("iBoard: four key ideas — {group}").format(group=group.name),
                     styles.group),
                text(
                    _("Agree four key ideas with your group, each backed by evidence from your "
                      "notes. Write them on the iBoard and copy them here."),
                    styles.muted,
                ),
            ],
        )

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of key ideas 1-4: left to right, top to bottom."""
        sheet = self.sheet
        top = sheet.body_top - self.title.height - TITLE_GAP
        width = (sheet.body_width - GAP) / 2
        height = (top - sheet.bottom - GAP) / 2
        return [
            (
                sheet.left + (i % 2) * (width + GAP),
                top - (i // 2 + 1) * height - (i // 2) * GAP,
                width,
                height,
            )
            for i in range(KEY_IDEA_COUNT)
        ]

    def draw_page(self, canvas: Canvas, fillable: bool) -> None:
        self.title.draw(canvas, self.sheet.left, self.sheet.body_top)
        for position, (x, y, width, height) in enumerate(self.boxes(), start=1):
            canvas.setStrokeColor(Ink.RULE)
            canvas.setLineWidth(0.8)
            canvas.roundRect(x, y, width, height, 3 * mm, stroke=1, fill=0)
            canvas.setFillColor(Ink.ACCENT)
            draw_string(
                canvas, x + 3 * mm, y + height - 5.5 * mm,
                _("Key idea {n}").format(n=position), 10, bold=True
            )
            writing_height = height - LABEL_BAND
            if fillable:
                name = key_idea_field(self.teaching_uuid, self.group.uuid, position)
                writing_field(
                    canvas,
                    name,
                    x + 2 * mm,
                    y + 2 * mm,
                    width - 4 * mm,
                    writing_height - 2 * mm,
                    _("{group}: key idea {n}").format(group=self.group.name, n=position),
                )
            else:
                self._lines(canvas, x, y, width, writing_height)

    @staticmethod
    def _lines(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        canvas.setStrokeColor(Ink.GRID)
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 2)
        line_y = y + LINE_SPACING
        while line_y < y + height - 2 * mm:
            canvas.line(x + 4 * mm, line_y, x + width - 4 * mm, line_y)
            line_y += LINE_SPACING
        canvas.setDash()
