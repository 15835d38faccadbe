"""The Predictions tab of a version: what the team expects each case pupil to do, per segment.

A grid with a row per segment and a column per case pupil; typing in a cell
stores that prediction at once (an empty cell clears it). What the pupils did
is set beside these predictions in the observation forms and the report.
The row above it adds, renames and removes the lesson's case pupils (undoable),
so a team that starts in the window can name the pupils it will follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import case_pupils, predictions
from lessonstudy.services.case_pupils import CasePupilInfo
from lessonstudy.services.predictions import PredictionGrid
from lessonstudy.ui import messages
from lessonstudy.ui.classroom import case_pupil_commands as cmd
from lessonstudy.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


class PredictionsView(QWidget):
    """Segments down, case pupils across; each cell is the team's prediction."""

    def __init__(self, context: AppContext, version_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionsView")
        self.context, self.version_id = context, version_id
        self.table = QTableWidget()
        self.table.setObjectName("predictionsTable")
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._edited)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.lesson_id: int | None = None
        self.pupils: list[CasePupilInfo] = []
        self.add_button = QPushButton(tr("Add case pupil…"))
        self.add_button.setObjectName("addCasePupil")
        self.add_button.clicked.connect(self._ask_add)
        self.pupil_combo = QComboBox()
        self.pupil_combo.setObjectName("casePupilCombo")
        self.pupil_combo.setToolTip(tr("The case pupil to rename or remove"))
        self.rename_button = QPushButton(tr("Rename…"))
        self.rename_button.setObjectName("renameCasePupil")
        self.rename_button.clicked.connect(self._ask_rename)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeCasePupil")
        self.remove_button.clicked.connect(self._remove_chosen)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.pupil_combo, self.rename_button,
                       self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addStretch(0)  # keeps the hint at the top while the table is hidden
        self.grid = PredictionGrid((), ())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.context.undo_group.setActiveStack(self.undo_stack)

    def reload(self) -> None:
        library = self.context.library
        self.grid = predictions.version_predictions(library, self.version_id)
        if self.lesson_id is None:
            self.lesson_id = case_pupils.lesson_of_version(library, self.version_id)
        self.pupils = case_pupils.list_case_pupils(library, self.lesson_id)
        chosen = self.pupil_combo.currentData()
        self.pupil_combo.clear()
        for pupil in self.pupils:
            self.pupil_combo.addItem(pupil.label, pupil.id)
        if chosen is not None and (index := self.pupil_combo.findData(chosen)) >= 0:
            self.pupil_combo.setCurrentIndex(index)
        for widget in (self.pupil_combo, self.rename_button, self.remove_button):
            widget.setVisible(bool(self.pupils))
        labels = self.grid.case_labels
        self.hint.setText(tr("For each case pupil and segment, write how you predict the pupil "
                             "will respond. Observers record what the pupil did beside it.")
                          if labels else tr("This lesson has no case pupils yet: press Add case "
                                            "pupil to name the pupils the observers will "
                                            "follow, then write predictions for them."))
        segments = list(dict.fromkeys((r.segment_id, r.segment_title) for r in self.grid.rows))
        self.table.setVisible(bool(labels))  # the hint alone, not a blank table under it
        self.table.blockSignals(True)
        self.table.setColumnCount(len(labels))
        self.table.setRowCount(len(segments))
        self.table.setHorizontalHeaderLabels([tr("Case pupil {label}").format(label=label)
                                              for label in labels])
        self.table.setVerticalHeaderLabels([f"{i + 1}. {title}"
                                            for i, (_id, title) in enumerate(segments)])
        for row in self.grid.rows:
            r = [s for s, _t in segments].index(row.segment_id)
            item = QTableWidgetItem(row.predicted)
            item.setData(256, (row.segment_id, row.case_pupil_id))
            self.table.setItem(r, labels.index(row.case_label), item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        segment_id, case_pupil_id = item.data(256)
        try:
            predictions.set_prediction(self.context.library, segment_id, case_pupil_id,
                                       item.text())
        except LessonStudyError as error:
            messages.show_error(self, error)
            self.reload()
            return
        self.table.resizeRowToContents(item.row())
        self.context.notify_changed(f"version:{self.version_id}")

    # Case pupils: each edit runs first, then goes on the undo list.

    def _ask_add(self) -> None:
        label, ok = QInputDialog.getText(self, tr("Add case pupil"),
                                         tr("Label (such as A, or a first name):"))
        if ok:
            self.add_case_pupil(label)

    def _ask_rename(self) -> None:
        pupil_id = self.pupil_combo.currentData()
        if pupil_id is None:
            return
        label, ok = QInputDialog.getText(self, tr("Rename case pupil"), tr("New label:"),
                                         text=self.pupil_combo.currentText())
        if ok:
            self.rename_case_pupil(pupil_id, label)

    def _remove_chosen(self) -> None:
        pupil_id = self.pupil_combo.currentData()
        if pupil_id is not None:
            self.remove_case_pupil(pupil_id)

    def add_case_pupil(self, label: str) -> bool:
        """Add a case pupil to the lesson (one undo step); False if refused (message shown)."""
        assert self.lesson_id is not None
        try:
            added = case_pupils.add_case_pupil(self.context.library, self.lesson_id, label)
        except LessonStudyError as error:
            messages.show_error(self, error)
            return False
        self._push(cmd.AddCasePupil(added.id, tr("Add case pupil {label}").format(
            label=added.label), *self._plumbing()))
        self.pupil_combo.setCurrentIndex(self.pupil_combo.findData(added.id))
        return True

    def rename_case_pupil(self, pupil_id: int, label: str) -> bool:
        """Give a case pupil a new label (one undo step); False if refused."""
        before = next((p.label for p in self.pupils if p.id == pupil_id), "")
        try:
            renamed = case_pupils.rename_case_pupil(self.context.library, pupil_id, label)
        except LessonStudyError as error:
            messages.show_error(self, error)
            return False
        if renamed.label != before:
            self._push(cmd.RenameCasePupil(pupil_id, before, renamed.label, tr(
                "Rename case pupil {label}").format(label=renamed.label), *self._plumbing()))
        return True

    def remove_case_pupil(self, pupil_id: int) -> bool:
        """Remove a case pupil and their predictions (one undo step); False if refused."""
        try:
            removed = case_pupils.remove_case_pupil(self.context.library, pupil_id)
        except LessonStudyError as error:
            messages.show_error(self, error)
            return False
        self._push(cmd.RemoveCasePupil(removed, tr("Remove case pupil {label}").format(
            label=removed.label), *self._plumbing()))
        return True

    def _plumbing(self) -> tuple[object, ...]:
        return (self.context.library, self._refresh_after_edit,
                lambda error: messages.show_error(self, error))

    def _push(self, command: cmd.CasePupilCommand) -> None:
        self.undo_stack.push(command)  # the first redo only refreshes

    def _refresh_after_edit(self) -> None:
        try:
            self.reload()
        except LessonStudyError as error:
            messages.show_error(self, error)
        self.context.notify_changed(f"case_pupils:{self.lesson_id}")
