"""The right-hand pane: tabs for whatever is selected in the library tree.

Features register tab factories per node type (lesson, version, teaching);
the pane builds the tabs for the selection. The main window stays ignorant of
every feature's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from lessonstudy.ui.context import AppContext

TabFactory = Callable[[AppContext, Any], tuple[str, QWidget]]
_FACTORIES: dict[type, list[TabFactory]] = {}


def register_tab(node_type: type, factory: TabFactory) -> None:
    """Add a tab to every selection of ``node_type`` (called at import of a feature)."""
    _FACTORIES.setdefault(node_type, []).append(factory)


class DetailPane(QStackedWidget):
    """Shows an empty-state page, or the registered tabs for the selected node."""

    def __init__(
        self, context: AppContext, empty_state: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._empty = empty_state
        self._placeholder = QLabel(self.tr("Select a lesson, a version or a teaching."))
        self._placeholder.setWordWrap(True)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(self._placeholder)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("detailTabs")
        self._tabs.setDocumentMode(True)
        for widget in (self._empty, holder, self._tabs):
            self.addWidget(widget)
        self._node: Any = None

    def show_empty_library(self) -> None:
        self.setCurrentWidget(self._empty)

    def show_node(self, node: Any) -> None:
        """Rebuild the tabs for ``node`` (keeping the current tab's title if possible)."""
        self._node = node
        factories = _FACTORIES.get(type(node), []) if node is not None else []
        if not factories:
            self.setCurrentIndex(1)
            return
        current_title = self._tabs.tabText(self._tabs.currentIndex())
        while self._tabs.count():
            widget = self._tabs.widget(0)
            self._tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for factory in factories:
            title, widget = factory(self._context, node)
            self._tabs.addTab(widget, title)
            if title == current_title:
                self._tabs.setCurrentWidget(widget)
        self.setCurrentWidget(self._tabs)

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    @property
    def node(self) -> Any:
        return self._node
