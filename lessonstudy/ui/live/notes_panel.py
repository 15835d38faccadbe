"""The notes taken so far, grouped by segment: search them, correct them, undo, attach photos.

Edits go through undo commands on the teaching's stack (part of the main
window's undo group), so Ctrl+Z takes back a wrong segment or a deleted
note. Photos are processed off the GUI thread; the note shows a camera once
the photo is stored.

A teaching may hold 20,000 notes: they load off the GUI thread (with
"Loading notes…" showing), the search waits for a pause in typing and runs
in the database, and a saved or edited note moves only its own row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import notes
from lessonstudy.services.note_photos import attach_photo
from lessonstudy.services.notes import Note, NoteFields
from lessonstudy.ui import messages
from lessonstudy.ui.input_folders import PHOTOS, remember_picked, start_folder
from lessonstudy.ui.live.choice_delegate import ChoiceDelegate
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.live.look import tr
from lessonstudy.ui.live.note_commands import DeleteNoteCommand, EditNoteCommand
from lessonstudy.ui.live.notes_export_button import ExportNotesButton
from lessonstudy.ui.live.notes_model import COLUMNS, GroupedNotes, NotesModel, group_notes
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.subscriptions import follow

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"
SEARCH_PAUSE_MS = 250  # a search starts once typing pauses this long
COLUMN_WIDTHS = {"time": 60, "kind": 100, "segment_id": 150, "group_id": 90,
                 "observer_id": 120, "case_pupil_id": 80, "flagged": 40, "photo": 40}
# Beside the classroom map the notes get ~430 px at 1024x768: the note's own text keeps at
# least half the width, the other columns step aside in this order (their values are in the
# note's tooltip; the header's menu shows any of them again). The segment goes first: the
# notes are already grouped under it.
STEP_ASIDE = ("segment_id", "case_pupil_id", "group_id", "observer_id", "photo", "kind")


class NotesPanel(QWidget):
    """Search box, notes tree and note actions for one teaching."""

    photo_attached = Signal(object)
    notes_shown = Signal()  # a load finished and the tree shows its notes

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.library = controller.context.library
        self.choices = notes.note_choices(self.library, controller.teaching_id)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("noteSearch")
        self.search_edit.setPlaceholderText(tr("Search notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.busy_label = QLabel(tr("Loading notes…"))
        self.busy_label.setObjectName("notesBusy")
        self.busy_label.hide()
        self.model = NotesModel(self)
        self._columns_picked = False  # the observer chose the columns: no more fitting
        self.model.edit_requested.connect(self.edit_note, Qt.ConnectionType.QueuedConnection)
        self.model.edit_refused.connect(lambda error: messages.show_error(self, error))
        self.tree = self._make_tree()
        self.photo_button = self._button("photoButton", tr("A&ttach photo…"), self.choose_photo)
        self.delete_button = self._button("deleteNoteButton", tr("Delete note"),
                                          self.delete_selected)
        self.export_button = ExportNotesButton(self.library, controller.teaching_id, self)
        self.export_button.exported.connect(controller.context.status.emit)
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        follow(controller.notes_changed, self, self.show_saved)
        self._photo_op: Operation | None = None
        self._load_op: Operation | None = None
        self._load_again = False
        self._select_after: int | None = None
        self.known_versions: dict[str, int] = {}  # note uuid → version this window last saved
        self.reload()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("notesTree")
        tree.setModel(self.model)
        tree.setItemDelegate(ChoiceDelegate(tree))
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)  # no row-by-row measuring of thousands of notes
        tree.setEditTriggers(QTreeView.EditTrigger.DoubleClicked
                             | QTreeView.EditTrigger.EditKeyPressed)
        header = tree.header()
        header.setStretchLastSection(False)
        # Fixed starting widths: ResizeToContents measured every cell of every note (452,464
        # data() calls at 2,000 notes); the observer can still drag the columns.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The time sits in the first column, after the tree's indentation and branch arrow:
        # size it from the font so "12:34" never shows as "…".
        time_text = tree.fontMetrics().horizontalAdvance("00:00:00")
        self._column_widths = {**COLUMN_WIDTHS, "time": tree.indentation() + time_text + 16}
        for name, width in self._column_widths.items():
            header.resizeSection(COLUMNS.index(name), width)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        tree.verticalScrollBar().valueChanged.connect(lambda _value: self._fetch_visible())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        return tree

    def _fit_columns(self) -> None:
        """Hide the columns that would squeeze the note's text below half the tree's width
        (until the observer picks the columns in the header's menu)."""
        if self._columns_picked:
            return
        header = self.tree.header()
        room = self.width() - self.tree.verticalScrollBar().sizeHint().width() - 4
        widths = {name: self._column_widths[name] for name in COLUMNS if name != "text"}
        hidden = set()
        for name in STEP_ASIDE:
            if sum(widths.values()) <= room // 2:
                break
            hidden.add(name)
            del widths[name]
        for column, name in enumerate(COLUMNS):
            if header.isSectionHidden(column) != (name in hidden):
                header.setSectionHidden(column, name in hidden)

    def _column_menu(self, position: QPoint) -> None:
        """The header's menu: a tick for each column (the note's text always stays)."""
        header = self.tree.header()
        menu = QMenu(self)
        for column, name in enumerate(COLUMNS):
            if name == "text":
                continue
            action = menu.addAction(str(self.model.headerData(
                column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        menu.popup(header.mapToGlobal(position))

    def _show_column(self, column: int, shown: bool) -> None:
        self._columns_picked = True
        self.tree.header().setSectionHidden(column, not shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        """Search on its own line, the note buttons below it: beside the classroom map a
        single row squeezed the search box to "S…" and widened a 1024-pixel window."""
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.busy_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

    def focus_search(self) -> bool:
        """Ctrl+F (the window's Find) inside the notes: their own search box first.

        False when the box already has the focus, so a second Ctrl+F searches the library.
        """
        if self.search_edit.hasFocus():
            return False
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    @property
    def loading(self) -> bool:
        return self._load_op is not None and self._load_op.running

    def reload(self, select_id: int | None = None) -> None:
        """Load the stored notes matching the search off the GUI thread, then show them."""
        self._search_timer.stop()
        self._select_after = select_id
        if self.loading:  # what it reads may predate this change: load once more after it
            self._load_again = True
            return
        self._start_load()

    def _start_load(self) -> None:
        library, teaching_id = self.library, self.controller.teaching_id
        search, choices = self.search_edit.text(), self.choices
        self._load_op = Operation(lambda: group_notes(
            notes.list_notes(library, teaching_id, search), choices))
        self._load_op.finished.connect(self._loaded)
        self._load_op.failed.connect(self._load_failed)
        self.busy_label.show()
        self._load_op.start()

    def _loaded(self, found: GroupedNotes) -> None:
        if self._load_again:
            self._load_again = False
            self._start_load()
            return
        self.busy_label.hide()
        self.model.show_groups(found, self.choices)
        self.tree.expandAll()
        self._span_segments()
        if self._select_after is not None:
            self._select(self.model.index_of(self._select_after))
        QTimer.singleShot(0, self, self._fetch_visible)  # the rest of the screen: a slice later
        self.notes_shown.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.busy_label.hide()
        self._load_again = False
        if isinstance(error, LessonStudyError):
            messages.show_error(self, error)
        else:
            raise error

    def show_saved(self, note: Note) -> None:
        """A note was saved or edited here: move its row (a search is simply run again)."""
        if self.loading or self.search_edit.text().strip():
            self.reload(note.id)
            return
        index = self.model.put_note(note)
        self._span_segments()
        self._select(index if index.isValid() else self.model.index_of(note.id))

    def show_arrived(self, arrived: list[Note]) -> None:
        """Notes stored elsewhere (observers' phones): put their rows in, keep the selection."""
        if self.loading or self.search_edit.text().strip():
            self.reload()
            return
        for note in arrived:
            self.model.put_note(note)
        self._span_segments()

    def refresh_note(self, note_id: int | None) -> None:
        """After an undo, redo, delete or a colleague's change: move only the rows concerned.

        ``None`` means a note was deleted: the rows whose notes are gone are taken out.
        """
        if self.loading or self.search_edit.text().strip():
            self.reload(note_id)
            return
        if note_id is None:
            stored = notes.note_ids(self.library, self.controller.teaching_id)
            for gone in {n.id for g in self.model.groups for n in g.notes} - stored:
                self.model.remove_note(gone)
            return
        try:
            self.show_saved(notes.get_note(self.library, note_id))
        except LessonStudyError:  # deleted meanwhile
            self.model.remove_note(note_id)

    def _fetch_visible(self) -> None:
        """More notes for every segment whose last fetched note has scrolled into view.

        Called when the tree scrolls and after a load, so an observer scrolling
        through a segment of 2,000 notes meets them all, a screenful at a time.
        A segment that had none handed over yet (opening shows about one
        screenful in all) gets its first when its own row scrolls into view.
        """
        bottom = self.tree.viewport().rect().bottom()
        for g in range(self.model.rowCount()):
            top = self.model.index(g, 0)
            if not self.model.has_more(top):
                continue
            head = self.model.shown_rows(top)
            if head and not self.tree.isExpanded(top):
                continue  # folded by the observer
            last = self.model.index(head - 1, 0, top) if head else top
            if self._on_screen(last, bottom) and not self._on_screen(
                    self.model.index(head, 0, top), bottom):  # a tail row just under it:
                self.model.show_more(top)  # the note just saved would be pushed away
                self.tree.expand(top)

    def _on_screen(self, index: QModelIndex, bottom: int) -> bool:
        rect = self.tree.visualRect(index)
        return rect.isValid() and rect.top() <= bottom and rect.bottom() >= 0

    def _span_segments(self) -> None:
        """Segment rows show their title across the whole width."""
        root = self.tree.rootIndex()
        for row in range(self.model.rowCount()):
            if not self.tree.isFirstColumnSpanned(row, root):  # each call lays the tree out
                self.tree.setFirstColumnSpanned(row, root, True)

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_note(self) -> Note | None:
        return self.model.note_at(self.tree.currentIndex())

    def edit_note(self, note: Note, fields: NoteFields) -> None:
        """Apply an edit now and put it on the undo stack (a refused edit changes nothing)."""
        command = EditNoteCommand(self.library, note, fields, self.refresh_note, parent=self,
                                  known=self.known_versions)
        try:
            edited = command.apply_now()
        except LessonStudyError as error:
            messages.show_error(self, error)
            return
        if edited is None:  # a colleague changed it meanwhile and theirs was reloaded
            return
        self.controller.undo_stack.push(command)
        self.show_saved(edited)

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.controller.undo_stack.push(DeleteNoteCommand(self.library, note,
                                                              self.refresh_note))

    def choose_photo(self) -> None:
        note = self.selected_note()
        if note is None:
            messages.show_error(self, LessonStudyError(
                tr("Select the note the photo belongs to, then attach it.")))
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Attach a photo"),
                                                    start_folder(PHOTOS), tr(PHOTO_FILTER))
        remember_picked(PHOTOS, path)
        if path:
            self.attach_photo(note, Path(path))

    def attach_photo(self, note: Note, path: Path) -> None:
        """Store the photo off the GUI thread; ``photo_attached`` fires when it is in."""
        library = self.library
        self._photo_op = Operation(lambda: attach_photo(library, note.id, path), parent=self)
        self._photo_op.finished.connect(self._photo_done)
        self._photo_op.failed.connect(lambda error: messages.show_error(self, error))
        self._photo_op.start()

    def _photo_done(self, note: Note) -> None:
        self.show_saved(note)
        self.photo_attached.emit(note)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.context.undo_group.setActiveStack(self.controller.undo_stack)
