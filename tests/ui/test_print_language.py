"""View → Print language stores the library's choice; the forms tab prints in the chosen one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from lessonstudy.services.library_settings import set_print_language, stored_print_language
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import settings
from lessonstudy.ui.application import build_window
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.forms.forms_tab import FormsTab
from lessonstudy.ui.main_window import open_library
from lessonstudy.ui.print_language import interface_print_language, print_language_for
from tests.printing.pdfcheck import pdf_text

RESEARCH = TeachingRef(id=2, kind="research", date=None, class_name="2A", teacher="",
                       version_number=2)


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def test_without_a_choice_prints_follow_the_interface_language(demo_library: Library) -> None:
    settings.LANGUAGE.set("zh_HK")
    try:
        assert interface_print_language() == "zh-HK"
        assert print_language_for(demo_library) == "zh-HK"
        set_print_language(demo_library, "ja")
        assert print_language_for(demo_library) == "ja"
    finally:
        settings.LANGUAGE.set("")


def test_the_menu_stores_the_librarys_print_language(qtbot, data_dir: Path) -> None:
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    assert open_library(window)
    menu = window.menu("view").findChild(QMenu, "printLanguageMenu")
    assert menu is not None
    menu.aboutToShow.emit()
    checked = [a.objectName() for a in menu.actions() if a.isChecked()]
    assert checked == ["printLanguage_interface"]
    names = [a.text() for a in menu.actions()][1:]
    assert names == ["English", "繁體中文 (香港)", "简体中文", "日本語", "中文 / English"]
    menu.findChild(type(menu.actions()[0]), "printLanguage_zh-CN").trigger()
    assert stored_print_language(window.context.library) == "zh-CN"
    menu.aboutToShow.emit()
    assert [a.objectName() for a in menu.actions() if a.isChecked()] == ["printLanguage_zh-CN"]
    menu.findChild(type(menu.actions()[0]), "printLanguage_interface").trigger()
    assert stored_print_language(window.context.library) is None


def test_the_forms_tab_prints_in_the_language_in_its_box(qtbot, context: AppContext,
                                                         tmp_path: Path) -> None:
    set_print_language(context.library, "bilingual")
    tab = FormsTab(context, RESEARCH)
    tab.open_when_done = False
    qtbot.addWidget(tab)
    assert tab.language.currentData() == "bilingual"  # the library's choice comes first
    tab.combined.setChecked(True)
    tab.language.setCurrentIndex(tab.language.findData("ja"))
    target = tmp_path / "forms.pdf"
    tab.print_to(target)
    assert tab.operation is not None
    with qtbot.waitSignal(tab.operation.finished, timeout=30000):
        pass
    text = pdf_text(target)
    assert "このシートの使い方" in text and "How to use this form" not in text
