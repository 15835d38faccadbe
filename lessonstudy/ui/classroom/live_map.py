"""The classroom in the live lesson: click seats or a table, then the next note is about them.

The observer clicks one or more seats (or a table, or presses its number) and
types the note as usual; when the note is saved the choice is attached to it
and cleared. Seats show how many notes each pupil got (the heat view), and the
list under the map shows the notes about what is selected (the filter by seat
or table). Letters pressed on the map count the tally counters.

The map and its heat are read off the GUI thread when the tab opens and after
broadcasts (phones' notes arrive as ``notes:<teaching>`` bursts), one read per
burst (:class:`~lessonstudy.ui.background_read.BackgroundRead`); the observer's own
clicks and saves are shown at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.classroom import ClassroomMap, groups_of_four
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import format_clock
from lessonstudy.services import classroom, classroom_view, note_places
from lessonstudy.services.classroom_view import MapView as MapData
from lessonstudy.services.note_places import MapTarget
from lessonstudy.ui import messages
from lessonstudy.ui.background_read import BackgroundRead, Work
from lessonstudy.ui.classroom.map_view import MapView
from lessonstudy.ui.classroom.scene import MapScene
from lessonstudy.ui.classroom.tally_strip import TallyStrip
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.subscriptions import follow


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)



class LiveMapPanel(QWidget):
    """Map with heat counts, the "next note is about" choice, notes about it, and tallies."""

    map_shown = Signal()  # a read of the map and its heat is on the screen (tests wait on it)

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveMapPanel")
        self.controller = controller
        self.scene = MapScene(parent=self)
        self.view = MapView(self.scene)
        self.about_label = QLabel()
        self.about_label.setObjectName("noteAboutLabel")
        self.about_label.setWordWrap(True)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.clicked.connect(self.clear_choice)
        self.draw_button = QPushButton(tr("Draw the classroom: six groups of four"))
        self.draw_button.setObjectName("drawClassroomButton")
        self.draw_button.clicked.connect(self.draw_template)
        self.notes_list = QListWidget()
        self.notes_list.setObjectName("notesAboutList")
        self.tally_strip = TallyStrip(controller)
        self.data = MapData(ClassroomMap(), note_places.Heat())
        self._reads = BackgroundRead(self, self._prepare_read, self._show_data,
                                     failed=lambda _error: None)  # the next read retries
        self._lay_out()
        self.draw_button.setVisible(False)  # until the map is read: it may have tables
        self.scene.seat_clicked.connect(self.toggle_seat)
        self.scene.place_clicked.connect(self.toggle_table)
        self.view.table_key.connect(self.table_number)
        self.view.letter_key.connect(self.tally_strip.press_key)
        controller.notes_changed.connect(self._note_saved)
        follow(controller.context.changed, self, self._library_changed)
        self._reads.read_now()

    @property
    def loading(self) -> bool:
        """True until the first read of the map is shown, and while a later one runs."""
        return self._reads.running

    def _library_changed(self, what: str) -> None:
        """The map was redrawn in the Classroom tab, phones' notes arrived, or counters
        changed in the Tallies tab."""
        mine = str(self.controller.teaching_id)
        if what in (f"classroom:{mine}", f"notes:{mine}", "library"):
            self._reads.request()
        if what in (f"tallies:{mine}", "library"):
            self.tally_strip.reload()
            self.tally_strip.setVisible(bool(self.tally_strip.counters))

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.about_label, 1)
        head.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addWidget(self.draw_button)
        column.addWidget(self.view, 3)
        column.addWidget(self.notes_list, 1)
        column.addWidget(self.tally_strip)
        self.tally_strip.setVisible(bool(self.tally_strip.counters))

    def reload(self) -> None:
        """Read the map and its heat again now (after the observer's own note or drawing)."""
        try:
            data = classroom_view.live_view(self.controller.context.library,
                                            self.controller.teaching_id)
        except LessonStudyError:
            return
        self._show_data(data)

    def _prepare_read(self) -> Work:
        library, teaching_id = self.controller.context.library, self.controller.teaching_id
        return lambda: classroom_view.live_view(library, teaching_id)

    def _show_data(self, data: MapData) -> None:
        self._reads.shown()
        self.data = data
        self.scene.case_labels = self.data.case_labels
        self.scene.show_map(self.data.classroom, self.data.heat)
        empty = not self.data.classroom.places
        self.draw_button.setVisible(empty)
        self.view.setVisible(not empty)
        self._show_choice()
        self.map_shown.emit()

    def draw_template(self) -> None:
        try:
            classroom.save_teaching_map(self.controller.context.library,
                                        self.controller.teaching_id, groups_of_four())
        except LessonStudyError as error:
            messages.show_error(self, error)
            return
        self.controller.context.notify_changed(f"classroom:{self.controller.teaching_id}")
        self.reload()

    # -- choosing whom the next note is about --------------------------------------
    def toggle_seat(self, seat_id: int) -> None:
        self.scene.selected_seats ^= {seat_id}
        self._after_choice()

    def toggle_table(self, place_id: int) -> None:
        self.scene.selected_places ^= {place_id}
        self._after_choice()

    def table_number(self, number: int) -> None:
        tables = self.data.classroom.tables
        if 1 <= number <= len(tables) and tables[number - 1].id is not None:
            self.toggle_table(tables[number - 1].id)  # type: ignore[arg-type]

    def clear_choice(self) -> None:
        self.scene.selected_seats.clear()
        self.scene.selected_places.clear()
        self._after_choice()

    def target(self) -> MapTarget:
        return MapTarget(tuple(sorted(self.scene.selected_seats)),
                         tuple(sorted(self.scene.selected_places)))

    def _after_choice(self) -> None:
        self.scene.redraw()
        self._show_choice()

    def _show_choice(self) -> None:
        names = self._chosen_names()
        self.about_label.setText(tr("Next note is about: {names}").format(names=", ".join(names))
                                 if names else tr("Click seats or a table (or press its "
                                                  "number) to say whom the next note is about."))
        self.clear_button.setEnabled(bool(names))
        self.notes_list.clear()
        if names:
            for line in classroom_view.notes_about(
                    self.controller.context.library, self.controller.teaching_id,
                    self.scene.selected_seats, self.scene.selected_places):
                stamp = format_clock(line.elapsed_seconds) if line.elapsed_seconds is not None \
                    else "–"
                self.notes_list.addItem(f"{stamp}  {line.text}")
        self.notes_list.setVisible(bool(names))

    def _chosen_names(self) -> list[str]:
        names = []
        for place in self.data.classroom.places:
            if place.id in self.scene.selected_places:
                names.append(place.label)
            names.extend(s.label for s in place.seats if s.id in self.scene.selected_seats)
        return names

    def _note_saved(self, note: object) -> None:
        target = self.target()
        note_id = getattr(note, "id", None)
        if target.empty or note_id is None:
            return
        try:
            note_places.set_note_target(self.controller.context.library, note_id, target)
        except LessonStudyError as error:
            messages.show_error(self, error)
            return
        self.scene.selected_seats.clear()
        self.scene.selected_places.clear()
        self.reload()
