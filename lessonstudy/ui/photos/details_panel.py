"""Beside the photo: its caption, group, segment and the four key ideas, each edit undoable.

The recorder transcribes an iBoard while looking at it, so the four key
ideas sit right next to the zoomable photo. Each field is stored when the
teacher leaves it (Enter or Tab), through the controller, which pushes an
undo step; a refused edit shows why and puts the stored value back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.photo_records import KEY_IDEA_COUNT, PhotoFields, PhotoSummary
from lessonstudy.ui import messages
from lessonstudy.ui.photos.controller import GalleryController
from lessonstudy.ui.photos.look import named, taken_text, tr

PUPILS = "pupils"


class PhotoDetailsPanel(QWidget):
    """Caption, links and key ideas of the photo the viewer shows."""

    stored = Signal(object)  # PhotoSummary after a stored edit

    def __init__(self, controller: GalleryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDetails")
        self.controller = controller
        self.photo: PhotoSummary | None = None
        self.info = QLabel()
        self.info.setObjectName("photoInfo")
        self.info.setWordWrap(True)
        self.caption = self._line("captionEdit", tr("What the photo shows"))
        self.group = named(QComboBox(), "groupCombo")
        self.label = self._line("groupLabelEdit", tr("e.g. Table 3"))
        self.segment = named(QComboBox(), "segmentCombo")
        self.ideas = [self._line(f"keyIdea{n}", tr("Key idea {n}").format(n=n))
                      for n in range(1, KEY_IDEA_COUNT + 1)]
        self._layout()
        self.fill_choices()
        self.caption.editingFinished.connect(self._store_fields)
        self.label.editingFinished.connect(self._store_fields)
        self.group.activated.connect(lambda _row: self._store_fields())
        self.segment.activated.connect(lambda _row: self._store_fields())
        for edit in self.ideas:
            edit.editingFinished.connect(self._store_ideas)
        controller.reloaded.connect(self.fill_choices)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = named(QLineEdit(), name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Caption"), self.caption)
        form.addRow(tr("Group"), self.group)
        form.addRow(tr("Pupils' group"), self.label)
        form.addRow(tr("Segment"), self.segment)
        ideas_box = QGroupBox(tr("Four key ideas on the iBoard"))
        ideas_form = QFormLayout(ideas_box)
        for number, edit in enumerate(self.ideas, start=1):
            ideas_form.addRow(f"{number}.", edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(ideas_box)
        layout.addStretch(1)

    def fill_choices(self) -> None:
        choices = self.controller.choices
        self.group.clear()
        self.group.addItem(tr("No group"), "")
        for group_id, name in choices.groups:
            self.group.addItem(name, f"g:{group_id}")
        self.group.addItem(tr("Pupils' group (label)"), PUPILS)
        self.segment.clear()
        self.segment.addItem(tr("No segment"), 0)
        for choice in choices.segments:
            self.segment.addItem(f"{choice.number}. {choice.title}", choice.id)
        if self.photo is not None:
            self.show_photo(self.photo)

    def show_photo(self, photo: PhotoSummary) -> None:
        """Fill the fields from the stored photo (no edit is stored by this)."""
        self.photo = photo
        fields = photo.fields
        self.info.setText(f"{photo.original_name}\n{taken_text(photo)} · "
                          f"{photo.width} × {photo.height}")
        self.caption.setText(fields.caption)
        key = f"g:{fields.group_id}" if fields.group_id is not None else (
            PUPILS if fields.group_label else "")
        self.group.setCurrentIndex(max(0, self.group.findData(key)))
        self.label.setText(fields.group_label)
        self.label.setEnabled(key == PUPILS)
        self.segment.setCurrentIndex(max(0, self.segment.findData(fields.segment_id or 0)))
        for edit, text in zip(self.ideas, photo.key_ideas, strict=True):
            edit.setText(text)
            edit.setToolTip(text)
        for edit in (self.caption, *self.ideas):  # a long text shows its start, not its end
            edit.setCursorPosition(0)

    def fields(self) -> PhotoFields:
        """What the form says now."""
        key = self.group.currentData() or ""
        group_id = int(key[2:]) if key.startswith("g:") else None
        label = self.label.text() if key == PUPILS else ""
        segment_id = self.segment.currentData() or None
        return PhotoFields(self.caption.text(), group_id, label, segment_id)

    def _store_fields(self) -> None:
        if self.photo is None:
            return
        self.label.setEnabled(self.group.currentData() == PUPILS)
        after = self.fields()
        if after == self.photo.fields:
            return
        try:
            changed = self.controller.edit_fields(self.photo, after)
        except LessonStudyError as error:
            messages.show_error(self, error)
            changed = self.photo
        self.show_photo(changed)
        self.stored.emit(changed)

    def _store_ideas(self) -> None:
        if self.photo is None:
            return
        ideas = tuple(edit.text() for edit in self.ideas)
        if ideas == self.photo.key_ideas:
            return
        try:
            changed = self.controller.edit_key_ideas(self.photo, ideas)
        except LessonStudyError as error:
            messages.show_error(self, error)
            changed = self.photo
        self.show_photo(changed)
        self.stored.emit(changed)
