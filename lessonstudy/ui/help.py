"""Help → User guides: the guides in ``docs/`` read inside the app, with no network.

Teachers at an open class have no internet and no browser tab to spare; the
same Markdown files that document the project are shown here with Qt's own
Markdown support (QTextBrowser), images included. The bundle ships ``docs/``
beside ``resources/`` (build.spec).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.ui.screen_fit import fit_to_screen

#: The guides in the order of the cycle; other ``docs/*.md`` files follow alphabetically.
GUIDE_ORDER = ("planning", "observer-groups", "observation-forms", "live-lesson", "photos",
               "conference", "debrief-packets", "shared-server", "lesson-json", "translations")


@cache
def docs_dir() -> Path | None:
    """The folder of user guides: beside the bundle's resources, or in the source checkout."""
    roots = [Path(getattr(sys, "_MEIPASS", "")) / "docs"] if hasattr(sys, "_MEIPASS") else []
    roots.append(Path(__file__).resolve().parents[2] / "docs")
    return next((root for root in roots if root.is_dir()), None)


def guides() -> list[tuple[str, Path]]:
    """(title, path) of every guide, titles from each file's first heading."""
    folder = docs_dir()
    if folder is None:
        return []
    files = sorted(folder.glob("*.md"), key=lambda p: (
        GUIDE_ORDER.index(p.stem) if p.stem in GUIDE_ORDER else len(GUIDE_ORDER), p.stem))
    return [(_title(path), path) for path in files]


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


class HelpWindow(QDialog):
    """A list of guides on the left, the chosen guide on the right; Escape closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Lesson Study — user guides"))
        self.guide_list = QListWidget()
        self.guide_list.setObjectName("guideList")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        for title, path in guides():
            item = QListWidgetItem(title)
            item.setToolTip(title)  # the longest titles are still cut at 1024×768
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.guide_list.addItem(item)
        self.guide_list.currentItemChanged.connect(self._show)
        splitter = QSplitter()
        splitter.addWidget(self.guide_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        # wide enough for the longest guide title (they were cut at 220 px), within reason
        titles = self.guide_list.sizeHintForColumn(0) + 2 * self.guide_list.frameWidth() + 8
        splitter.setSizes([min(max(220, titles), 320), 700])
        QVBoxLayout(self).addWidget(splitter)
        fit_to_screen(self, 1000, 760)
        if self.guide_list.count():
            self.guide_list.setCurrentRow(0)
        else:
            self.browser.setPlainText(self.tr("The user guides are not installed."))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.open_guide(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def open_guide(self, path: Path, anchor: str = "") -> None:
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def _follow(self, url: QUrl) -> None:
        """Links to other guides open here; web links go to the browser (when there is one)."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.document().baseUrl().resolved(url)
        path = Path(target.toLocalFile())
        if path.suffix == ".md" and path.is_file():
            rows = [self.guide_list.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.guide_list.count())]
            if str(path) in rows:
                self.guide_list.setCurrentRow(rows.index(str(path)))
            else:
                self.open_guide(path)
            if url.fragment():
                self.browser.scrollToAnchor(url.fragment())
        elif url.fragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def show_help(parent: QWidget | None) -> HelpWindow:
    """Open (or bring forward) the guides window of ``parent``."""
    existing = parent.findChild(HelpWindow) if parent is not None else None
    window = existing or HelpWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
