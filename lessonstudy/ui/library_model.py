"""The library tree as a Qt item model: a thin adapter over the services' plain nodes.

Team → cycle → lesson → "Versions" (v1, v2…) and "Teachings" (rehearsal, research…).
The model holds no ORM objects; ``set_tree`` replaces the whole tree after any change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from lessonstudy.domain.timing import format_duration
from lessonstudy.services.records import (
    CycleNode,
    LessonNode,
    TeachingRef,
    TeamNode,
    VersionRef,
)

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class TreeItem:
    """One row in the tree: its label, the plain node behind it, and its children."""

    label: str
    node: Any = None
    lesson: LessonNode | None = None
    parent: TreeItem | None = None
    children: list[TreeItem] = field(default_factory=list)

    def add(self, child: TreeItem) -> TreeItem:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class LibraryTreeModel(QAbstractItemModel):
    """Read-only tree of the library, rebuilt from ``load_tree`` results."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = TreeItem("")

    def set_tree(self, teams: list[TeamNode]) -> None:
        self.beginResetModel()
        self._root = _build(teams, self.tr)
        self.endResetModel()

    def item(self, index: Index) -> TreeItem:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.item(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == NODE_ROLE:
            return item.node
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item.node, VersionRef):
            return item.node.change_summary or None
        return None

    def find(self, predicate: Any) -> QModelIndex:
        """The first index whose node satisfies ``predicate`` (depth-first)."""
        stack = [(self._root, QModelIndex())]
        while stack:
            item, parent_index = stack.pop(0)
            for row, child in enumerate(item.children):
                index = self.index(row, 0, parent_index)
                if child.node is not None and predicate(child.node):
                    return index
                stack.append((child, index))
        return QModelIndex()


def _build(teams: list[TeamNode], tr: Any) -> TreeItem:
    root = TreeItem("")
    for team in teams:
        team_item = root.add(TreeItem(team.name, team))
        for cycle in team.cycles:
            cycle_item = team_item.add(TreeItem(_cycle_label(cycle, tr), cycle))
            for lesson in cycle.lessons:
                _add_lesson(cycle_item, lesson, tr)
    return root


def _cycle_label(cycle: CycleNode, tr: Any) -> str:
    theme = cycle.research_theme.split("\n")[0]
    if len(theme) > 60:
        theme = theme[:57] + "…"
    return theme or tr("Lesson study cycle")


def _add_lesson(parent: TreeItem, lesson: LessonNode, tr: Any) -> None:
    item = parent.add(TreeItem(lesson.title, lesson, lesson))
    versions = item.add(TreeItem(tr("Versions"), None, lesson))
    for v in lesson.versions:
        label = tr("Version {n} · {status} · {time}").format(
            n=v.number, status=tr(v.status), time=format_duration(v.planned_seconds)
        )
        versions.add(TreeItem(label, v, lesson))
    teachings = item.add(TreeItem(tr("Teachings"), None, lesson))
    for t in lesson.teachings:
        teachings.add(TreeItem(_teaching_label(t, tr), t, lesson))


def _teaching_label(t: TeachingRef, tr: Any) -> str:
    kinds = {
        "rehearsal": tr("Rehearsal"),
        "research": tr("Research lesson"),
        "reteach": tr("Reteach"),
    }
    when = t.date.isoformat() if t.date else tr("no date")
    return tr("{kind} · {date} · class {cls}").format(
        kind=kinds.get(t.kind, t.kind), date=when, cls=t.class_name or "–"
    )
