"""The "Record a teaching" dialog: which kind of teaching, when, which class, who taught.

Recording a teaching silently as a rehearsal dated today with no class left
teams correcting it afterwards (and the version's status wrong). The dialog
asks the four facts up front and says that the version freezes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.services.teachings import TeachingInput
from lessonstudy.ui.planning.teaching_view import KIND_LABELS


class TeachingDialog(QDialog):
    """Asks kind, date, class, teacher and room of a new teaching of one version."""

    def __init__(self, version_number: int, frozen: bool, kind: TeachingKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teachingDialog")
        self.setWindowTitle(self.tr("Record a teaching"))
        self.kind = QComboBox()
        self.kind.setObjectName("teachingKind")
        for value, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("TeachingView", label), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("teachingDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.class_name, self.teacher, self.room = QLineEdit(), QLineEdit(), QLineEdit()
        for line, name in ((self.class_name, "teachingClass"), (self.teacher, "teachingTeacher"),
                           (self.room, "teachingRoom")):
            line.setObjectName(name)
        note = QLabel(self.tr("A teaching of version {n}.").format(n=version_number) if frozen
                      else self.tr("Version {n} is then frozen: later changes to the plan go "
                                   "into a new version.").format(n=version_number))
        note.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(note)
        layout.addRow(self.tr("&Kind"), self.kind)
        layout.addRow(self.tr("&Date"), self.date)
        layout.addRow(self.tr("&Class"), self.class_name)
        layout.addRow(self.tr("&Teacher"), self.teacher)
        layout.addRow(self.tr("&Room"), self.room)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.class_name.setFocus()

    def details(self) -> TeachingInput:
        picked: date = self.date.date().toPython()  # type: ignore[assignment]
        return TeachingInput(kind=TeachingKind(self.kind.currentData()), date=picked,
                             class_name=self.class_name.text(), teacher=self.teacher.text(),
                             room=self.room.text())


def ask_teaching(version_number: int, frozen: bool, kind: TeachingKind,
                 parent: QWidget | None) -> TeachingInput | None:
    """The details the team typed, or None when they cancelled."""
    dialog = TeachingDialog(version_number, frozen, kind, parent)
    return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
