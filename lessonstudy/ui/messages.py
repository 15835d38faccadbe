"""One message bridge: every expected problem reaches the user through here.

Widgets never build QMessageBoxes themselves; they call ``show_error`` with
the exception. Expected problems (LessonStudyError) get a plain dialog with
the teacher-facing message; anything else is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lessonstudy.domain.errors import LessonStudyError, StorageError, ValidationError
from lessonstudy.storage.faults import DISK_FULL, is_disk_full


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show ``error`` the right way: a plain message, or the crash dialog for bugs.

    A full disk is the machine's fault, not a bug: a PDF, bundle or photo that
    did not fit arrives as ``OSError(ENOSPC)`` and is said in one plain line,
    as the command line says it (:mod:`lessonstudy.storage.faults`).
    """
    error = expected_fault(error)
    if not isinstance(error, LessonStudyError):
        from lessonstudy.ui.crash import show_crash

        show_crash(type(error), error, error.__traceback__, parent)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr("Lesson Study"))
    box.setText(error.message.splitlines()[0])
    if isinstance(error, ValidationError) and error.problems:
        if error.problems != [box.text()]:  # one problem that is the headline: said once
            box.setInformativeText("\n".join(f"• {p}" for p in error.problems[:12]))
        if len(error.problems) > 12:
            box.setDetailedText("\n".join(error.problems))
    elif "\n" in error.message:
        box.setInformativeText(error.message.split("\n", 1)[1])
    box.setObjectName("errorDialog")
    box.exec()


def expected_fault(error: BaseException) -> BaseException:
    """``error``, or the plain StorageError for a full disk (which is not a bug)."""
    if not isinstance(error, LessonStudyError) and is_disk_full(error):
        return StorageError(DISK_FULL)
    return error


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or tr("Lesson Study"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None, *,
            default_no: bool = False) -> bool:
    """Ask Yes/No; ``default_no`` for questions whose Yes clears something (Enter keeps it)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.Yes
    answer = QMessageBox.question(parent, title or tr("Lesson Study"), text, buttons, default)
    return answer == QMessageBox.StandardButton.Yes
