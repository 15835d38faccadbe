"""The crash dialog, installed as ``sys.excepthook``: bugs are shown, not swallowed."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lessonstudy import __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def show_crash(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """A dialog saying a bug happened, with the details to copy into a report."""
    details = "".join(traceback.format_exception(kind, error, tb))
    sys.stderr.write(details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Lesson Study: unexpected error"))
    box.setText(
        tr(
            "Something went wrong inside Lesson Study. Your saved work is safe: "
            "every change is stored as soon as it is made."
        )
    )
    box.setInformativeText(tr("Please send the details below to whoever looks after the app."))
    box.setDetailedText(f"Lesson Study {__version__}\n{details}")
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions in slots and callbacks to the crash dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from lessonstudy.domain.errors import LessonStudyError
        from lessonstudy.ui.messages import expected_fault, show_error

        if isinstance(expected_fault(error), LessonStudyError):
            show_error(None, error)  # expected (a busy library, a full disk), if unhandled
            return
        show_crash(kind, error, tb)

    sys.excepthook = hook
