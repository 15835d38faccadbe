"""Help → User guides: the guides in ``docs/`` read inside the app, in the teacher's language.

Teachers at an open class have no internet and no browser tab to spare; the
same Markdown files that document the project are shown here with Qt's own
Markdown support (QTextBrowser), images included. The bundle ships ``docs/``
beside ``resources/`` (build.spec), language folders included.

A Hong Kong, mainland or Japanese team reads the teachers' guides of its interface
language (``docs/zh_HK``, ``docs/zh_CN``, ``docs/ja``: same file names as the English
ones, so links between guides work in every folder); a guide not translated yet falls
back to English. The reference pages for the school's IT staff and developers (shared
server, lesson JSON, translations, limits…) stay English and are listed after the
teachers' guides under a heading that says so.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.ui.language import chosen_language
from lessonstudy.ui.screen_fit import fit_to_screen

#: The teachers' guides in the order of the cycle; each one is translated in every
#: language folder (tests/ui/test_help_languages.py fails for a guide left out).
TEACHER_GUIDES = ("planning", "observer-groups", "observation-forms", "classroom-map",
                  "live-lesson", "photos", "phone-observation", "conference",
                  "debrief-packets", "search")

#: Reference pages (English only) in this order; other ``docs/*.md`` files follow alphabetically.
REFERENCE_ORDER = ("shared-server", "lesson-json", "translations", "reliability", "limits")

#: Interface languages with a folder of translated guides in ``docs/``.
GUIDE_LANGUAGES = ("zh_HK", "zh_CN", "ja")


@dataclass(frozen=True)
class Guide:
    """One entry of the guide list: its title (the file's first heading) and file."""

    title: str
    path: Path
    reference: bool = False
    """A page for IT staff and developers, in English, listed after the teachers' guides."""


@cache
def docs_dir() -> Path | None:
    """The folder of user guides: beside the bundle's resources, or in the source checkout."""
    roots = [Path(getattr(sys, "_MEIPASS", "")) / "docs"] if hasattr(sys, "_MEIPASS") else []
    roots.append(Path(__file__).resolve().parents[2] / "docs")
    return next((root for root in roots if root.is_dir()), None)


def guide_language(language: str | None = None) -> str | None:
    """The language folder to read: ``language`` (default: the interface's), if it has guides."""
    code = chosen_language() if language is None else language
    return code if code in GUIDE_LANGUAGES else None


def guides(language: str | None = None) -> list[Guide]:
    """Every guide: the teachers' guides in ``language`` (English where one is missing),
    then the English reference pages.

    ``language`` is an interface language code (``zh_HK``, ``zh_CN``, ``ja``, ``en``);
    by default the one chosen under View → Language.
    """
    folder = docs_dir()
    if folder is None:
        return []
    code = guide_language(language)
    teachers: list[Guide] = []
    for name in TEACHER_GUIDES:
        translated = folder / code / f"{name}.md" if code else None
        english = folder / f"{name}.md"
        path = translated if translated is not None and translated.is_file() else english
        if path.is_file():
            teachers.append(Guide(_title(path), path))
    others = sorted((p for p in folder.glob("*.md") if p.stem not in TEACHER_GUIDES),
                    key=lambda p: (REFERENCE_ORDER.index(p.stem) if p.stem in REFERENCE_ORDER
                                   else len(REFERENCE_ORDER), p.stem))
    return teachers + [Guide(_title(path), path, reference=True) for path in others]


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


class HelpWindow(QDialog):
    """A list of guides on the left, the chosen guide on the right; Escape closes it."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Lesson Study — user guides"))
        self.guide_list = QListWidget()
        self.guide_list.setObjectName("guideList")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        found = guides(language)
        for guide in found:
            if guide.reference and not any(g.reference for g in found[:found.index(guide)]):
                self._add_heading()
            item = QListWidgetItem(guide.title)
            item.setToolTip(guide.title)
            item.setData(Qt.ItemDataRole.UserRole, str(guide.path))
            self.guide_list.addItem(item)
        self.guide_list.currentItemChanged.connect(self._show)
        splitter = QSplitter()
        splitter.addWidget(self.guide_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        fit_to_screen(self, 1000, 760)
        # As wide as the longest title (they were cut at 1024×768), up to 45 % of the window;
        # a title longer than that wraps onto a second line instead of being cut.
        titles = self.guide_list.sizeHintForColumn(0) + 2 * self.guide_list.frameWidth() + 8
        titles += self.guide_list.verticalScrollBar().sizeHint().width()
        list_width = min(max(220, titles), self.width() * 45 // 100)
        self.guide_list.setWordWrap(True)
        self.guide_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        splitter.setSizes([list_width, max(self.width() - list_width, 400)])
        QVBoxLayout(self).addWidget(splitter)
        if self.guide_list.count():
            self.guide_list.setCurrentRow(0)
        else:
            self.browser.setPlainText(self.tr("The user guides are not installed."))

    def _add_heading(self) -> None:
        """The line above the English reference pages: not a guide, cannot be chosen."""
        heading = QListWidgetItem(self.tr("For IT staff and developers (in English)"))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, but not a guide to choose
        heading.setToolTip(heading.text())
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.guide_list.addItem(heading)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self.open_guide(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def open_guide(self, path: Path, anchor: str = "") -> None:
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self._fit_images()
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def _fit_images(self) -> None:
        """Screenshots no wider than the guide pane (they are 1000+ px): no sideways scrolling."""
        document = self.browser.document()
        room = self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    picture = document.resource(QTextDocument.ResourceType.ImageResource.value,
                                                QUrl(image.name()))
                    if isinstance(picture, QByteArray):
                        picture = QImage.fromData(picture)
                    size = picture.size() if isinstance(picture, (QImage, QPixmap)) else None
                    if size is not None and size.width() > room > 0:
                        image.setWidth(room)
                        image.setHeight(size.height() * room / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                iterator += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def shown_path(self) -> Path:
        """The file of the guide on show."""
        return Path(self.browser.document().baseUrl().toLocalFile())

    def _follow(self, url: QUrl) -> None:
        """Links to other guides open here; web links go to the browser (when there is one)."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.document().baseUrl().resolved(url)
        path = Path(target.toLocalFile()).resolve()
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
