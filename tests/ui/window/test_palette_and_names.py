"""Readable under a dark palette, and every icon-only button has a name a screen reader says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.main_window import MainWindow
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from tools.window_screenshots import dark_palette

NODES = (lambda n: isinstance(n, LessonNode),
         lambda n: isinstance(n, VersionRef) and n.number == 2,
         lambda n: isinstance(n, TeachingRef) and n.kind == "research")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, two: QColor) -> float:
    """WCAG contrast ratio (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _every_tab(window: MainWindow) -> Iterator[QWidget]:
    for predicate in NODES:
        assert window.select_node(predicate)
        tabs = window.detail.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.widget(index)


def colour_problems(top: QWidget) -> list[str]:
    """Hard-coded backgrounds without a text colour, and filled labels hard to read."""
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top):
            continue
        sheet = widget.styleSheet().replace(" ", "")
        name = widget.objectName() or type(widget).__name__
        if "background" in sheet and "color:" not in sheet.replace("background-color:", ""):
            problems.append(f"{name}: a background colour but the palette's text colour")
        if isinstance(widget, QLabel) and widget.autoFillBackground() and widget.text():
            palette = widget.palette()
            ratio = contrast(palette.color(QPalette.ColorRole.WindowText),
                             palette.color(QPalette.ColorRole.Window))
            if ratio < 4.5:
                problems.append(f"{name}: text contrast {ratio:.1f}")
    return problems


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())  # type: ignore[arg-type]
    yield
    qapp.setPalette(before)


def test_a_dark_palette_leaves_every_tab_readable(dark: None, demo_window: MainWindow) -> None:
    problems: list[str] = []
    for tab in _every_tab(demo_window):
        problems += colour_problems(tab)
    assert problems == []
    assert demo_window.select_node(NODES[1])
    editor = demo_window.detail.widget_of(SegmentEditor, show=True)
    assert isinstance(editor, SegmentEditor) and editor.frozen_label.isVisibleTo(editor)
    palette = editor.frozen_label.palette()
    assert contrast(palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Window)) >= 4.5


def _icon_only(button: QAbstractButton) -> bool:
    text = button.text().replace("&", "").strip()
    return not any(ch.isalnum() for ch in text)


def test_every_icon_only_button_has_an_accessible_name(demo_window: MainWindow) -> None:
    nameless = []
    for tab in [demo_window, *_every_tab(demo_window)]:
        for button in tab.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_") or not button.isVisibleTo(demo_window):
                continue
            if _icon_only(button) and not button.accessibleName():
                nameless.append(f"{button.objectName() or type(button).__name__} "
                                f"{button.text()!r} in {type(tab).__name__}")
    assert nameless == []
