"""The search dock: a box, results grouped by lesson and teaching, Enter opens the record.

The search runs off the GUI thread once typing pauses; a newer search
replaces an older one's results, never the other way round. An empty box says
what is searched, and a search that finds nothing says how to widen it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.search import SearchHit, SearchResults, search
from lessonstudy.ui import messages
from lessonstudy.ui.operations import Operation

SEARCH_PAUSE_MS = 300

#: Narrowest the results may be and still read as "Lesson: Discovering Pythagoras…".
RESULTS_WIDTH = 280
_WHAT_IS_SEARCHED, _NOTHING_FOUND = "what is searched", "nothing found"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


def tree_tr(text: str) -> str:
    """The library tree's translation of a text (teaching kinds read the same in both)."""
    return QCoreApplication.translate("LibraryTreeModel", text)


def kind_label(kind: str) -> str:
    labels = {"note": tr("Note"), "feedback": tr("Feedback"), "key_idea": tr("Key idea"),
              "action": tr("Action"), "segment": tr("Segment"), "lesson": tr("Lesson"),
              "agenda": tr("Agenda record")}
    return labels.get(kind, kind)


class SearchDock(QDockWidget):
    """Library-wide search beside the detail pane."""

    def __init__(self, window: Any) -> None:
        super().__init__(tr("Find in library"), window)
        self.setObjectName("searchDock")
        self.window_ = window
        self.box = QLineEdit()
        self.box.setObjectName("librarySearch")
        self.box.setPlaceholderText(tr("Words to find in notes, feedback, plans…"))
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = QTreeView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._open)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.run_search)
        self._operation: Operation | None = None
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self.setWidget(holder)
        self._show_hint(_WHAT_IS_SEARCHED)

    def open_search(self) -> None:
        if not self.isVisible():
            self._place()
        self.show()
        self.raise_()
        self.box.setFocus()
        self.box.selectAll()

    def _place(self) -> None:
        """Dock beside the tabs when they leave room for readable results; else float.

        At 1024×768 with the Live lesson shown, docking squeezed the results to ~70 px
        ("Discove", "Segm") and pushed the window past the screen's right edge.
        """
        window = self.window_
        central = window.centralWidget()
        needed = central.minimumSizeHint().width() if central is not None else 0
        room = window.width() - needed
        if room >= RESULTS_WIDTH:
            self.setFloating(False)
            window.resizeDocks([self], [max(RESULTS_WIDTH, window.width() // 4)],
                               Qt.Orientation.Horizontal)
            return
        self.setFloating(True)
        frame = window.frameGeometry()
        width = max(RESULTS_WIDTH, frame.width() // 3)
        self.setGeometry(frame.right() - width - 8, frame.top() + 80, width,
                         max(300, frame.height() - 140))

    @property
    def searching(self) -> bool:
        return self._timer.isActive() or (self._operation is not None
                                          and self._operation.running)

    def run_search(self) -> None:
        """Search for what the box holds now, off the GUI thread."""
        self._timer.stop()
        query = self.box.text()
        if not query.strip() or not self.window_.context.has_library:
            self.model.clear()
            self.status.clear()
            self._show_hint(_WHAT_IS_SEARCHED)
            return
        self._show_hint(None)
        library = self.window_.context.library
        operation = Operation(lambda: search(library, query))
        operation.finished.connect(self._found)
        operation.failed.connect(self._failed)
        self._operation = operation
        self.status.setText(tr("Searching…"))
        operation.start()

    def _found(self, results: SearchResults) -> None:
        if results.query != self.box.text():  # typing went on: a newer search follows
            return
        self.model.clear()
        for heading, hits in _grouped(results.hits):
            group = QStandardItem(heading)
            group.setEditable(False)
            for hit in hits:
                item = QStandardItem(f"{kind_label(hit.kind)}: {hit.text}")
                item.setData(hit, HIT_ROLE)
                item.setToolTip(hit.text)
                group.appendRow(item)
            self.model.appendRow(group)
        self.results.expandAll()
        count = len(results.hits)
        if not count:
            self.status.setText(tr("Nothing in the library mentions that."))
            self._show_hint(_NOTHING_FOUND)
        elif results.more:
            self.status.setText(self.tr(
                "The newest %n hit(s) of each kind; add words to narrow.", "", count))
        else:
            self.status.setText(self.tr("%n hit(s)", "", count))

    def _show_hint(self, which: str | None) -> None:
        texts = {
            _WHAT_IS_SEARCHED: tr(
                "Finds words in the notes, feedback, key ideas, actions, segments, conference "
                "records and lesson titles of every lesson. Two characters of Chinese or "
                "Japanese are enough."),
            _NOTHING_FOUND: tr(
                "Every word must appear in the same record. Try fewer words, part of a word, "
                "or another spelling."),
        }
        self.hint.setText(texts.get(which or "", ""))
        self.hint.setVisible(which is not None)

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, LessonStudyError):
            messages.show_error(self, error)
            return
        raise error

    def _open(self, index: QModelIndex) -> None:
        from lessonstudy.ui.search.opening import open_hit

        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            open_hit(self.window_, hit)


def _teaching_kind(kind: str) -> str:
    """The tree's words for a teaching (its translations are shared)."""
    words = {"rehearsal": tree_tr("Rehearsal"), "research": tree_tr("Research lesson"),
             "reteach": tree_tr("Reteach")}
    return words.get(kind, kind)


def _grouped(hits: tuple[SearchHit, ...]) -> list[tuple[str, list[SearchHit]]]:
    groups: dict[tuple[int, int | None], list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault((hit.lesson_id, hit.teaching_id), []).append(hit)
    out = []
    for (_lesson, teaching), members in groups.items():
        first = members[0]
        heading = first.lesson_title
        if teaching is not None:
            heading = tr("{lesson} — {kind}, {date}").format(
                lesson=first.lesson_title, kind=_teaching_kind(first.teaching_kind),
                date=first.teaching_date or "?")
        out.append((heading, members))
    return sorted(out, key=lambda pair: pair[0].casefold())
