"""The department view with real widgets: filters, sorting, multi-select, packet and cancel."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.department.model import DATE_COLUMN
from lessonstudy.ui.department.view import DepartmentView
from lessonstudy.ui.main_window import open_library
from tests.department_support import DENSITY, FLOATING, SOURCES, build_small_library
from tests.printing.pdfcheck import outline_titles

SCREENSHOT = Path(__file__).resolve().parents[3] / "docs" / "images" / "department-view.png"


@pytest.fixture
def context(library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    build_small_library(library)
    ctx = AppContext()
    ctx._library = library  # the fixture owns and closes the library
    yield ctx
    ctx._library = None


@pytest.fixture
def view(qtbot, context: AppContext) -> DepartmentView:  # type: ignore[no-untyped-def]
    widget = DepartmentView(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _shown(view: DepartmentView) -> list[str]:
    return [row.lesson_title for row in view.proxy.visible_rows()]


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def _select(view: DepartmentView, titles: list[str]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data() in titles:
            selection.select(view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_filters_narrow_the_table(view: DepartmentView) -> None:
    bar = view.filters
    assert _shown(view) == [FLOATING, SOURCES, DENSITY]
    _choose(bar.team_combo, "S1 Science")
    assert _shown(view) == [FLOATING, DENSITY]
    assert bar.cycle_combo.count() == 2  # "All cycles" and the science team's one cycle
    bar.from_edit.setText("2026-04-01")
    assert _shown(view) == [DENSITY]
    bar.from_edit.setText("2026-13-01")  # not a date: reported, and left out of the filter
    assert "'2026-13-01' is not a valid start date" in bar.problem.text()
    assert _shown(view) == [FLOATING, DENSITY]
    bar.from_edit.clear()
    _choose(bar.team_combo, "All teams")
    bar.text_edit.setText("黃老師")
    assert _shown(view) == [SOURCES]
    bar.text_edit.clear()
    bar.to_edit.setText("2026-04-02")
    assert _shown(view) == [FLOATING, SOURCES]
    assert view.count_label.text() == "2 of 3 lessons shown · 0 selected"


def test_sorting_and_multi_select(view: DepartmentView) -> None:
    view.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == [DENSITY, SOURCES, FLOATING]
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # most strengths first
    assert _shown(view)[0] == FLOATING
    _select(view, [FLOATING, DENSITY])
    assert sorted(r.lesson_title for r in view.selected_rows()) == [DENSITY, FLOATING]
    assert view.count_label.text().endswith("2 selected")
    view.filters.text_edit.setText("density")  # filtering clears a selection it would hide
    assert view.selected_rows() == []


def test_print_packet_of_the_selected_rows(qtbot, view: DepartmentView,  # type: ignore[no-untyped-def]
                                           tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "department packet.pdf"
    monkeypatch.setattr("lessonstudy.ui.department.print_packet.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    done: list[Path] = []
    view.printer.on_done = done.append
    _select(view, [SOURCES, DENSITY])
    view.odd_pages.setChecked(True)
    view.title_edit.setText("Term 2 debriefs")
    view.print_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done == [out]
    titles = outline_titles(out)
    assert SOURCES in titles and DENSITY in titles and FLOATING not in titles


def test_print_with_nothing_selected_explains(view: DepartmentView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    monkeypatch.setattr("lessonstudy.ui.department.view.show_error",
                        lambda parent, error, *a: shown.append(error))
    view.print_packet()
    assert len(shown) == 1 and isinstance(shown[0], LessonStudyError)
    assert "Select one or more lessons" in str(shown[0])


def test_cancel_leaves_no_file(qtbot, view: DepartmentView, context: AppContext,  # type: ignore[no-untyped-def]
                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lessonstudy.services.packet as packet_service

    real_write = packet_service.write_packet

    def write_after_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["cancel"].wait(20)  # the build starts only once Cancel was pressed: no race
        return real_write(*args, **kwargs)

    monkeypatch.setattr(packet_service, "write_packet", write_after_cancel)
    out = tmp_path / "cancelled.pdf"
    messages: list[str] = []
    context.status.connect(messages.append)
    view.printer.print(view.model.rows, view.options(), out)
    assert view.printer.operation is not None and view.printer.dialog is not None
    cancel = view.printer.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: "Packet cancelled; no file was written." in messages,
                    timeout=30000)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise windows
def test_view_menu_opens_the_department_window(qtbot, library: Library,  # type: ignore[no-untyped-def]
                                               data_dir: Path, tmp_path: Path) -> None:
    install_cjk_font()
    build_small_library(library)
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert open_library(window)
    action = window.findChild(QAction, "actionDepartmentView")
    assert action is not None
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    action.trigger()
    view = getattr(window, "department_view")  # noqa: B009 - set by the feature, not the class
    assert view.isVisible() and view.model.rowCount() == 3
    _select(view, [FLOATING, SOURCES])
    qtbot.wait(50)
    picture = view.grab()
    screen = view.screen().availableGeometry()  # the window fits the screen, up to 1320 px
    assert not picture.isNull() and picture.width() >= min(1000, screen.width() - 24)
    # the picture in docs/debrief-packets.md: refreshed only when asked for
    target = SCREENSHOT if os.environ.get("UPDATE_DOC_SCREENSHOTS") else tmp_path / "view.png"
    assert picture.save(str(target))
    action.trigger()  # a second time raises the same window
    assert getattr(window, "department_view") is view  # noqa: B009
