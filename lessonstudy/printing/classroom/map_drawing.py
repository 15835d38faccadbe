"""Draw a classroom map on a PDF canvas: for paper notes (labels) or as a heat view (counts).

Geometry comes from the domain (:func:`seat_points`), so the printed map is the
one on screen. In heat mode each seat is shaded by how many notes were about
that pupil and shows the number; a seat no one wrote about stays white, which
is what the team looks for.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonstudy.domain.classroom import ROOM_DEPTH, ROOM_WIDTH, Place, PlaceKind, seat_points
from lessonstudy.domain.classroom_print import ClassroomPrint
from lessonstudy.i18n import ngettext
from lessonstudy.printing.styles import Ink
from lessonstudy.printing.textruns import draw_string, fit_text

PLACE_FILL = {PlaceKind.TABLE: "#F3E3C3", PlaceKind.TEACHER: "#D6E4F0",
              PlaceKind.BOARD: "#2F4F3F", PlaceKind.IBOARD: "#FFFFFF"}
CASE_RING = colors.HexColor("#C0201A")


def heat_fill(count: int, busiest: int) -> colors.Color:
    """White for no notes, deepening orange towards the most-observed seat."""
    if count <= 0 or busiest <= 0:
        return colors.white
    share = min(1.0, count / busiest)
    return colors.Color(1.0, 1.0 - 0.55 * share, 1.0 - 0.9 * share)


class MapPainter:
    """Draws one map into a box; ``heat`` shows note counts instead of blank seats."""

    def __init__(self, data: ClassroomPrint, *, heat: bool) -> None:
        self.data, self.heat = data, heat
        counts = [*data.seat_heat.values(), 0]
        self.busiest = max(counts)

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Fit the room into (x, y, width, height), keeping its proportions."""
        scale = min(width / ROOM_WIDTH, height / ROOM_DEPTH)
        ox, top = x + (width - ROOM_WIDTH * scale) / 2, y + height
        canvas.saveState()
        canvas.setStrokeColor(Ink.RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(ox, top - ROOM_DEPTH * scale, ROOM_WIDTH * scale, ROOM_DEPTH * scale)
        for place in self.data.classroom.places:
            self._place(canvas, place, ox, top, scale)
        canvas.restoreState()

    def _place(self, canvas: Canvas, place: Place, ox: float, top: float, scale: float) -> None:
        w, h = place.width * scale, place.depth * scale
        cx, cy = ox + place.x * scale, top - place.y * scale
        canvas.setFillColor(colors.HexColor(PLACE_FILL[place.kind]))
        canvas.setStrokeColor(Ink.TEXT)
        canvas.setLineWidth(0.6)
        canvas.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=1)
        canvas.setFillColor(colors.white if place.kind is PlaceKind.BOARD else Ink.TEXT)
        size = max(5.0, min(9.0, h * 0.35))
        label = fit_text(place.label, w - 2, size, bold=True)
        if self.heat and place.is_table and place.id is not None:
            draw_string(canvas, cx, cy + 1, label, size, bold=True, align="centre")
            count = self.data.table_heat.get(place.id, 0)
            draw_string(canvas, cx, cy - size,
                        ngettext("{n} note", "{n} notes", count).format(n=count), size * 0.85,
                        align="centre")
        else:
            draw_string(canvas, cx, cy - size / 3, label, size, bold=True, align="centre")
        for seat, point in zip(place.seats, seat_points(place), strict=True):
            self._seat(canvas, seat.id, seat.label, seat.case_pupil_id, ox + point.x * scale,
                       top - point.y * scale, point.radius * scale)

    def _seat(self, canvas: Canvas, seat_id: int | None, label: str, case_id: int | None,
              x: float, y: float, r: float) -> None:
        count = self.data.seat_heat.get(seat_id or -1, 0)
        canvas.setFillColor(heat_fill(count, self.busiest) if self.heat else colors.white)
        if case_id is not None:
            canvas.setStrokeColor(CASE_RING)
            canvas.setLineWidth(1.6)
        else:
            canvas.setStrokeColor(Ink.TEXT)
            canvas.setLineWidth(0.5)
        canvas.circle(x, y, r, stroke=1, fill=1)
        canvas.setFillColor(Ink.TEXT)
        size = max(4.5, min(8.0, r * 0.62))
        case = self.data.case_labels.get(case_id or -1, "")
        lines = [label] + ([case] if case else []) + ([str(count)] if self.heat else [])
        first = y + (len(lines) - 1) * size * 0.55 - size * 0.35
        for i, text in enumerate(lines):
            bold = i == 0
            draw_string(canvas, x, first - i * size * 1.05, fit_text(text, 2 * r, size, bold),
                        size * (1 if i == 0 else 0.85), bold=bold, align="centre")


class MapFlowable(Flowable):
    """The map as a flowable of a fixed width (the report's heat view)."""

    def __init__(self, data: ClassroomPrint, width: float, *, heat: bool) -> None:
        super().__init__()
        self.painter = MapPainter(data, heat=heat)
        self.width = width
        self.height = width * ROOM_DEPTH / ROOM_WIDTH

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.painter.draw(self.canv, 0, 0, self.width, self.height)
