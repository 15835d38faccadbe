"""The observer's note line: type, press Enter, and the note is stored on the running segment.

Kind, observer group, observer and case pupil stay as chosen from one note to
the next (an observer's laptop usually belongs to one person in one group);
the flag is cleared after each note. Everything is reachable from the
keyboard: Ctrl+1/2/3 pick evidence, interpretation or question, Alt plus the
underlined letter reaches each box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.notes import Note, NoteChoices, QuickNote
from lessonstudy.ui import messages
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.live.look import kind_label, tr


class QuickNoteBar(QWidget):
    """One line to type a note into, with the few choices that go with it."""

    note_saved = Signal(object)

    def __init__(self, controller: LiveController, choices: NoteChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.choices = choices
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("quickNoteEdit")
        self.text_edit.setPlaceholderText(tr("Type what you see and press Enter to save it"))
        self.text_edit.returnPressed.connect(self.save)
        self.kind_combo = _combo("kindCombo", [(k.value, kind_label(k)) for k in NoteKind])
        self.group_combo = _combo("groupCombo", [])
        self.observer_combo = _combo("observerCombo", [])
        self.pupil_combo = _combo("pupilCombo", [])
        self.set_choices(choices)
        self.observer_combo.currentIndexChanged.connect(self._observer_picked)
        self.flag_check = QCheckBox(tr("Fl&ag"))
        self.flag_check.setObjectName("flagCheck")
        self._lay_out()
        for number, kind in enumerate(NoteKind, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda k=kind: self.kind_combo.setCurrentIndex(self.kind_combo.findData(k)),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        """The note line gets the full width (a 1024-pixel laptop squeezed it to "Type wha…");
        its choices sit on the line below."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text_edit)
        row = QHBoxLayout()
        column.addLayout(row)
        for text, combo in ((tr("&Kind"), self.kind_combo), (tr("&Group"), self.group_combo),
                            (tr("&Observer"), self.observer_combo),
                            (tr("Case p&upil"), self.pupil_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
        row.addWidget(self.flag_check)
        row.addStretch(1)

    def set_choices(self, choices: NoteChoices) -> None:
        """Offer the teaching's current groups, observers and case pupils, keeping the picks
        that still exist (observers added on the board appear without reselecting)."""
        self.choices = choices
        none = [(None, tr("—"))]
        for combo, items in (
                (self.group_combo, none + list(choices.groups)),
                (self.observer_combo,
                 none + [(oid, name) for oid, name, _g in choices.observers]),
                (self.pupil_combo, none + list(choices.case_pupils))):
            picked = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(picked)))
            combo.blockSignals(False)

    def quick_note(self) -> QuickNote:
        return QuickNote(text=self.text_edit.text(), kind=self.kind_combo.currentData(),
                         group_id=self.group_combo.currentData(),
                         observer_id=self.observer_combo.currentData(),
                         case_pupil_id=self.pupil_combo.currentData(),
                         flagged=self.flag_check.isChecked())

    def save(self) -> Note | None:
        """Store the typed note now; an empty line is ignored (Enter pressed by habit)."""
        if not self.text_edit.text().strip():
            return None
        try:
            note = self.controller.add_note(self.quick_note())
        except LessonStudyError as error:
            messages.show_error(self, error)
            return None
        self.text_edit.clear()
        self.flag_check.setChecked(False)
        self.note_saved.emit(note)
        return note

    def _observer_picked(self, _row: int) -> None:
        observer_id = self.observer_combo.currentData()
        group = next((g for oid, _n, g in self.choices.observers if oid == observer_id), None)
        if group is not None:
            self.group_combo.setCurrentIndex(self.group_combo.findData(group))


def _combo(name: str, items: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in items:
        combo.addItem(label, value)
    return combo
