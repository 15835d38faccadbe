"""The Classroom tab: draw the room once (templates), then drag tables and fix seats.

The lesson's tab edits its default classroom; a teaching's tab edits what that
teaching's room looked like (copied from the default the first time). Every
edit is stored at once and can be undone (Ctrl+Z); a refused edit (a ninth
seat, two tables with one name) shows why and leaves the map as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.classroom import (
    TEMPLATES,
    ClassroomMap,
    Place,
    PlaceKind,
    relabelled_seats,
)
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.ui import messages
from lessonstudy.ui.classroom.map_commands import MapEdit, Store
from lessonstudy.ui.classroom.map_view import MapView
from lessonstudy.ui.classroom.scene import MapScene
from lessonstudy.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


def template_names() -> dict[str, str]:
    return {"groups_of_four": tr("Groups of four"), "rows": tr("Rows of desks"),
            "horseshoe": tr("Horseshoe")}


def kind_names() -> dict[PlaceKind, str]:
    return {PlaceKind.TABLE: tr("Table"), PlaceKind.TEACHER: tr("Teacher's place"),
            PlaceKind.BOARD: tr("Board"), PlaceKind.IBOARD: tr("iBoard")}


class MapEditor(QWidget):
    """Toolbar, the map (tables draggable) and the picked table's seats."""

    def __init__(self, context: AppContext, load: Callable[[], ClassroomMap], store: Store,
                 case_pupils: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classroomEditor")
        self.context, self._load, self._store = context, load, store
        self.case_pupils = case_pupils
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.scene = MapScene(editable=True, parent=self)
        self.scene.case_labels = dict(case_pupils)
        self.view = MapView(self.scene)
        self.classroom = ClassroomMap()
        self._build_controls()
        self.scene.place_picked.connect(self._picked)
        self.scene.place_moved.connect(lambda i, x, y: QTimer.singleShot(
            0, lambda: self.move_place(i, x, y)))
        self._loaded = self._try_load()

    def _try_load(self) -> bool:
        """Read the map; if that fails (a busy library) say why and try again when shown.

        A teaching's map is copied from the lesson's default the first time it is
        read, which needs the write lock; while another program writes, the tab
        opens empty with the reason instead of breaking the detail pane.
        """
        try:
            classroom = self._load()
        except LessonStudyError as error:
            self.problem_label.setText(str(error))
            self.problem_label.show()
            self._set_editable(False)
            return False
        self.problem_label.hide()
        self._set_editable(True)
        self.show_map(classroom)
        return True

    def _set_editable(self, editable: bool) -> None:
        for widget in (*self.buttons.values(), self.template_combo, self.add_combo,
                       self.name_edit, self.seats_table, self.view):
            widget.setEnabled(editable)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = self._try_load()

    def _build_controls(self) -> None:
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        for key, name in template_names().items():
            self.template_combo.addItem(name, key)
        self.add_combo = QComboBox()
        self.add_combo.setObjectName("addPlaceCombo")
        for kind, name in kind_names().items():
            self.add_combo.addItem(name, kind.value)
        buttons = {"useTemplate": (tr("Use template"), self.use_template),
                   "addPlace": (tr("Add"), self.add_place),
                   "removePlace": (tr("Remove"), self.remove_place),
                   "fewerSeats": (tr("Seats −"), lambda: self.change_seats(-1)),
                   "moreSeats": (tr("Seats +"), lambda: self.change_seats(1))}
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.template_combo)
        for name, (text, slot) in buttons.items():
            if name == "addPlace":
                bar.addWidget(self.add_combo)
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("placeNameEdit")
        self.name_edit.setPlaceholderText(tr("Name of the picked table or place"))
        self.name_edit.editingFinished.connect(self.rename_place)
        self.seats_table = QTableWidget(0, 2)
        self.seats_table.setObjectName("seatsTable")
        self.seats_table.setHorizontalHeaderLabels([tr("Seat label"),
                                                    tr("Case pupil")])
        # both columns share the narrow side panel (a fixed first column pushed "Case pupil"
        # out of view at 1024 px)
        self.seats_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.seats_table.itemChanged.connect(self._seat_label_edited)
        side = QVBoxLayout()
        how = QLabel(tr("Click a table to pick it; drag it to move it."))
        how.setWordWrap(True)
        side.addWidget(how)
        side.addWidget(self.name_edit)
        side.addWidget(self.seats_table, 1)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addLayout(side, 1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("mapProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.problem_label)
        column.addLayout(bar)
        column.addLayout(body, 1)

    # -- showing ---------------------------------------------------------------
    def show_map(self, classroom: ClassroomMap) -> None:
        self.classroom = classroom
        if self.scene.picked_index is not None and self.scene.picked_index >= len(
                classroom.places):
            self.scene.picked_index = None
        self.scene.show_map(classroom)
        self._show_picked()

    def picked(self) -> Place | None:
        index = self.scene.picked_index
        return self.classroom.places[index] if index is not None else None

    def _picked(self, _index: int) -> None:
        self.scene.redraw()
        self._show_picked()

    def _show_picked(self) -> None:
        place = self.picked()
        self.name_edit.setEnabled(place is not None)
        self.name_edit.setText(place.label if place else "")
        for name in ("removePlace", "fewerSeats", "moreSeats"):
            self.buttons[name].setEnabled(place is not None and (
                name == "removePlace" or place.is_table))
        self.seats_table.blockSignals(True)
        seats = place.seats if place else ()
        self.seats_table.setRowCount(len(seats))
        for row, seat in enumerate(seats):
            self.seats_table.setItem(row, 0, QTableWidgetItem(seat.label))
            combo = QComboBox()
            combo.addItem(tr("—"), None)
            for case_id, label in self.case_pupils:
                combo.addItem(tr("Case pupil {label}").format(label=label), case_id)
            combo.setCurrentIndex(max(0, combo.findData(seat.case_pupil_id)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self.set_case_pupil(
                r, c.currentData()))
            self.seats_table.setCellWidget(row, 1, combo)
        self.seats_table.blockSignals(False)

    # -- edits -----------------------------------------------------------------
    def edit(self, text: str, after: ClassroomMap) -> bool:
        command = MapEdit(text, self._store, self.classroom, after, self.show_map,
                          lambda error: messages.show_error(self, error))
        try:
            command.apply_first()
        except LessonStudyError as error:
            messages.show_error(self, error)
            self.show_map(self.classroom)
            return False
        self.undo_stack.push(command)
        return True

    def _with_place(self, index: int, place: Place | None) -> ClassroomMap:
        places = list(self.classroom.places)
        if place is None:
            del places[index]
        else:
            places[index] = place
        return replace(self.classroom, places=tuple(places))

    def use_template(self) -> None:
        made = TEMPLATES[self.template_combo.currentData()]()
        self.scene.picked_index = None
        self.edit(tr("Use template"), replace(made, id=self.classroom.id,
                                              row_version=self.classroom.row_version))

    def add_place(self) -> None:
        kind = PlaceKind(self.add_combo.currentData())
        number = len([p for p in self.classroom.places if p.kind is kind]) + 1
        label = f"{kind_names()[kind]} {number}"
        place = Place(kind, label[:20], 500, 420, *(
            (120, 80) if kind is PlaceKind.TABLE else (140, 40)))
        if kind is PlaceKind.TABLE:
            place = replace(place, label=tr("Group {n}").format(n=number)[:20])
            place = replace(place, seats=relabelled_seats(place, 4))
        if self.edit(tr("Add {what}").format(what=kind_names()[kind]),
                     replace(self.classroom, places=(*self.classroom.places, place))):
            self.scene.picked_index = len(self.classroom.places) - 1
            self._picked(self.scene.picked_index)

    def remove_place(self) -> None:
        index = self.scene.picked_index
        if index is None:
            return
        self.scene.picked_index = None
        self.edit(tr("Remove {name}").format(name=self.classroom.places[index].label),
                  self._with_place(index, None))

    def move_place(self, index: int, x: int, y: int) -> None:
        if index >= len(self.classroom.places):
            return
        place = self.classroom.places[index]
        self.edit(tr("Move {name}").format(name=place.label),
                  self._with_place(index, replace(place, x=x, y=y)))

    def change_seats(self, delta: int) -> None:
        place, index = self.picked(), self.scene.picked_index
        if place is None or index is None or not place.is_table:
            return
        wanted = len(place.seats) + delta
        seats = relabelled_seats(place, wanted) if delta < 0 or wanted <= 8 else (
            *place.seats, replace(place.seats[-1], position=wanted - 1, id=None))
        self.edit(tr("Seats at {name}").format(name=place.label),
                  self._with_place(index, replace(place, seats=tuple(seats))))

    def rename_place(self) -> None:
        place, index = self.picked(), self.scene.picked_index
        text = self.name_edit.text().strip()
        if place is None or index is None or text == place.label:
            return
        self.edit(tr("Rename {name}").format(name=place.label),
                  self._with_place(index, replace(place, label=text)))

    def _seat_label_edited(self, item: QTableWidgetItem) -> None:
        place, index = self.picked(), self.scene.picked_index
        if place is None or index is None or item.column() != 0:
            return
        seats = list(place.seats)
        seats[item.row()] = replace(seats[item.row()], label=item.text().strip())
        self.edit(tr("Seat label"), self._with_place(index, replace(place, seats=tuple(seats))))

    def set_case_pupil(self, row: int, case_pupil_id: int | None) -> None:
        place, index = self.picked(), self.scene.picked_index
        if place is None or index is None:
            return
        seats = list(place.seats)
        seats[row] = replace(seats[row], case_pupil_id=case_pupil_id)
        QTimer.singleShot(0, lambda: self.edit(
            tr("Case pupil's seat"), self._with_place(index, replace(place, seats=tuple(seats)))))
