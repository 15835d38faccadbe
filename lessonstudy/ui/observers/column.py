"""One column of the observer board: a group's heading and its members' list view.

Columns sit side by side so the facilitator sees every group at once and
drags people between them. The heading shows the focus and how full the
group is (members / capacity); the "Unassigned" column has no group and so
no edit or remove buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.services.observer_records import GroupInfo, ObserverInfo
from lessonstudy.ui.observers.members_model import GroupMembersModel, tr

COLUMN_WIDTH = 250


class MemberDelegate(QStyledItemDelegate):
    """Leaves room for Chinese names: the CJK fallback font is taller than the UI font.

    Qt sizes items with the widget font's metrics, so a two-line item whose
    name is in Chinese got one line and was cut to "Ms Cheung Yuk Lan 張玉蘭…".
    Sizes are remembered by text and width: a word-wrapped list asks for every
    item's size several times per layout, and each answer went through Python
    (a research lesson's board spent ~25 ms here when it opened).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, int], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data() or "")
        key = (text, option.rect.width(), option.fontMetrics.height())
        known = self._sizes.get(key)
        if known is not None:
            return QSize(known)
        size = super().sizeHint(option, index)
        if any(ord(char) > 0x2E80 for char in text):
            size.setHeight(size.height() + option.fontMetrics.height() // 2 + 2)
        if len(self._sizes) > 5000:
            self._sizes.clear()
        self._sizes[key] = QSize(size)
        return size


class MembersView(QListView):
    """A list view that drags and drops observers between groups."""

    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setIconSize(QSize(14, 14))
        self.setSpacing(2)
        self.setItemDelegate(MemberDelegate(self))

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.focused.emit()


class GroupColumn(QFrame):
    """A group (or the unassigned observers): heading, fullness and the members list."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, group: GroupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.group = group
        self.setObjectName(f"groupColumn{group.id}" if group else "unassignedColumn")
        self.model = GroupMembersModel(group.id if group else None, self)
        self.view = MembersView()
        self.view.setModel(self.model)
        self.title = QLabel()
        self.title.setObjectName("groupTitle")
        self.title.setWordWrap(True)
        self.focus = QLabel()
        self.focus.setWordWrap(True)
        self.focus.setObjectName("groupFocus")
        self.count = QLabel()
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        if group is not None:
            heading.addWidget(self._button("✎", tr("Edit group"), self.edit_requested.emit))
            heading.addWidget(self._button("✕", tr("Remove group"), self.remove_requested.emit))
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.focus)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, tip: str, emit: Callable[[int], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # a screen reader says "Edit group", not "✎"
        button.setAutoRaise(True)
        button.clicked.connect(lambda: emit(self.group.id if self.group else 0))
        return button

    def show_members(self, group: GroupInfo | None, members: Sequence[ObserverInfo]) -> None:
        self.group = group
        self.model.set_members(members)
        if group is None:
            self.title.setText(f"<b>{tr('Unassigned')}</b>")
            self.focus.setText(tr("Drag people from here into a group."))
        else:
            self.title.setText(f"<b>{_escape(group.name)}</b>")
            focus = group.focus or tr("No focus yet")
            convenor = (tr("Convenor: {name}").format(name=group.convenor)
                        if group.convenor else "")
            self.focus.setText("\n".join(part for part in (focus, convenor) if part))
        self.count.setText(_fullness(len(members), group.capacity if group else None))


def _fullness(size: int, capacity: int | None) -> str:
    if capacity is None:
        return tr("{n} observer(s)").format(n=size)
    text = tr("{n} of {capacity} seats").format(n=size, capacity=capacity)
    return text + (" ⚠" if size > capacity else "")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
