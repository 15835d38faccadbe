"""The department view: filter debriefed lessons across teams, pick some, print their packet.

A window of its own (View → Department view, Ctrl+Shift+D) so the head of
department can keep it beside the main window: a filter bar (team, cycle,
dates, words), the sortable table with multi-select, and the packet options
with "Print packet…". The window only shows rows and passes the selected
teaching ids on; the packet itself is built by :mod:`.print_packet`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.department import DepartmentFilter, DepartmentRow
from lessonstudy.domain.errors import LessonStudyError, ValidationError
from lessonstudy.domain.packet import PacketOptions
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.department.filters import FilterBar
from lessonstudy.ui.department.model import (
    DATE_COLUMN,
    ROW_ROLE,
    DepartmentFilterProxy,
    DepartmentTableModel,
    tr,
)
from lessonstudy.ui.department.print_packet import PacketPrinter
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.screen_fit import fit_to_screen
from lessonstudy.ui.subscriptions import follow


class DepartmentView(QWidget):
    """Filter bar, table of debriefed teachings, packet options and the print button."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setObjectName("departmentView")
        self.setWindowTitle(tr("Department view — debriefed lessons"))
        self.model = DepartmentTableModel(self)
        self.proxy = DepartmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar(self)
        self.filters.changed.connect(self._apply_filters)
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("departmentCount")
        self.printer = PacketPrinter(context, self)
        self._build_layout()
        follow(context.changed, self, lambda _what: self.refresh())
        fit_to_screen(self, 1320, 680)  # a 1024×768 laptop shows it whole
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the window, as it closes a dialog."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("departmentTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 230), (1, 150), (2, 90), (3, 180), (4, 140), (5, 90)):
            table.setColumnWidth(column, width)
        for column in range(DATE_COLUMN + 1, self.model.columnCount()):  # the counts
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        return table

    def _default_title(self) -> str:
        """The cover's title when none is typed, in the language the packet prints in."""
        from lessonstudy.i18n import _, using_language
        from lessonstudy.ui.print_language import interface_print_language, print_language_for

        language = (print_language_for(self.context.library) if self.context.has_library
                    else interface_print_language())
        with using_language(language):
            return _(PacketOptions().title)

    def _build_layout(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("packetTitle")
        self.title_edit.setPlaceholderText(self._default_title())
        self.school_edit = QLineEdit()
        self.school_edit.setObjectName("packetSchool")
        self.school_edit.setPlaceholderText(tr("the teams' schools"))
        self.odd_pages = QCheckBox(tr("Start each lesson on a right-hand page (duplex)"))
        self.odd_pages.setObjectName("packetOddPages")
        select_all = QPushButton(tr("Select all shown"))
        select_all.setObjectName("selectAllButton")
        select_all.clicked.connect(self.table.selectAll)
        self.print_button = QPushButton(tr("Print packet…"))
        self.print_button.setObjectName("printPacketButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_packet)
        options = QFormLayout()
        options.addRow(tr("Packet title:"), self.title_edit)
        options.addRow(tr("School on the cover:"), self.school_edit)
        options.addRow("", self.odd_pages)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(select_all)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)
        layout.addLayout(buttons)

    # -- data ----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the rows from the library (after any change broadcast)."""
        if not self.context.has_library:
            return
        from lessonstudy.services.department import load_department_rows

        try:
            rows = load_department_rows(self.context.library)
        except LessonStudyError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.filters.set_choices(rows)
        self._update_count()

    def _apply_filters(self, chosen: DepartmentFilter) -> None:
        self.proxy.set_filter(chosen)
        self.table.clearSelection()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        chosen = len(self.selected_rows())
        self.count_label.setText(tr("{shown} of {total} lessons shown · {chosen} selected")
                                 .format(shown=shown, total=total, chosen=chosen))

    def selected_rows(self) -> list[DepartmentRow]:
        """The selected rows, in table order."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE) for index in indexes]

    def options(self) -> PacketOptions:
        """What the packet options ask for (blank title: the default)."""
        title = self.title_edit.text().strip() or PacketOptions().title
        return PacketOptions(title=title, school=self.school_edit.text().strip(),
                             odd_pages=self.odd_pages.isChecked())

    # -- printing ------------------------------------------------------------
    def print_packet(self) -> None:
        """Ask where to save, then build the packet of the selected rows in the background."""
        rows = self.selected_rows()
        if not rows:
            show_error(self, ValidationError(
                tr("Select one or more lessons in the table first (Ctrl+A selects all shown).")))
            return
        self.printer.choose_and_print(rows, self.options())

