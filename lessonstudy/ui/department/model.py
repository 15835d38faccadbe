"""The department table's Qt models: a thin table over plain rows and a filtering proxy.

Rows come from :func:`lessonstudy.services.department.load_department_rows`
as frozen records; the table model only says which column shows what and
how it sorts (numbers as numbers, dates as ISO text). The proxy filters
with the same :class:`~lessonstudy.domain.department.DepartmentFilter` the
command line uses, so the window and ``lessonstudy packet`` agree on which
lessons a filter selects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lessonstudy.domain.department import DepartmentFilter, DepartmentRow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentView", text)


@dataclass(frozen=True)
class Column:
    """A column: header, shown text, and the value it sorts by."""

    header: str
    show: Callable[[DepartmentRow], str]
    sort: Callable[[DepartmentRow], Any]
    numeric: bool = False


def _count(get: Callable[[DepartmentRow], int]) -> tuple[Callable[[DepartmentRow], str],
                                                        Callable[[DepartmentRow], Any]]:
    return (lambda r: str(get(r))), get


def columns() -> list[Column]:
    """The table's columns, headers translated."""
    return [
        Column(tr("Lesson"), lambda r: r.lesson_title, lambda r: r.lesson_title.casefold()),
        Column(tr("Team"), lambda r: r.team_name, lambda r: r.team_name.casefold()),
        Column(tr("Subject"), lambda r: r.subject, lambda r: r.subject.casefold()),
        Column(tr("Research theme"), lambda r: r.research_theme,
               lambda r: r.research_theme.casefold()),
        Column(tr("Teacher"), lambda r: r.teacher, lambda r: r.teacher.casefold()),
        Column(tr("Date"), lambda r: r.date_text, lambda r: r.date_text or "9999"),
        Column(tr("Strengths"), *_count(lambda r: r.feedback.strengths), numeric=True),
        Column(tr("Questions"), *_count(lambda r: r.feedback.questions), numeric=True),
        Column(tr("Suggestions"), *_count(lambda r: r.feedback.suggestions), numeric=True),
        Column(tr("Concerns"), *_count(lambda r: r.feedback.concerns), numeric=True),
        Column(tr("Open actions"), *_count(lambda r: r.open_actions), numeric=True),
        Column(tr("Closed actions"), *_count(lambda r: r.closed_actions), numeric=True),
    ]


DATE_COLUMN = 5


class DepartmentTableModel(QAbstractTableModel):
    """Read-only rows of debriefed teachings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns()
        self._rows: list[DepartmentRow] = []

    def set_rows(self, rows: Sequence[DepartmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[DepartmentRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None


class DepartmentFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort value and keeps the rows the filter accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = DepartmentFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def current_filter(self) -> DepartmentFilter:
        return self._filter

    def set_filter(self, chosen: DepartmentFilter) -> None:
        self.beginFilterChange()
        self._filter = chosen
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self._filter.matches(row)

    def visible_rows(self) -> list[DepartmentRow]:
        """The rows passing the filter, in the current sort order."""
        return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]
