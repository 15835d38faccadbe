"""The interface language: which translation to load at start-up, and View → Language.

Hong Kong teachers work in Traditional Chinese and English (mainland teams in Simplified
Chinese, Japanese teams in Japanese), often on a school laptop set up in
English, so the language is a saved choice rather than only the system's. Widgets take their
texts from ``tr()`` when they are built and Qt cannot re-translate them afterwards, so the
menu only saves the choice and says it applies the next time Lesson Study starts.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QAction, QActionEvent, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from lessonstudy.ui import settings

SYSTEM = ""
ENGLISH = "en"
HONG_KONG = "zh_HK"
MAINLAND = "zh_CN"
JAPANESE = "ja"

#: Language names are written in their own language, untranslated, so anyone can find theirs.
ENDONYMS = {ENGLISH: "English", HONG_KONG: "繁體中文 (香港)", MAINLAND: "简体中文",
            JAPANESE: "日本語"}

#: A Chinese-style accelerator, "檔案(&F)": Qt strips the "&" for toolbar buttons, not the "(F)".
BRACKETED_ACCELERATOR = re.compile(r"\s*\(&[^&)]\)")

#: Qt ships no Hong Kong catalogue for its own dialogs; Taiwan's uses the same script.
QT_CATALOGUE_LOCALE = {HONG_KONG: "zh_TW", MAINLAND: "zh_CN", JAPANESE: "ja"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def translation_for(locale: QLocale) -> str | None:
    """Our translation for ``locale``: any Traditional Chinese (HK, TW, MO, zh_Hant) → zh_HK,
    any Simplified Chinese (CN, SG, zh_Hans) → zh_CN, Japanese → ja.

    English and every language we have no translation for get ``None`` (the English texts).
    """
    if locale.language() == QLocale.Language.Japanese:
        return JAPANESE
    if locale.language() != QLocale.Language.Chinese:
        return None
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return HONG_KONG
    return MAINLAND


def chosen_language(saved: str | None = None, system: QLocale | None = None) -> str | None:
    """The translation to load: the saved choice, else the first system language we know.

    ``saved`` defaults to the View → Language setting ("" = follow the system).
    """
    value = settings.LANGUAGE.get() if saved is None else saved
    if value:
        return translation_for(QLocale(value))
    for tag in (system or QLocale.system()).uiLanguages():
        locale = QLocale(tag)
        if locale.language() == QLocale.Language.English:
            return None
        if found := translation_for(locale):
            return found
    return None


def add_language_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """View → Language: System, English, 繁體中文 (香港), 简体中文, 日本語; the saved one is ticked.

    Also keeps the window's toolbar buttons free of bracketed accelerators ("新增課堂(N)").
    """
    for toolbar in window.findChildren(QToolBar):
        _ToolbarTexts(toolbar)
    menu = view_menu.addMenu(tr("&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    saved = settings.LANGUAGE.get()
    for code, text in ((SYSTEM, tr("&System language")), *ENDONYMS.items()):
        action = QAction(text, menu)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(window, action.data()))
    return menu


def _choose(window: QMainWindow, code: str) -> None:
    if code == settings.LANGUAGE.get():
        return
    settings.LANGUAGE.set(code)
    from lessonstudy.ui.restart import offer_restart

    offer_restart(window, chosen_language(code))


def button_text(menu_text: str) -> str:
    """A menu text as a toolbar button shows it: no "(&N)", "&" or trailing "…"."""
    text = BRACKETED_ACCELERATOR.sub("", menu_text)
    return re.sub(r"&(.)", r"\1", text).replace("…", "").replace("...", "").strip()


class _ToolbarTexts(QObject):
    """Gives a toolbar's actions with a bracketed accelerator a clean button text, kept current.

    Undo/redo texts change with every edit ("復原(&U) 刪除「…」"), so this follows changes
    rather than fixing texts once.
    """

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        toolbar.installEventFilter(self)
        for action in toolbar.actions():
            self._tidy(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged):
            assert isinstance(event, QActionEvent)
            self._tidy(event.action())
        return False

    @staticmethod
    def _tidy(action: QAction) -> None:
        if BRACKETED_ACCELERATOR.search(action.text()):
            wanted = button_text(action.text())
            if action.iconText() != wanted:
                action.setIconText(wanted)
