"""Help → User guides in the teacher's language: every guide translated, links and images intact.

A Hong Kong, mainland or Japanese team reads the teachers' guides in its interface language
(``docs/zh_HK``, ``docs/zh_CN``, ``docs/ja``), falling back to English for a guide not
translated; the English reference pages follow under a heading that says they are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lessonstudy.ui import help as help_module
from lessonstudy.ui import settings
from lessonstudy.ui.help import GUIDE_LANGUAGES, TEACHER_GUIDES, HelpWindow, docs_dir, guides

DOCS = Path(__file__).resolve().parents[2] / "docs"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")

#: Words each translation must use for the cycle (the interface's words, docs/translations.md).
VOCABULARY = {"zh_HK": ("觀課", "課後會議", "環節"), "zh_CN": ("观课", "课后研讨", "环节"),
              "ja": ("授業研究", "協議会", "参観", "場面")}

#: Characters that differ between the two Chinese scripts, to catch a guide in the wrong one.
TRADITIONAL = "課觀與點這們會為時學記錄說習動體對問題導課"
SIMPLIFIED = "课观与点这们会为时学记录说习动体对问题导"
#: Names of languages, written in their own script wherever they appear.
ENDONYMS = ("繁體中文", "简体中文", "日本語")


def _title(path: Path) -> str:
    return next(line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("# "))


def _slugs(path: Path) -> set[str]:
    """Anchors of a guide's headings, as GitHub and Qt's Markdown make them."""
    slugs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            text = line.lstrip("#").strip().lower()
            slugs.add(re.sub(r"[^\w\- ]", "", text).replace(" ", "-"))
    return slugs


def _fragments(document: QTextDocument) -> Iterator[QTextFragment]:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield iterator.fragment()
            iterator += 1
        block = block.next()


def test_every_language_folder_has_every_teacher_guide() -> None:
    assert docs_dir() == DOCS
    missing_english = [name for name in TEACHER_GUIDES if not (DOCS / f"{name}.md").is_file()]
    assert missing_english == [], f"TEACHER_GUIDES names guides docs/ lacks: {missing_english}"
    english = {path.stem for path in DOCS.glob("*.md")}
    for language in GUIDE_LANGUAGES:
        folder = DOCS / language
        missing = [f"{name}.md" for name in TEACHER_GUIDES if not (folder / f"{name}.md").is_file()]
        assert missing == [], (
            f"docs/{language}/ has no translation of {', '.join(missing)}: every teacher guide "
            f"(lessonstudy/ui/help.py TEACHER_GUIDES) is translated into every language folder "
            f"({', '.join(GUIDE_LANGUAGES)}), with the English file's name")
        stray = sorted(path.name for path in folder.glob("*.md")
                       if path.stem not in TEACHER_GUIDES or path.stem not in english)
        assert stray == [], f"docs/{language}/ has guides no English guide or list names: {stray}"


@pytest.mark.parametrize("language", ["en", *GUIDE_LANGUAGES])
def test_every_link_and_image_of_the_guides_resolves(language: str) -> None:
    folder = DOCS if language == "en" else DOCS / language
    names = TEACHER_GUIDES if language != "en" else [p.stem for p in DOCS.glob("*.md")]
    problems = []
    for name in names:
        path = folder / f"{name}.md"
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file, _, anchor = target.partition("#")
            resolved = (path.parent / file).resolve() if file else path
            if not resolved.exists():
                problems.append(f"{path.relative_to(DOCS)}: {target} does not exist")
            elif anchor and resolved.suffix == ".md" and anchor not in _slugs(resolved):
                problems.append(f"{path.relative_to(DOCS)}: {target} names no heading")
    assert problems == []


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_translated_guides_use_the_interfaces_words_and_script(language: str) -> None:
    text = "\n".join((DOCS / language / f"{name}.md").read_text(encoding="utf-8")
                     for name in TEACHER_GUIDES)
    for word in VOCABULARY[language]:
        assert word in text, f"docs/{language} never says {word}"
    for endonym in ENDONYMS:
        text = text.replace(endonym, "")
    wrong = {"zh_HK": SIMPLIFIED, "zh_CN": TRADITIONAL}.get(language, "")
    for name in TEACHER_GUIDES:
        guide = (DOCS / language / f"{name}.md").read_text(encoding="utf-8")
        for endonym in ENDONYMS:
            guide = guide.replace(endonym, "")
        found = sorted({char for char in guide if char in wrong})
        assert found == [], f"docs/{language}/{name}.md has characters of the other script: {found}"
        title = _title(DOCS / language / f"{name}.md")
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", title), (language, name, title)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_the_help_window_lists_and_shows_the_guides_of_the_language(
        qtbot: QtBot, language: str) -> None:
    window = HelpWindow(language=language)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    QApplication.processEvents()
    items = [window.guide_list.item(i) for i in range(window.guide_list.count())]
    expected = [_title(DOCS / language / f"{name}.md") for name in TEACHER_GUIDES]
    assert [item.text() for item in items[:len(expected)]] == expected
    heading = items[len(expected)]
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable, "the reference pages' heading"
    reference = [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items[len(expected) + 1:]]
    assert reference and all(path.parent == DOCS for path in reference)
    assert "shared-server" in [path.stem for path in reference]
    # the first guide is shown, in the language
    assert window.shown_path() == DOCS / language / "planning.md"
    first_paragraph = (DOCS / language / "planning.md").read_text(encoding="utf-8").split("\n")[2]
    assert first_paragraph[:12] in window.browser.toPlainText()
    # every title fits the list (sized to its titles) or wraps, never cut
    width = window.guide_list.viewport().width()
    for item in items[:len(expected)]:
        rect = window.guide_list.visualItemRect(item)
        lines = max(1, round(rect.height() / window.guide_list.fontMetrics().height()))
        needed = window.guide_list.fontMetrics().horizontalAdvance(item.text())
        assert needed <= width * lines, (item.text(), needed, width)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_links_between_translated_guides_stay_in_the_language(qtbot: QtBot,
                                                              language: str) -> None:
    window = HelpWindow(language=language)
    qtbot.addWidget(window)
    row = TEACHER_GUIDES.index("live-lesson")
    window.guide_list.setCurrentRow(row)
    assert window.shown_path() == DOCS / language / "live-lesson.md"
    image = window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("images/live-lesson.png"))
    picture = image if isinstance(image, QImage) else QImage.fromData(image)
    assert not picture.isNull(), "the guide's picture of the window in its language loads"
    widths = [fragment.charFormat().toImageFormat().width()
              for fragment in _fragments(window.browser.document())
              if fragment.charFormat().isImageFormat()]
    assert widths and all(0 < w <= window.browser.viewport().width() for w in widths), (
        "screenshots are scaled to the guide pane, no sideways scrolling")
    window._follow(QUrl("classroom-map.md"))
    assert window.shown_path() == DOCS / language / "classroom-map.md"
    assert window.guide_list.currentRow() == TEACHER_GUIDES.index("classroom-map")
    window._follow(QUrl("../shared-server.md"))
    assert window.shown_path() == DOCS / "shared-server.md", "English reference page"


def test_a_guide_not_translated_falls_back_to_english(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "zh_HK").mkdir()
    (tmp_path / "planning.md").write_text("# Co-planning a lesson\n", encoding="utf-8")
    (tmp_path / "live-lesson.md").write_text("# Live lesson mode\n", encoding="utf-8")
    (tmp_path / "limits.md").write_text("# Limits\n", encoding="utf-8")
    (tmp_path / "zh_HK" / "planning.md").write_text("# 共同備課\n", encoding="utf-8")
    monkeypatch.setattr(help_module, "docs_dir", lambda: tmp_path)
    found = guides("zh_HK")
    assert [(g.title, g.path, g.reference) for g in found] == [
        ("共同備課", tmp_path / "zh_HK" / "planning.md", False),
        ("Live lesson mode", tmp_path / "live-lesson.md", False),
        ("Limits", tmp_path / "limits.md", True)]
    assert [g.title for g in guides("en")][:2] == ["Co-planning a lesson", "Live lesson mode"]


def test_the_help_window_follows_the_interface_language(qtbot: QtBot) -> None:
    settings.LANGUAGE.set("zh_HK")
    try:
        window = HelpWindow()
        qtbot.addWidget(window)
        assert window.shown_path() == DOCS / "zh_HK" / "planning.md"
    finally:
        settings.LANGUAGE.set("")
    english = HelpWindow(language="en")
    qtbot.addWidget(english)
    assert english.shown_path() == DOCS / "planning.md"
