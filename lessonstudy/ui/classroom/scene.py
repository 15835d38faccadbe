"""The classroom drawn for the screen: tables, seats, the board, and the heat of notes.

One scene serves the map editor (tables can be dragged) and the live lesson
(seats and tables are clicked to say whom the next note is about). It is a
thin adapter over the plain :class:`~lessonstudy.domain.classroom.ClassroomMap`:
every redraw comes from the data, and geometry comes from the domain's
:func:`seat_points`, so the screen and the printed map page agree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from lessonstudy.domain.classroom import (
    ROOM_DEPTH,
    ROOM_WIDTH,
    ClassroomMap,
    Place,
    PlaceKind,
    seat_points,
)
from lessonstudy.services.note_places import Heat

PLACE_COLOURS = {PlaceKind.TABLE: "#F3E3C3", PlaceKind.TEACHER: "#D6E4F0",
                 PlaceKind.BOARD: "#2F4F3F", PlaceKind.IBOARD: "#FFFFFF"}
SELECTED = QColor("#1565C0")
CASE_RING = QColor("#C0201A")
SEAT_KEY = 1  # item data: ("seat", id) or ("place", id)


def heat_colour(count: int, busiest: int) -> QColor:
    """White for a pupil no one wrote about, deepening orange the more notes they got."""
    if count <= 0 or busiest <= 0:
        return QColor("#FFFFFF")
    share = min(1.0, count / busiest)
    return QColor.fromHsvF(0.08, 0.15 + 0.75 * share, 1.0)


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(size)  # scene units: the view scales the room to fit
    font.setBold(bold)
    return font


class _PlaceItem(QGraphicsRectItem):
    """A place; when movable, dragging it reports the new centre to the scene.

    It asks Qt for its scene rather than keeping a reference: an item that held
    its scene made a reference cycle, and when Python's collector broke it the
    scene was destroyed while its items' wrappers were half gone (a segfault
    after switching teachings with the Live lesson tab shown)."""

    def __init__(self, place: Place) -> None:
        w, h = place.width, place.depth
        super().__init__(-w / 2, -h / 2, w, h)
        self.place = place
        self.setPos(place.x, place.y)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if isinstance(scene, MapScene) and scene.editable:
            moved = (round(self.pos().x()), round(self.pos().y()))
            if moved != (self.place.x, self.place.y):
                scene.place_moved.emit(scene.index_of(self), *moved)


class MapScene(QGraphicsScene):
    """Draws a map with optional heat counts and a selection of seats and tables."""

    seat_clicked = Signal(int)
    place_clicked = Signal(int)
    place_moved = Signal(int, int, int)  # index in the map, new x, new y
    place_picked = Signal(int)  # index in the map (editor selection)

    def __init__(self, editable: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)  # owned by its widget: Qt, not the collector, deletes it
        self.editable = editable
        self.classroom = ClassroomMap()
        self.heat: Heat | None = None
        self.case_labels: dict[int, str] = {}
        self.selected_seats: set[int] = set()
        self.selected_places: set[int] = set()
        self.picked_index: int | None = None
        self._place_items: list[_PlaceItem] = []
        self.setSceneRect(QRectF(0, 0, ROOM_WIDTH, ROOM_DEPTH))

    def show_map(self, classroom: ClassroomMap, heat: Heat | None = None) -> None:
        self.classroom, self.heat = classroom, heat
        self.redraw()

    def redraw(self) -> None:
        self.clear()
        self._place_items = []
        self.addRect(QRectF(0, 0, ROOM_WIDTH, ROOM_DEPTH), QPen(QColor("#888888")),
                     QBrush(QColor("#FAFAF7")))
        for index, place in enumerate(self.classroom.places):
            self._draw_place(index, place)

    def index_of(self, item: _PlaceItem) -> int:
        return self._place_items.index(item)

    def _draw_place(self, index: int, place: Place) -> None:
        item = _PlaceItem(place)
        selected = place.id in self.selected_places or index == self.picked_index
        item.setBrush(QBrush(QColor(PLACE_COLOURS[place.kind])))
        item.setPen(QPen(SELECTED if selected else QColor("#555555"), 4 if selected else 1.5))
        item.setData(SEAT_KEY, ("place", place.id, index))
        if self.editable:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            item.setCursor(Qt.CursorShape.OpenHandCursor)
        self.addItem(item)
        self._place_items.append(item)
        label = place.label
        if self.heat is not None and place.is_table and place.id is not None:
            label += f"\n({self.heat.places.get(place.id, 0)})"
        text = QGraphicsSimpleTextItem(label, item)
        text.setFont(_font(20, bold=True))
        text.setBrush(QColor("#FFFFFF") if place.kind is PlaceKind.BOARD else QColor("#222222"))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)
        text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for seat, point in zip(place.seats, seat_points(place), strict=True):
            self._draw_seat(item, place, seat.id, seat.label, seat.case_pupil_id, point.x,
                            point.y, point.radius)

    def _draw_seat(self, parent: _PlaceItem, place: Place, seat_id: int | None, label: str,
                   case_pupil_id: int | None, x: float, y: float, radius: float) -> None:
        local = QPointF(x - place.x, y - place.y)
        disc = QGraphicsEllipseItem(local.x() - radius, local.y() - radius, 2 * radius,
                                    2 * radius, parent)
        count = self.heat.seats.get(seat_id or -1, 0) if self.heat is not None else 0
        busiest = self.heat.busiest if self.heat is not None else 0
        disc.setBrush(QBrush(heat_colour(count, busiest)))
        chosen = seat_id is not None and seat_id in self.selected_seats
        if chosen:
            disc.setPen(QPen(SELECTED, 5))
        elif case_pupil_id is not None:
            disc.setPen(QPen(CASE_RING, 4))
        else:
            disc.setPen(QPen(QColor("#555555"), 1.5))
        disc.setData(SEAT_KEY, ("seat", seat_id, parent.data(SEAT_KEY)[2]))
        text = label
        if case_pupil_id is not None:
            text += "\n" + self.case_labels.get(case_pupil_id, "★")
        if self.heat is not None:
            text += f"\n{count}"
        caption = QGraphicsSimpleTextItem(text, disc)
        caption.setFont(_font(15))
        box = caption.boundingRect()
        caption.setPos(local.x() - box.width() / 2, local.y() - box.height() / 2)
        caption.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            data = item.data(SEAT_KEY)
            if not data:
                continue
            kind, ident, index = data
            if self.editable and index is not None:
                self.picked_index = index
                self.place_picked.emit(index)
            elif kind == "seat" and ident is not None:
                self.seat_clicked.emit(ident)
            elif kind == "place" and ident is not None:
                self.place_clicked.emit(ident)
            break
        super().mousePressEvent(event)

    def seat_centre(self, seat_id: int) -> QPointF:
        """Where a seat is drawn (tests click there, as a user would)."""
        for place in self.classroom.places:
            for seat, point in zip(place.seats, seat_points(place), strict=True):
                if seat.id == seat_id:
                    return QPointF(point.x, point.y)
        raise KeyError(seat_id)

    def place_centre(self, place_id: int) -> QPointF:
        place = next(p for p in self.classroom.places if p.id == place_id)
        return QPointF(place.x, place.y - place.depth / 4)
