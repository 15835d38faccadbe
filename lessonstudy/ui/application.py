"""Starts the GUI: application object, translations, crash hook, window, then the library.

The window is shown first and the library opened right after the first paint,
so a teacher sees the app at once even while a migration or check runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from lessonstudy import APP_NAME, __version__
from lessonstudy.i18n import set_default_language
from lessonstudy.paths import resolve_location
from lessonstudy.resources import resource_path
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.crash import install_excepthook
from lessonstudy.ui.icon import app_icon
from lessonstudy.ui.language import QT_CATALOGUE_LOCALE, chosen_language
from lessonstudy.ui.main_window import MainWindow, open_library_in_background
from lessonstudy.ui.operations import set_aside_long_lived
from lessonstudy.ui.print_language import interface_print_language
from lessonstudy.ui.settings import LAST_DATA_DIR, SERVER_URL
from lessonstudy.ui.startup import after_first_paint


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("LessonStudy")
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName("lessonstudy")  # matches lessonstudy.desktop (Wayland, docks)
    install_translations(app)
    # Messages from the services and default texts follow the interface language.
    set_default_language(interface_print_language())
    return app  # type: ignore[return-value]


def install_cjk_font() -> None:
    """Make the shipped CJK font available as a fallback, so Chinese never shows as boxes."""
    from PySide6.QtGui import QFontDatabase

    QFontDatabase.addApplicationFont(str(resource_path("fonts", "DroidSansFallbackFull.ttf")))


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load our translation, and Qt's own for its standard buttons, for the chosen language.

    ``language`` defaults to the View → Language choice, else the system's languages
    (Traditional Chinese of any region → zh_HK, Simplified → zh_CN, Japanese → ja; English and
    the rest → the English texts).
    Returns the installed translators, so tests on the shared QApplication can remove them.
    """
    chosen = chosen_language(language)
    if chosen is None:
        return _install_english_plurals(app)
    installed: list[QTranslator] = []
    qt_tr = QTranslator(app)
    qt_locale = QLocale(QT_CATALOGUE_LOCALE.get(chosen, chosen))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(qt_locale, "qtbase", "_", qt_dir):
        installed.append(qt_tr)
    ours = QTranslator(app)
    if ours.load(f"lessonstudy_{chosen}", str(resource_path("translations"))):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def _install_english_plurals(app: QCoreApplication) -> list[QTranslator]:
    """English needs no translation, only its plurals: "1 lesson", "2 lessons"."""
    plurals = QTranslator(app)
    if not plurals.load("lessonstudy_en", str(resource_path("translations"))):
        return []
    app.installTranslator(plurals)
    return [plurals]


def db_url_for_gui(cli_url: str | None) -> str | None:
    """``--db-url``, else ``LESSONSTUDY_DB_URL``, else the saved shared-server setting."""
    return cli_url or os.environ.get("LESSONSTUDY_DB_URL") or _saved_server_url() or None


def _saved_server_url() -> str:
    """The remembered shared server; a password saved by an older version moves out now."""
    url = SERVER_URL.get()
    if "@" not in url:  # no user, so no password (and no SQLAlchemy import before painting)
        return url
    from lessonstudy.storage.server_password import remember_password, split_password

    safe, password = split_password(url)
    if password:
        remember_password(url)
        SERVER_URL.set(safe)
    return url


def data_dir_for_gui(cli_dir: str | None) -> str | None:
    """``--data-dir``, else ``LESSONSTUDY_HOME``, else the folder last opened in the window."""
    return cli_dir or os.environ.get("LESSONSTUDY_HOME") or LAST_DATA_DIR.get() or None


def build_window(data_dir: str | None = None, db_url: str | None = None) -> MainWindow:
    context = AppContext()
    window = MainWindow(context, resolve_location(data_dir, db_url_for_gui(db_url)))
    window.setWindowIcon(app_icon())
    context.setParent(window)
    return window


def _finish_start_up(window: MainWindow, open_file: Path | None = None, *,
                     set_aside: bool = False) -> None:
    """After the first paint: the library and its tree are read off the GUI thread.

    ``set_aside`` (the app, not tests sharing one process): once everything is imported and
    open, Python's full collections stop scanning it (:func:`set_aside_long_lived`).
    """
    install_cjk_font()

    def opened() -> None:
        if set_aside:
            set_aside_long_lived()
        window.start_health_check()
        window.start_daily_backup()
        if open_file is not None:
            window.file_opener.open_file(open_file)  # type: ignore[attr-defined]  # a feature

    open_library_in_background(window, opened)


def run(data_dir: str | None = None, db_url: str | None = None,
        open_file: Path | None = None) -> int:
    """The window on the chosen library; ``open_file`` (``lessonstudy FILE``) is imported."""
    app = make_application()
    install_excepthook()
    window = build_window(data_dir_for_gui(data_dir), db_url)
    after_first_paint(window.tree.viewport(),
                      lambda: _finish_start_up(window, open_file, set_aside=True))
    window.show()
    code = app.exec()
    window.context.close()
    return code
