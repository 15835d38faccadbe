"""The main window: library tree on the left, detail tabs on the right, menus around them.

It wires things together and nothing more: data comes from services through
the shared :class:`AppContext`, features add their own tabs and actions.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QToolBar, QTreeView

from lessonstudy.paths import LibraryLocation
from lessonstudy.ui import settings
from lessonstudy.ui.check_progress import CheckProgress
from lessonstudy.ui.context import AppContext, affects_tree
from lessonstudy.ui.detail_pane import DetailPane
from lessonstudy.ui.empty_state import EmptyLibraryPage, LibraryProblemPage
from lessonstudy.ui.features import FEATURE_MODULES
from lessonstudy.ui.language import add_language_menu
from lessonstudy.ui.library_model import NODE_ROLE, LibraryTreeModel
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import SavedNotice
from lessonstudy.ui.print_language import add_print_language_menu
from lessonstudy.ui.tree_width import TreeWidth


class MainWindow(QMainWindow):
    """Library tree, detail pane, menus, toolbar and status bar."""

    def __init__(self, context: AppContext, location: LibraryLocation) -> None:
        super().__init__()
        self.context = context
        self.location = location
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Lesson Study"))
        self.tree_model = LibraryTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("libraryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_page = EmptyLibraryPage()
        self.empty_page.demo_requested.connect(self.load_demo)
        self.empty_page.demo_button.setEnabled(context.has_library)
        self.detail = DetailPane(context, self.empty_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(160)  # "Version 2 · taught · 50:00" stays readable on a laptop
        self.tree_width = TreeWidth(self.splitter, self.tree, self.detail)
        self.detail.tabs.currentChanged.connect(lambda _i: self.tree_width.apply_soon())
        self.detail.currentChanged.connect(lambda _i: self.tree_width.apply_soon())
        self.setCentralWidget(self.splitter)
        self.menus: dict[str, QMenu] = {}
        self._library_actions: list[QAction] = []  # usable only once a library is open
        self.problem_page: LibraryProblemPage | None = None
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self._status_label = QLabel(self.tr("Opening library…"))
        self.statusBar().addPermanentWidget(self._status_label)
        self.saved_notice = SavedNotice(self.statusBar())
        self.check_progress = CheckProgress(self.statusBar())
        self._build_menus()
        context.changed.connect(self._library_changed)
        context.library_opened.connect(self._enable_library_actions)
        context.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._demo_op: Operation | None = None
        self._check_op: Operation | None = None
        self.open_op: Operation | None = None
        self._preloaded_tree: list[Any] | None = None  # read with the library, off the GUI thread
        self._features_loaded = False
        self.resize(1200, 780)
        self._restore_geometry()

    def load_features(self) -> None:
        """Import feature modules (tabs, actions) once; deferred until after the first paint."""
        if self._features_loaded:
            return
        self._features_loaded = True
        for name in FEATURE_MODULES:
            importlib.import_module(name).register(self)
        self._quit_last()

    def _quit_last(self) -> None:
        """Features add File actions after Quit; Quit belongs at the very end."""
        file_menu = self.menus["file"]
        quit_action = self.findChild(QAction, "actionQuit")
        if quit_action is None:
            return
        file_menu.removeAction(quit_action)
        actions = file_menu.actions()
        if actions and actions[-1].isSeparator():
            file_menu.removeAction(actions[-1])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def add_action(
        self,
        menu: str,
        text: str,
        slot: Any,
        shortcut: Any = None,
        toolbar: bool = False,
        name: str = "",
        needs_library: bool = True,
    ) -> QAction:
        """One place to create menu (and toolbar) actions with shortcuts.

        An action that ``needs_library`` is disabled until a library is open (while it
        opens, or when it could not be opened), so it never meets "no library".
        """
        action = QAction(text, self)
        if needs_library:
            self._library_actions.append(action)
            action.setEnabled(self.context.has_library)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("help", self.tr("&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        self.add_action("file", self.tr("Open &demo open class"), self.load_demo, name="actionDemo")
        self.add_action(
            "file",
            self.tr("&Back up library now"),
            self.backup_now,
            QKeySequence("Ctrl+Shift+B"),
            name="actionBackup",
        )
        self.add_action("file", self.tr("&Check library"), self.check_library, name="actionCheck")
        self.menus["file"].addSeparator()
        self.add_action(
            "file", self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), name="actionQuit",
            needs_library=False,
        )
        undo = self.context.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.menus["edit"].addActions([undo, redo])
        self.toolbar.addActions([undo, redo])
        self.add_action(
            "view",
            self.tr("&Refresh"),
            lambda: self.context.notify_changed(),
            QKeySequence.StandardKey.Refresh,
            name="actionRefresh",
            needs_library=False,
        )
        add_language_menu(self, self.menus["view"])
        add_print_language_menu(self, self.menus["view"], self.context)
        self.add_action("help", self.tr("&User guides"), self._help,
                        QKeySequence.StandardKey.HelpContents, name="actionHelp",
                        needs_library=False)
        self.add_action("help", self.tr("&About Lesson Study"), self._about, name="actionAbout",
                        needs_library=False)

    def _enable_library_actions(self) -> None:
        for action in self._library_actions:
            action.setEnabled(True)
        self.empty_page.demo_button.setEnabled(True)

    def show_library_problem(self, error: Exception) -> None:
        """The library could not be opened: say so in the window, not "Your library is
        empty", and keep every action that needs a library out of reach."""
        for action in self._library_actions:
            action.setEnabled(False)
        self.empty_page.demo_button.setEnabled(False)
        if self.problem_page is None:
            self.problem_page = LibraryProblemPage()
            switch = getattr(self, "library_switch", None)
            if switch is not None:
                self.problem_page.restore_requested.connect(switch.choose_backup)
                self.problem_page.open_other_requested.connect(switch.choose_folder)
        self.problem_page.show_problem(str(self.location.data_dir), str(error))
        self.tree_model.set_tree([])
        self._status_label.setText(self.tr("No library open"))
        self.detail.show_page(self.problem_page)

    # -- library ---------------------------------------------------------------
    def refresh_tree(self) -> None:
        from lessonstudy.services.catalogue import load_tree

        if not self.context.has_library:
            return
        teams, self._preloaded_tree = self._preloaded_tree, None
        self.show_tree(load_tree(self.context.library) if teams is None else teams)

    def show_tree(self, teams: list[Any]) -> None:
        """Show the library's teams, cycles and lessons, keeping the selected node."""
        selected = self.selected_node()
        self.tree_model.set_tree(teams)
        self.tree.expandToDepth(3)
        lessons = sum(len(c.lessons) for t in teams for c in t.cycles)
        self._status_label.setText(
            self.tr("%n lesson(s)", "", lessons)
            + " · "
            + str(self.location.db_path or self.location.db_url)
        )
        if not lessons:
            self.detail.show_empty_library()
        elif selected is not None:
            self.select_node(lambda n: type(n) is type(selected) and n.id == selected.id)
        else:
            self.detail.show_node(None)

    def select_node(self, predicate: Any) -> bool:
        index = self.tree_model.find(predicate)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.detail.show_node(index.data(NODE_ROLE))
        return index.isValid()

    def selected_node(self) -> Any:
        index = self.tree.currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    def _library_changed(self, what: str) -> None:
        if affects_tree(what):
            self.refresh_tree()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        self.detail.show_node(indexes[0].data(NODE_ROLE) if indexes else None)

    def load_demo(self) -> None:
        from lessonstudy.services.demo import load_demo

        if self._demo_op is not None and self._demo_op.running:
            return
        self.statusBar().showMessage(self.tr("Loading the demo open class…"))
        library = self.context.library
        self._demo_op = Operation(lambda: load_demo(library), parent=self)
        self._demo_op.finished.connect(self._demo_loaded)
        self._demo_op.failed.connect(lambda error: show_error(self, error))
        self._demo_op.start()

    def _demo_loaded(self, result: Any) -> None:
        self.statusBar().showMessage(self.tr("Demo open class loaded."), 5000)
        self.context.notify_changed()
        self.select_node(lambda n: type(n).__name__ == "LessonNode" and n.id == result.lesson_id)

    def start_daily_backup(self) -> None:
        """Back the library up once a day, off the GUI thread, when it is opened."""
        library = self.context.library
        self._backup_op = Operation(library.backup_if_due, parent=self)
        self._backup_op.finished.connect(self._daily_backup_done)
        self._backup_op.failed.connect(lambda error: self.statusBar().showMessage(
            self.tr("The daily backup failed: {error}").format(error=error)))
        self._backup_op.start()

    def start_health_check(self) -> None:
        """Read every page of the library off the GUI thread once it is open.

        Opening reads only the file's header (reading every page took 1.8 s at
        every start of a 4.5 GB library); damage found here is shown at once.
        """
        from lessonstudy.storage import health

        library = self.context.library
        self._health_op = Operation(lambda: health.quick_check(library.engine), parent=self)
        self._health_op.failed.connect(self._health_failed)
        self._health_op.start()

    def _health_failed(self, error: Exception) -> None:
        from lessonstudy.i18n import _
        from lessonstudy.storage.health import BUSY

        if str(error) != _(BUSY):  # another program writing is not damage
            show_error(self, error, self.tr("The library needs attention"))

    def _daily_backup_done(self, path: object) -> None:
        if path is not None:
            self.statusBar().showMessage(
                self.tr("Daily backup written: {path}").format(path=path), 5000)

    def backup_now(self) -> None:
        try:
            path = self.context.library.backup("manual")
        except Exception as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 8000)

    def check_library(self) -> None:
        """Check the database and every photo file (hashing them takes seconds: off the GUI
        thread)."""
        if self._check_op is not None and self._check_op.running:
            return
        self.statusBar().showMessage(self.tr("Checking the library and its photo files…"))
        library = self.context.library
        self._check_op = Operation(
            lambda progress, cancel: library.check(progress=progress), with_progress=True,
            parent=self)
        self._check_op.progressed.connect(self.check_progress.show_progress)
        self._check_op.finished.connect(self._checked)
        self._check_op.failed.connect(self._check_failed)
        self.check_progress.begin()
        self._check_op.start()

    def _check_failed(self, error: Exception) -> None:
        self.check_progress.end()
        self.statusBar().clearMessage()
        show_error(self, error)

    def _checked(self, report: Any) -> None:
        from lessonstudy.ui.messages import show_info

        self.check_progress.end()
        self.statusBar().clearMessage()
        if report.ok:
            show_info(self, self.tr("The library is healthy."))
        else:
            show_info(self, self.tr("Problems found:\n") + "\n".join(
                [*report.problems, *report.advice]))

    def _help(self) -> None:
        from lessonstudy.ui.help import show_help

        show_help(self)

    def _about(self) -> None:
        from lessonstudy.ui.about import show_about

        show_about(self)

    # -- geometry ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.tree_width.apply_soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)


def open_library_in_background(window: MainWindow,
                               then: Callable[[], object] | None = None) -> None:
    """Show the library's tree at once, then open the library off the GUI thread.

    A SQLite library at this build's schema is read first with ``sqlite3``
    alone (tens of milliseconds, no SQLAlchemy), so the tree shows right after
    the window. Importing the features and SQLAlchemy (seconds on a busy
    laptop), opening the library (it may migrate) and reading the tree again
    with it happen in a worker meanwhile; the window keeps painting. ``then``
    runs once the library is open (not if it failed).
    """
    location = window.location

    def early(teams: list[Any] | None) -> None:
        if teams is not None and not window.context.has_library:
            window.show_tree(teams)
        _open_after(window, then)

    window.open_op = Operation(lambda: _quick_tree(location), parent=window)
    window.open_op.finished.connect(early)
    window.open_op.failed.connect(lambda _error: _open_after(window, then))
    window.open_op.start()


def _quick_tree(location: LibraryLocation) -> list[Any] | None:
    """The tree read with sqlite3 alone, or None when only the full way can read it."""
    import sqlite3

    from lessonstudy.services.quick_catalogue import tree_from_sqlite
    from lessonstudy.storage.quick_read import reading_connection

    connection = reading_connection(location)
    if connection is None:
        return None
    try:
        return tree_from_sqlite(connection)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _open_after(window: MainWindow, then: Callable[[], object] | None) -> None:
    location = window.location

    def work() -> tuple[Any, list[Any]]:
        for name in FEATURE_MODULES:  # imports only: the features register on the GUI thread
            importlib.import_module(name)
        from lessonstudy.services.catalogue import load_tree
        from lessonstudy.storage.library import Library

        library = Library.open(location)
        try:
            return library, load_tree(library)
        except BaseException:
            library.close()
            raise

    def opened(result: tuple[Any, list[Any]]) -> None:
        window.load_features()
        library, window._preloaded_tree = result
        window.context.set_library(library)
        window._preloaded_tree = None
        if then is not None:
            then()

    def failed(error: Exception) -> None:
        window.load_features()
        window.show_library_problem(error)
        show_error(window, error, window.tr("The library could not be opened"))

    window.open_op = Operation(work, parent=window)
    window.open_op.finished.connect(opened)
    window.open_op.failed.connect(failed)
    window.open_op.start()


def open_library(window: MainWindow) -> bool:
    """Open (create, migrate) the window's library; problems are shown, not raised."""
    from lessonstudy.storage.library import Library

    window.load_features()
    try:
        library = Library.open(window.location)
    except Exception as error:
        window.show_library_problem(error)
        show_error(window, error, window.tr("The library could not be opened"))
        return False
    window.context.set_library(library)
    return True
