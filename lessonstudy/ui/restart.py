"""After View → Language: say when it applies, in the new language too, and offer to restart.

Qt builds most texts once, so a new language shows after a restart. A teacher
switching from English to Chinese may not read the English notice, so it is
shown in both languages, with "Restart now" (the same command line again,
after the window saved its state) and "Later".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lessonstudy.resources import resource_path


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def in_language(code: str | None, text: str) -> str:
    """``text`` in the language ``code`` (our catalogue), whatever language the window speaks."""
    if not code:
        return text
    translator = QTranslator()
    if not translator.load(f"lessonstudy_{code}", str(resource_path("translations"))):
        return text
    look_up = translator.translate  # a lookup of an already extracted text, not a new one
    return look_up("Language", text) or text


def _both(code: str | None, now: str, source: str) -> str:
    """The text in the window's language (``now``), then in the chosen one if it differs."""
    new = in_language(code, source)
    return now if new == now else f"{now}\n{new}"


def offer_restart(window: QWidget, code: str | None) -> bool:
    """Ask "Restart now" or "Later"; True if the app is restarting."""
    box = QMessageBox(window)
    box.setObjectName("restartDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Language"))
    notice = "The new language applies after you restart Lesson Study."
    box.setText(_both(code, tr("The new language applies after you restart Lesson Study."),
                      notice))
    restart = box.addButton(_both(code, tr("Restart now"), "Restart now").replace("\n", " / "),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_both(code, tr("Later"), "Later").replace("\n", " / "),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is not restart:
        return False
    restart_app(window)
    return True


def restart_app(window: QWidget) -> None:
    """Close the window (it saves its geometry), start the same command again, quit."""
    if not window.close():
        return
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()
