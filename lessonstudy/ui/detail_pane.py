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
    """Add a tab to every selection of ``node_type``.

    Features register when each window loads them; registering the same factory
    (same module and name) again replaces it, so tabs never appear twice.
    """
    factories = _FACTORIES.setdefault(node_type, [])
    key = _factory_key(factory)
    for index, existing in enumerate(factories):
        if _factory_key(existing) == key:
            factories[index] = factory
            return
    factories.append(factory)


def _factory_key(factory: TabFactory) -> tuple[str, str]:
    return getattr(factory, "__module__", ""), getattr(factory, "__qualname__", repr(factory))


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

    def show_node(self, node: Any, *, rebuild: bool = False) -> None:
        """Show the tabs for ``node``; the same record again keeps its tabs (they refresh
        themselves from ``AppContext.changed``), so an editor is never torn down mid-edit."""
        same = _identity(node) == _identity(self._node) and node is not None
        self._node = node
        if same and not rebuild and self.currentWidget() is self._tabs:
            for index in range(self._tabs.count()):
                widget = self._tabs.widget(index)
                if widget is not None and hasattr(widget, "update_node"):
                    widget.update_node(node)
            return
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


def _identity(node: Any) -> tuple[str, object] | None:
    if node is None:
        return None
    return type(node).__name__, getattr(node, "id", id(node))
