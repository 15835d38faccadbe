"""The language prints come out in, from the window: View → Print language, and the box on forms.

A team's prints follow the library's print language (stored in the library, so every laptop
of the team prints alike), else the interface language. View → Print language sets or forgets
the library's choice; the observation forms tab also lets one print use another language
(e.g. a bilingual set for visitors from an English-medium school).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import LANGUAGES, language_name
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.language import chosen_language
from lessonstudy.ui.messages import show_error

if TYPE_CHECKING:
    from lessonstudy.storage.library import Library

INTERFACE = ""
"""The menu's value for "no choice stored": print in the interface language."""


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintLanguage", text)


def interface_print_language() -> str:
    """The interface language as a print language code (``zh_HK`` → ``zh-HK``; else English)."""
    chosen = chosen_language()
    return chosen.replace("_", "-") if chosen else "en"


def print_language_for(library: Library) -> str:
    """The language to print in now: the library's choice, else the interface language."""
    from lessonstudy.services.library_settings import print_language

    return print_language(library, interface_print_language())


def language_box(parent: QWidget | None = None) -> QComboBox:
    """A box of the five print languages, each named in itself; data = the code."""
    box = QComboBox(parent)
    box.setObjectName("printLanguageBox")
    for code in LANGUAGES:
        box.addItem(language_name(code), code)
    return box


def select_language(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    box.setCurrentIndex(max(index, 0))


def add_print_language_menu(window: QMainWindow, view_menu: QMenu, context: AppContext) -> QMenu:
    """View → Print language: "Same as the interface" or one of the five; ticks the stored one."""
    menu = view_menu.addMenu(tr("&Print language"))
    menu.setObjectName("printLanguageMenu")
    group = QActionGroup(menu)
    choices = [(INTERFACE, tr("Same as the interface"))]
    choices += [(code, language_name(code)) for code in LANGUAGES]
    for code, text in choices:
        action = QAction(text, menu)
        action.setObjectName(f"printLanguage_{code or 'interface'}")
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: _tick(menu, context))
    group.triggered.connect(lambda action: choose_print_language(window, context, action.data()))
    return menu


def _tick(menu: QMenu, context: AppContext) -> None:
    from lessonstudy.services.library_settings import stored_print_language

    stored = stored_print_language(context.library) if context.has_library else None
    for action in menu.actions():
        action.setEnabled(context.has_library)
        action.setChecked(action.data() == (stored or INTERFACE))


def choose_print_language(window: QWidget, context: AppContext, code: str) -> None:
    """Store the library's print language ("" forgets it) and say so in the status bar."""
    from lessonstudy.services.library_settings import set_print_language

    if not context.has_library:
        return
    try:
        stored = set_print_language(context.library, code or None)
    except LessonStudyError as error:
        show_error(window, error)
        return
    if stored is None:
        context.status.emit(tr("Prints follow the interface language."))
    else:
        context.status.emit(tr("This library now prints in {language}.").format(
            language=language_name(stored)))
