"""Observation forms in the window: a tab on every teaching and two File menu actions.

The tab (:mod:`lessonstudy.ui.forms.forms_tab`) holds the print options; the
File menu's "Print observation forms…" and "Import filled form…" act on the
teaching selected in the library tree by opening that tab's dialogs, so the
menu and the tab can never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.detail_pane import register_tab

if TYPE_CHECKING:
    from lessonstudy.ui.forms.forms_tab import FormsTab


def tr(text: str) -> str:
    return QCoreApplication.translate("ObservationForms", text)


def make_forms_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    from lessonstudy.ui.forms.forms_tab import FormsTab

    return FormsTab(context, teaching)


def selected_forms_tab(window: Any) -> FormsTab | None:
    """The forms tab of the selected teaching (brought to front), or None with a message."""
    from lessonstudy.ui.forms.forms_tab import FormsTab
    from lessonstudy.ui.messages import show_info

    if not isinstance(window.selected_node(), TeachingRef):
        show_info(window, tr("Select a teaching (an open class) in the library first."))
        return None
    tab: FormsTab | None = window.detail.widget_of(FormsTab, show=True)
    return tab


def register(window: Any) -> None:
    register_tab(TeachingRef, make_forms_tab, title=lambda: tr("Observation forms"),
                 widget="lessonstudy.ui.forms.forms_tab.FormsTab")
    actions = [
        window.add_action(
            "file",
            tr("Print observation forms…"),
            lambda: _run(window, "choose_and_print"),
            name="actionPrintForms",
        ),
        window.add_action(
            "file",
            tr("Import filled form…"),
            lambda: _run(window, "choose_and_import"),
            name="actionImportForm",
        ),
    ]
    menu = window.menu("file")
    quit_action = window.findChild(QAction, "actionQuit")
    if quit_action is not None:  # keep Quit last
        for action in actions:
            menu.removeAction(action)
        menu.insertActions(quit_action, actions)
        menu.insertSeparator(quit_action)


def _run(window: Any, method: str) -> None:
    tab = selected_forms_tab(window)
    if tab is not None:
        getattr(tab, method)()
