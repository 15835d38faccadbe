"""Every tab fits a 1024×768 laptop in every interface language, not only in English.

Japanese and Chinese labels are shorter in characters but each glyph is about twice as wide as a
Latin letter, and a translator's wording can be longer than the English: a tab that fits in
English can widen the window or clip a button in Japanese. The translations are installed
before the window is built (widgets take their texts when they are built) and removed after.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lessonstudy.storage.library import Library
from lessonstudy.ui import settings
from lessonstudy.ui.application import build_window, install_cjk_font, install_translations
from lessonstudy.ui.main_window import MainWindow, open_library
from tests.ui.window.layout_checks import layout_problems
from tests.ui.window.test_layout_1024 import NODES


@pytest.fixture(params=["ja", "zh_CN", "zh_HK"])
def translated_window(request: pytest.FixtureRequest, qtbot, qapp: QApplication,
                      demo_library: Library, data_dir: Path,
                      dialogs: list[str]) -> Iterator[MainWindow]:
    settings.LANGUAGE.set(request.param)
    translators = install_translations(qapp)
    try:
        install_cjk_font()
        window = build_window(str(data_dir))
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        assert open_library(window)
        yield window
        window.context.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        settings.LANGUAGE.set("")


def test_every_tab_fits_a_laptop_in_every_language(translated_window: MainWindow) -> None:
    window = translated_window
    problems: list[str] = []
    for node, predicate in NODES.items():
        assert window.select_node(predicate)
        tabs = window.detail.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            if window.width() > 1024:
                problems.append(f"{node}/{tabs.tabText(index)} widened the window to "
                                f"{window.width()} px")
                window.resize(1024, 768)
                QApplication.processEvents()
            problems += [f"{node}/{tabs.tabText(index)}: {p}" for p in layout_problems(window)]
    assert problems == []


def test_the_dialogs_fit_in_every_language(translated_window: MainWindow) -> None:
    from lessonstudy.domain.enums import TeachingKind
    from lessonstudy.services.observer_records import ObserverInput
    from lessonstudy.ui.help import HelpWindow
    from lessonstudy.ui.observers.dialogs import ObserverDialog
    from lessonstudy.ui.planning.new_lesson import NewLessonDialog
    from lessonstudy.ui.planning.teaching_dialog import TeachingDialog
    from lessonstudy.ui.planning.version_dialogs import NewVersionDialog

    window = translated_window
    problems: list[str] = []
    for dialog in (TeachingDialog(2, True, TeachingKind.RESEARCH, window),
                   NewVersionDialog(2, window), NewLessonDialog(window.context, window),
                   ObserverDialog(ObserverInput(""), window), HelpWindow(window)):
        dialog.show()
        QApplication.processEvents()
        name = dialog.objectName() or type(dialog).__name__
        if dialog.width() > 1024 or dialog.height() > 768:
            problems.append(f"{name} is {dialog.width()}×{dialog.height()}")
        problems += [f"{name}: {p}" for p in layout_problems(dialog)]
        dialog.close()
    assert problems == []
