"""The small forms of the observer board: a group, and an observer.

They only collect input and hand back plain records (``GroupInput``,
``ObserverInput``); the board passes those to the services, which decide
whether they are acceptable. Picking a focus from the library copies its
name and prompts into the form, where they can be edited for this group.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.services.observer_records import FocusAreaInfo, GroupInput, ObserverInput
from lessonstudy.ui.observers.members_model import role_label, tr


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class GroupDialog(QDialog):
    """Name, focus (from the library, editable), prompts, convenor and capacity of a group."""

    def __init__(self, areas: Sequence[FocusAreaInfo], members: Sequence[str],
                 initial: GroupInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self.setWindowTitle(tr("Observer group"))
        self._areas = list(areas)
        self._area_id = initial.focus_area_id
        self.name = QLineEdit(initial.name)
        self.library_focus = QComboBox()
        self.library_focus.addItem(tr("(choose from the focus-area library)"), None)
        for area in self._areas:
            self.library_focus.addItem(area.name, area.id)
        self.library_focus.activated.connect(self._pick_area)
        self.focus = QLineEdit(initial.focus)
        self.prompts = QPlainTextEdit(initial.prompts)
        self.prompts.setPlaceholderText(tr("One prompt per line"))
        self.convenor = QComboBox()
        self.convenor.setEditable(True)
        self.convenor.addItems(["", *members])
        self.convenor.setCurrentText(initial.convenor)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setSpecialValueText(tr("no limit"))
        self.capacity.setValue(initial.capacity or 0)
        form = QFormLayout(self)
        form.addRow(tr("Name", "of a group or focus area, not a person"), self.name)
        form.addRow(tr("Focus from library"), self.library_focus)
        form.addRow(tr("Focus"), self.focus)
        form.addRow(tr("Prompts"), self.prompts)
        form.addRow(tr("Convenor"), self.convenor)
        form.addRow(tr("Capacity (seats)"), self.capacity)
        form.addRow(_buttons(self))
        self.resize(520, 420)

    def _pick_area(self, index: int) -> None:
        area_id = self.library_focus.itemData(index)
        area = next((a for a in self._areas if a.id == area_id), None)
        if area is not None:
            self._area_id = area.id
            self.focus.setText(area.name)
            self.prompts.setPlainText(area.prompts_text)

    def value(self) -> GroupInput:
        return GroupInput(
            name=self.name.text(), focus=self.focus.text(),
            prompts=self.prompts.toPlainText(), convenor=self.convenor.currentText(),
            capacity=self.capacity.value() or None, focus_area_id=self._area_id)


class ObserverDialog(QDialog):
    """Name, school or organisation, and role of one observer."""

    def __init__(self, initial: ObserverInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observerDialog")
        self.setWindowTitle(tr("Observer"))
        self.name = QLineEdit(initial.name)
        self.school = QLineEdit(initial.school)
        self.role = QComboBox()
        for role in ObserverRole:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(ObserverRole(initial.role).value))
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("School / organisation"), self.school)
        form.addRow(tr("Role"), self.role)
        form.addRow(_buttons(self))
        self.resize(420, 160)

    def value(self) -> ObserverInput:
        return ObserverInput(self.name.text(), self.school.text(),
                             ObserverRole(self.role.currentData()))
