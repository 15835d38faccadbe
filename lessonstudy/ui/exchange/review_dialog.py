"""After an import: the records both laptops changed, listed for a person to look at.

The import already kept everything (theirs as a second record, or listed here
field by field); this window only shows what needs a human decision, so
nobody's edit disappears unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.exchange.results import ImportResult
from lessonstudy.ui.conflict import local_time


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


class ReviewDialog(QDialog):
    """A tree: one row per record changed on both sides, its differing fields beneath."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.setWindowTitle(tr("Changed on both sides — please review"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(
            "These records were changed here and on the other computer. Nothing was lost: "
            "notes, feedback, key ideas and actions now exist twice (yours and theirs); for "
            "other records yours was kept and theirs is shown below.")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictTree")
        self.tree.setHeaderLabels([tr("Record"), tr("Yours"), tr("Theirs")])
        for conflict in result.conflicts:
            kept = tr("both kept") if conflict.kept_copy else tr("yours kept")
            top = QTreeWidgetItem([
                f"{conflict.kind}: {conflict.label} ({kept})",
                f"{conflict.yours_by} {local_time(conflict.yours_at)}",
                f"{conflict.theirs_by} {local_time(conflict.theirs_at)}",
            ])
            for change in conflict.fields:
                top.addChild(QTreeWidgetItem([change.field, change.yours, change.theirs]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        layout.addWidget(self.tree)
        for remark in result.remarks:
            layout.addWidget(QLabel(remark))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
