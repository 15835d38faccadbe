"""The Predictions tab of a version: what the team expects each case pupil to do, per segment.

A grid with a row per segment and a column per case pupil; typing in a cell
stores that prediction at once (an empty cell clears it). What the pupils did
is set beside these predictions in the observation forms and the report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import predictions
from lessonstudy.services.predictions import PredictionGrid
from lessonstudy.ui import messages
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
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addWidget(self.table, 1)
        column.addStretch(0)  # keeps the hint at the top while the table is hidden
        self.grid = PredictionGrid((), ())
        self.reload()

    def reload(self) -> None:
        self.grid = predictions.version_predictions(self.context.library, self.version_id)
        labels = self.grid.case_labels
        self.hint.setText(tr("For each case pupil and segment, write how you predict the pupil "
                             "will respond. Observers record what the pupil did beside it.")
                          if labels else tr("This lesson has no case pupils yet: add them to "
                                            "the lesson to write predictions."))
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
