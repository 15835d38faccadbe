"""The right-hand pane: tabs for whatever is selected in the library tree.

Features register tabs per node type (lesson, version, teaching); the pane
shows their titles for the selection and builds a tab's widget only the first
time it is shown (or a feature asks for it with :meth:`DetailPane.widget_of`).
A research lesson has nine tabs; building all of them on every click in the
tree took up to a second, building the one that is shown takes one tab's time.
The main window stays ignorant of every feature's widgets.

When the first node is shown, the modules of every registered tab are imported
on a worker thread: a tab's first show otherwise paid its module's import on the
GUI thread (the Versions tab's ~80 ms, more than a whole switch should take).

Only the tab shown sets the pane's minimum size: a tab widget is otherwise as
wide as its widest page ever built, so one look at the Live lesson tab (~730 px
of clock buttons) kept the library tree squeezed on every other tab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.ui.context import AppContext
from lessonstudy.ui.operations import Operation

TabBuilder = Callable[[AppContext, Any], QWidget]
# The older form: a factory that returns the title and the built widget together.
# Such a tab cannot be shown without building it, so it is built with the node.
TabFactory = Callable[[AppContext, Any], tuple[str, QWidget]]
W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class TabSpec:
    """One registered tab: its title now, its widget when it is first shown.

    ``widget`` names the class ``build`` returns ("package.module.Class") so that
    :meth:`DetailPane.widget_of` can find the tab without building the others.
    """

    build: Callable[[AppContext, Any], Any]
    title: Callable[[], str] | None = None  # None: ``build`` is an older TabFactory
    widget: str = ""


_SPECS: dict[type, list[TabSpec]] = {}


def register_tab(node_type: type, build: TabBuilder | TabFactory, *,
                 title: Callable[[], str] | None = None, widget: str = "") -> None:
    """Add a tab to every selection of ``node_type``.

    ``title`` returns the (translated) tab title without building anything;
    ``build(context, node)`` makes the widget when the tab is first shown.
    Without ``title``, ``build`` is an older factory returning ``(title, widget)``
    and is built with the node. Registering the same builder (same module and
    name) again replaces it, so tabs never appear twice when windows are many.
    """
    specs = _SPECS.setdefault(node_type, [])
    spec = TabSpec(build, title, widget)
    key = _builder_key(build)
    for index, existing in enumerate(specs):
        if _builder_key(existing.build) == key:
            specs[index] = spec
            return
    specs.append(spec)


def _builder_key(build: Callable[..., Any]) -> tuple[str, str]:
    return getattr(build, "__module__", ""), getattr(build, "__qualname__", repr(build))


class _Unbuilt(QWidget):
    """Stands in a tab until its widget is built (costs nothing to create)."""

    def __init__(self, spec: TabSpec) -> None:
        super().__init__()
        self.spec = spec


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
        # Connected before anyone else: listeners of currentChanged see the built widget.
        self._tabs.currentChanged.connect(self._build_shown)
        for widget in (self._empty, holder, self._tabs):
            self.addWidget(widget)
        self._node: Any = None
        self._preload: Operation | None = None

    def show_empty_library(self) -> None:
        self.setCurrentWidget(self._empty)

    def show_page(self, page: QWidget) -> None:
        """Show a page of its own instead of tabs (a library that could not be opened)."""
        if self.indexOf(page) < 0:
            self.addWidget(page)
        self._node = None
        self.setCurrentWidget(page)

    def show_node(self, node: Any, *, rebuild: bool = False) -> None:
        """Show the tabs for ``node``; the same record again keeps its tabs (they refresh
        themselves from ``AppContext.changed``), so an editor is never torn down mid-edit.
        The tab shown stays the same kind of tab when the new node has one."""
        same = _identity(node) == _identity(self._node) and node is not None
        self._node = node
        if same and not rebuild and self.currentWidget() is self._tabs:
            for widget in self.built_widgets():
                if hasattr(widget, "update_node"):
                    widget.update_node(node)
            return
        specs = _SPECS.get(type(node), []) if node is not None else []
        if not specs:
            self.setCurrentIndex(1)
            return
        if self._preload is None:
            modules = sorted({spec.widget.rpartition(".")[0]
                              for every in _SPECS.values() for spec in every if spec.widget})
            self._preload = Operation(lambda: _import_all(modules), parent=self)
            self._preload.start()
        current_title = self._tabs.tabText(self._tabs.currentIndex())
        self._tabs.blockSignals(True)  # no tab is built while the old ones go
        try:
            while self._tabs.count():
                old = self._tabs.widget(0)
                self._tabs.removeTab(0)
                if old is not None:
                    old.deleteLater()
            shown = 0
            for spec in specs:
                page: QWidget
                if spec.title is None:
                    title, page = spec.build(self._context, node)
                else:
                    title, page = spec.title(), _Unbuilt(spec)
                index = self._tabs.addTab(page, title)
                if title == current_title:
                    shown = index
            self._tabs.setCurrentIndex(shown)
        finally:
            self._tabs.blockSignals(False)
        self._build(shown)
        self.setCurrentWidget(self._tabs)
        self._tabs.currentChanged.emit(shown)

    def widget_of(self, kind: type[W], *, show: bool = False) -> W | None:
        """The tab of the shown node whose widget is a ``kind`` (built now if it was not),
        brought to the front when ``show``; None when the node has no such tab."""
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if isinstance(page, kind) or (isinstance(page, _Unbuilt)
                                          and _builds(page.spec, kind)):
                return self._found(index, kind, show)
        for index in range(self._tabs.count()):  # tabs that did not say what they build
            page = self._tabs.widget(index)
            if (isinstance(page, _Unbuilt) and not page.spec.widget
                    and isinstance(self._build(index), kind)):
                return self._found(index, kind, show)
        return None

    def _found(self, index: int, kind: type[W], show: bool) -> W | None:
        widget = self._build(index)
        if show:
            self._tabs.setCurrentIndex(index)
        return widget if isinstance(widget, kind) else None

    def built_widgets(self) -> list[QWidget]:
        """The tabs of the shown node that have been built (the others have no state)."""
        pages = (self._tabs.widget(i) for i in range(self._tabs.count()))
        return [page for page in pages if page is not None and not isinstance(page, _Unbuilt)]

    def _build_shown(self, index: int) -> None:
        if index >= 0:
            self._build(index)
        self._only_shown_sets_minimum()

    def _only_shown_sets_minimum(self) -> None:
        """Hidden tabs ask for no room (Ignored); the shown tab gets its own policy back."""
        current = self._tabs.currentWidget()
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if page is None:
                continue
            own = page.property("ownSizePolicy")
            if page is current:
                if isinstance(own, QSizePolicy):
                    page.setSizePolicy(own)
            else:
                if not isinstance(own, QSizePolicy):
                    page.setProperty("ownSizePolicy", page.sizePolicy())
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def _build(self, index: int) -> QWidget | None:
        """The widget of tab ``index``, built and put in the tab the first time."""
        page = self._tabs.widget(index)
        if not isinstance(page, _Unbuilt):
            return page
        widget = page.spec.build(self._context, self._node)
        title = self._tabs.tabText(index)
        was_current = self._tabs.currentIndex() == index
        self._tabs.blockSignals(True)
        try:  # the new widget goes in before the stand-in leaves: no other tab flashes
            self._tabs.insertTab(index, widget, title)
            if was_current:
                self._tabs.setCurrentIndex(index)
            self._tabs.removeTab(index + 1)
        finally:
            self._tabs.blockSignals(False)
        page.deleteLater()
        return widget

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    @property
    def node(self) -> Any:
        return self._node


def _import_all(modules: list[str]) -> None:
    """Import the tabs' modules (worker thread; collection is paused while it runs)."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:  # said again, on the GUI thread, when the tab is built
            continue


def _builds(spec: TabSpec, kind: type) -> bool:
    """Whether ``spec`` says it builds a ``kind`` (imports the named class's module)."""
    if not spec.widget:
        return False
    module, _, name = spec.widget.rpartition(".")
    built = getattr(importlib.import_module(module), name, None)
    return isinstance(built, type) and issubclass(built, kind)


def _identity(node: Any) -> tuple[str, object] | None:
    if node is None:
        return None
    return type(node).__name__, getattr(node, "id", id(node))
