"""The "New version" dialog: why the plan changes and who changed it.

A new version starts from a copy of an existing one (usually the frozen,
rehearsed one); its change summary is what the conference and the
department head read next to the comparison.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.services.versions import new_version
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.planning.navigation import is_version, refresh_and_select


class NewVersionDialog(QDialog):
    """Asks for the change summary and author of a new version."""

    def __init__(self, source_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newVersionDialog")
        self.setWindowTitle(self.tr("New version"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("changeSummary")
        self.summary.setPlaceholderText(self.tr("What changes, and why (e.g. after the rehearsal)"))
        self.author = QLineEdit()
        self.author.setObjectName("versionAuthor")
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("Copy of version {n}.").format(n=source_number)))
        layout.addRow(self.tr("Change summary"), self.summary)
        layout.addRow(self.tr("Author"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


def make_new_version(context: AppContext, parent: QWidget, source: VersionInfo,
                     answers: tuple[str, str] | None = None) -> VersionInfo | None:
    """Ask for summary and author (unless ``answers`` gives them), create, select it."""
    if answers is None:
        dialog = NewVersionDialog(source.number, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answers = (dialog.summary.toPlainText(), dialog.author.text())
    try:
        created = new_version(context.library, source.id, change_summary=answers[0],
                              author=answers[1])
    except LessonStudyError as error:
        show_error(parent, error)
        return None
    refresh_and_select(context, parent, is_version(created.id))
    return created
