"""The end of an import: which photos came in, which were already there, which were refused.

A recorder who drops thirty files needs to know at a glance that two were
bad and why ("truncated", "not a photo"), without hunting through a log.
Refused files come first, then duplicates, then the imported ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.services.photo_records import (
    ImportOutcome,
    ImportReport,
    ImportStatus,
    summary_sentence,
)
from lessonstudy.ui.photos.look import tr, trn

_ORDER = (ImportStatus.FAILED, ImportStatus.CANCELLED, ImportStatus.DUPLICATE,
          ImportStatus.IMPORTED)


def summary_text(report: ImportReport) -> str:
    """"Imported 5 photos; 1 already imported; 2 could not be imported." """
    parts = [trn("Imported %n photo(s)", len(report.imported))]
    if report.duplicates:
        parts.append(trn("%n already imported", len(report.duplicates)))
    if report.failures:
        parts.append(trn("%n could not be imported", len(report.failures)))
    if report.cancelled:
        parts.append(trn("%n not imported (cancelled)", len(report.cancelled)))
    return summary_sentence(parts)  # "；…。" / "、…。" in Chinese and Japanese


class ImportResultsDialog(QDialog):
    """Every file of the import with what happened to it."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoImportResults")
        self.setWindowTitle(tr("Photo import results"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(summary_text(report))
        heading.setObjectName("importSummary")
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("importOutcomes")
        for status in _ORDER:
            for outcome in report.outcomes:
                if outcome.status is status:
                    self.list.addItem(self._item(outcome))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def messages(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _item(self, outcome: ImportOutcome) -> QListWidgetItem:
        icons = {
            ImportStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxWarning,
            ImportStatus.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
            ImportStatus.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
            ImportStatus.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
        }
        item = QListWidgetItem(self.style().standardIcon(icons[outcome.status]), outcome.message)
        item.setToolTip(str(outcome.path))
        return item
