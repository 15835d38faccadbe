"""The notes taken so far, grouped by segment: search them, correct them, undo, attach photos.

Edits go through undo commands on the teaching's stack (part of the main
window's undo group), so Ctrl+Z takes back a wrong segment or a deleted
note. Photos are processed off the GUI thread; the note shows a camera once
the photo is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
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
from lessonstudy.ui.live.choice_delegate import ChoiceDelegate
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.live.look import tr
from lessonstudy.ui.live.note_commands import DeleteNoteCommand, EditNoteCommand
from lessonstudy.ui.live.notes_model import COLUMNS, NotesModel
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.subscriptions import follow

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"


class NotesPanel(QWidget):
    """Search box, notes tree and note actions for one teaching."""

    photo_attached = Signal(object)

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.library = controller.context.library
        self.choices = notes.note_choices(self.library, controller.teaching_id)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("noteSearch")
        self.search_edit.setPlaceholderText(tr("Search notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.reload())
        self.model = NotesModel(self)
        self.model.edit_requested.connect(self.edit_note, Qt.ConnectionType.QueuedConnection)
        self.model.edit_refused.connect(lambda error: messages.show_error(self, error))
        self.tree = self._make_tree()
        self.photo_button = self._button("photoButton", tr("A&ttach photo…"), self.choose_photo)
        self.delete_button = self._button("deleteNoteButton", tr("Delete note"),
                                          self.delete_selected)
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        follow(controller.notes_changed, self, lambda note: self.reload(note.id))
        self._photo_op: Operation | None = None
        self.known_versions: dict[str, int] = {}  # note uuid → version this window last saved
        self.reload()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("notesTree")
        tree.setModel(self.model)
        tree.setItemDelegate(ChoiceDelegate(tree))
        tree.setAlternatingRowColors(True)
        tree.setEditTriggers(QTreeView.EditTrigger.DoubleClicked
                             | QTreeView.EditTrigger.EditKeyPressed)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        return tree

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.photo_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def reload(self, select_id: int | None = None) -> None:
        """Show the stored notes matching the search, all segments expanded."""
        found = notes.list_notes(self.library, self.controller.teaching_id,
                                 self.search_edit.text())
        self.model.set_notes(found, self.choices)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        if select_id is not None and (index := self.model.index_of(select_id)).isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_note(self) -> Note | None:
        return self.model.note_at(self.tree.currentIndex())

    def edit_note(self, note: Note, fields: NoteFields) -> None:
        """Apply an edit now and put it on the undo stack (a refused edit changes nothing)."""
        command = EditNoteCommand(self.library, note, fields, self.reload, parent=self,
                                  known=self.known_versions)
        try:
            edited = command.apply_now()
        except LessonStudyError as error:
            messages.show_error(self, error)
            return
        if edited is None:  # a colleague changed it meanwhile and theirs was reloaded
            return
        self.controller.undo_stack.push(command)
        self.reload(edited.id)

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.controller.undo_stack.push(DeleteNoteCommand(self.library, note, self.reload))

    def choose_photo(self) -> None:
        note = self.selected_note()
        if note is None:
            messages.show_error(self, LessonStudyError(
                tr("Select the note the photo belongs to, then attach it.")))
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Attach a photo"), "",
                                                    tr(PHOTO_FILTER))
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
        self.reload(note.id)
        self.photo_attached.emit(note)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.context.undo_group.setActiveStack(self.controller.undo_stack)
