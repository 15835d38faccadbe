"""The focus-area library dialog: the reusable foci and prompts groups pick from.

Edits here change the library only; groups keep the copy they made when they
picked a focus. It talks to the services directly (one transaction per
button) and is not on the undo stack: it edits the library, not a teaching.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import focus_areas
from lessonstudy.storage.library import Library
from lessonstudy.ui.messages import confirm, show_error
from lessonstudy.ui.observers.members_model import tr

AREA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROMPTS_ROLE = Qt.ItemDataRole.UserRole + 2


class FocusAreaDialog(QDialog):
    """List, add, edit and remove focus areas with their prompts."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusAreaDialog")
        self.setWindowTitle(tr("Focus areas"))
        self._library = library
        self.areas = QListWidget()
        self.areas.currentItemChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.prompts = QPlainTextEdit()
        self.prompts.setPlaceholderText(tr("One prompt per line"))
        self.save_button = QPushButton(tr("Save changes"))
        self.add_button = QPushButton(tr("Add as new"))
        self.remove_button = QPushButton(tr("Remove"))
        self.save_button.clicked.connect(self.save_current)
        self.add_button.clicked.connect(self.add_new)
        self.remove_button.clicked.connect(self.remove_current)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        editor = QFormLayout()
        editor.addRow(tr("Name", "of a group or focus area, not a person"), self.name)
        editor.addRow(tr("Prompts"), self.prompts)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(editor)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.areas, 2)
        row.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(close)
        self.resize(760, 380)

    def reload(self, select_id: int | None = None) -> None:
        self.areas.clear()
        for area in focus_areas.list_focus_areas(self._library):
            item = QListWidgetItem(area.name)
            item.setData(AREA_ID_ROLE, area.id)
            item.setData(PROMPTS_ROLE, area.prompts_text)
            self.areas.addItem(item)
            if area.id == select_id:
                self.areas.setCurrentItem(item)
        if self.areas.currentItem() is None and self.areas.count():
            self.areas.setCurrentRow(0)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        self.name.setText(item.text() if item else "")
        self.prompts.setPlainText(item.data(PROMPTS_ROLE) if item else "")

    def _current_id(self) -> int | None:
        item = self.areas.currentItem()
        return None if item is None else int(item.data(AREA_ID_ROLE))

    def save_current(self) -> None:
        area_id = self._current_id()
        if area_id is None:
            return
        self._run(lambda: focus_areas.update_focus_area(
            self._library, area_id, self.name.text(), self.prompts.toPlainText()).id)

    def add_new(self) -> None:
        self._run(lambda: focus_areas.add_focus_area(
            self._library, self.name.text(), self.prompts.toPlainText()).id)

    def remove_current(self) -> None:
        area_id = self._current_id()
        if area_id is None or not confirm(self, tr(
                "Remove this focus area from the library? Groups that use it keep "
                "their copy of the focus and prompts.")):
            return
        self._run(lambda: focus_areas.remove_focus_area(self._library, area_id))

    def _run(self, action: object) -> None:
        try:
            selected = action()  # type: ignore[operator]
        except LessonStudyError as error:
            show_error(self, error)
            return
        self.reload(selected if isinstance(selected, int) else None)
