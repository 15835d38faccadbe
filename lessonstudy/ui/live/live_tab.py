"""The "Live lesson" tab of a teaching: the clock on top, the note line, then the notes.

One widget per selection (the detail pane rebuilds tabs freely); the state
it shows belongs to the teaching's :class:`LiveController`, so rebuilding
loses nothing and a running clock keeps running.

The tab is built in slices so the window never freezes while it opens (a
teaching may hold 20,000 notes): first what the observer types into (clock,
note line, the notes tree, whose notes load off the GUI thread), then, in a
later turn of the event loop, the classroom map with its tally strip (its
map and heat are read off the GUI thread too). Until then the map's place
says it is loading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.lesson_clock import Clock
from lessonstudy.services import notes
from lessonstudy.services.note_records import Note
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.classroom.live_map import LiveMapPanel
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.clock_panel import ClockPanel
from lessonstudy.ui.live.controller import controller_for
from lessonstudy.ui.live.look import tr
from lessonstudy.ui.live.notes_panel import NotesPanel
from lessonstudy.ui.live.projector import ProjectorView, show_projector
from lessonstudy.ui.live.quick_note import QuickNoteBar
from lessonstudy.ui.observation.button import ObservationButton
from lessonstudy.ui.observation.host import host_for
from lessonstudy.ui.subscriptions import follow

# Changes that can alter the segments, groups, observers or case pupils a note may name.
_CHOICE_KINDS = frozenset({"library", "lesson", "version", "teaching", "observers",
                           "case_pupils"})


class LiveLessonTab(QWidget):
    """Clock panel, quick note line and notes list for one teaching."""

    def __init__(self, context: AppContext, teaching_id: int, clock: Clock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveLessonTab")
        self.controller = controller_for(context, teaching_id, clock)
        self.clock_panel = ClockPanel(self.controller)
        self.notes_panel = NotesPanel(self.controller)
        self.quick_note = QuickNoteBar(self.controller, self.notes_panel.choices)
        self.clock_panel.projector_requested.connect(self.open_projector)
        self.observation_button = ObservationButton(context, teaching_id)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.observation_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.clock_panel)
        layout.addWidget(self.quick_note)
        self._map_panel: LiveMapPanel | None = None
        self._map_place = QLabel(tr("Loading the classroom…"))
        self._map_place.setObjectName("classroomLoading")
        self._map_place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.notes_panel)
        self.split.addWidget(self._map_place)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])  # the notes' text column readable at 1024 px
        layout.addWidget(self.split, 1)
        follow(context.changed, self, self._library_changed)
        follow(host_for(context).notes_arrived, self, self._notes_arrived)
        QTimer.singleShot(0, self, self._build_map)

    @property
    def map_panel(self) -> LiveMapPanel:
        """The classroom map (issue 18), built now if its turn has not come yet."""
        if self._map_panel is None:
            self._build_map()
        assert self._map_panel is not None
        return self._map_panel

    def _build_map(self) -> None:
        """The second slice of building the tab: the map takes the place that said loading."""
        if self._map_panel is not None:
            return
        self._map_panel = LiveMapPanel(self.controller)
        sizes = self.split.sizes()
        self.split.replaceWidget(1, self._map_panel)
        self.split.setSizes(sizes)
        self._map_place.deleteLater()

    def _notes_arrived(self, teaching_id: int, arrived: list[Note]) -> None:
        """Notes from observers' phones: their rows go in as they are (no reload)."""
        if teaching_id == self.controller.teaching_id:
            self.notes_panel.show_arrived(arrived)

    def _library_changed(self, what: str) -> None:
        """Groups, observers, case pupils or segments changed elsewhere: offer them now."""
        teaching_id = self.controller.teaching_id
        kind, _sep, ident = what.partition(":")
        if kind not in _CHOICE_KINDS or not self.controller.context.has_library:
            return
        if ident and kind in ("teaching", "observers") and ident != str(teaching_id):
            return
        try:
            choices = notes.note_choices(self.controller.context.library, teaching_id)
        except LessonStudyError:  # the teaching itself was deleted; the pane will rebuild
            return
        self.notes_panel.choices = choices
        self.quick_note.set_choices(choices)
        self.notes_panel.reload()

    def open_projector(self) -> ProjectorView:
        return show_projector(self.controller, self.window())


def live_lesson_title() -> str:
    return tr("Live lesson")


def live_lesson_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    """Detail pane builder for a selected teaching."""
    return LiveLessonTab(context, teaching.id)
