"""The library tree's width: the teacher's choice, kept across tabs, nodes and sessions.

The tree and the detail pane share the window in a splitter. Some tabs need
more room than others (the Live lesson tab's clock buttons alone take
~730 px); showing one squeezes the tree, and Qt never gives the room back: after
one look at the Live lesson the tree stayed ~200 px wide for the rest of the
session ("Research less…"), on every node and tab. The first width was a fixed
340:860 split, a third of a 1024-px laptop screen for the tree.

So the width is a wish: the teacher's last drag of the splitter handle
(remembered in the settings), or, until they drag, what the rows they click
need (the versions and teachings, the tree's leaves: "研究課 · 2026-11-03 · 2A 班"
needs ~270 px, "研究授業 · 2026-11-03 · 学級 2A" ~295, "Research lesson ·
2026-11-03 · class 2A" ~350), within 200 px and a third of the window. After
every change of node or tab, and when the window is resized, the tree is given
that width again, as far as the shown tab's minimum allows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTreeView, QWidget

from lessonstudy.ui import settings

NARROWEST_DEFAULT = 200
WIDEST_SHARE = 1 / 3  # of the window, until the teacher drags the handle
MAX_ROWS_MEASURED = 300  # rows looked at, at most: ~50 µs each through the Python model


def default_width(window_width: int, leaves_need: int) -> int:
    """The tree's width before the teacher chose one."""
    widest = max(NARROWEST_DEFAULT, round(window_width * WIDEST_SHARE))
    return max(NARROWEST_DEFAULT, min(widest, leaves_need))


def leaves_width(tree: QTreeView) -> int:
    """Pixels the tree needs to show its open leaf rows (versions, teachings) uncut.

    Only rows under expanded nodes count, and at most :data:`MAX_ROWS_MEASURED` of
    them: a 200-lesson library's 1,420 rows took 60–80 ms to measure, too long for
    the GUI thread; the first few hundred rows say as much about label widths.
    """
    model = tree.model()
    if model is None:
        return 0
    metrics, indent = tree.fontMetrics(), tree.indentation()
    extra = 2 * tree.frameWidth() + 12  # item padding and a little air
    widest, seen = 0, 0
    stack = [(QModelIndex(), 0)]
    while stack and seen < MAX_ROWS_MEASURED:
        parent, depth = stack.pop()
        for row in range(model.rowCount(parent)):
            if seen >= MAX_ROWS_MEASURED:
                break
            index = model.index(row, 0, parent)
            seen += 1
            if model.hasChildren(index):
                if tree.isExpanded(index):
                    stack.append((index, depth + 1))
            else:
                text = str(index.data() or "")
                widest = max(widest, indent * (depth + 1) + metrics.horizontalAdvance(text))
    return widest + extra if widest else 0


class TreeWidth(QObject):
    """Keeps the splitter's first child (the tree) at the wished width."""

    def __init__(self, splitter: QSplitter, tree: QTreeView, detail: QWidget) -> None:
        super().__init__(splitter)
        self._splitter, self._tree, self._detail = splitter, tree, detail
        self._leaves: int | None = None  # measured when first wanted after a change
        self._soon = QTimer(self, singleShot=True, interval=0)  # many asks, one apply
        self._soon.timeout.connect(self.apply)
        splitter.splitterMoved.connect(self._dragged)
        model = tree.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self._tree_changed)
        tree.expanded.connect(self._tree_changed)  # more rows to fit (collapsing keeps it)
        splitter.installEventFilter(self)  # shown or resized: the tree gets its width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self.apply_soon()
        return False

    def wanted(self) -> int:
        saved = settings.TREE_WIDTH.get()
        if saved > 0:
            return saved
        if self._leaves is None:
            self._leaves = leaves_width(self._tree)
        return default_width(self._splitter.width(), self._leaves)

    def _tree_changed(self, *_args: object) -> None:
        self._leaves = None
        self.apply_soon()

    def apply_soon(self) -> None:
        """After the event loop has laid out the tab just shown (its minimum counts)."""
        self._soon.start()

    def apply(self) -> None:
        """Give the tree its wished width, or as much of it as the detail pane leaves."""
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        detail_needs = max(self._detail.minimumSizeHint().width(), self._detail.minimumWidth())
        width = max(self._tree.minimumWidth(), min(self.wanted(), total - detail_needs))
        if sizes[0] != width:
            self._splitter.setSizes([width, total - width])

    def _dragged(self, _position: int, _index: int) -> None:
        """Only the teacher's drags are remembered (not the squeezes of wide tabs)."""
        settings.TREE_WIDTH.set(self._splitter.sizes()[0])
