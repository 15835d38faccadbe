"""The "Observation forms" tab and File menu: print off the GUI thread, import filled forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.forms import forms_tab as tab_module
from lessonstudy.ui.forms.forms_tab import FormsTab
from tests.forms_support import fill_form, names_ending, print_one, stored_counts

RESEARCH = TeachingRef(
    id=2, kind="research", date=None, class_name="2A", teacher="", version_number=2
)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the user would have been shown (instead of modal dialogs)."""
    shown: list[str] = []
    monkeypatch.setattr(
        tab_module, "show_error", lambda _parent, error, *_a: shown.append(str(error))
    )
    monkeypatch.setattr(
        messages, "show_error", lambda _parent, error, *_a: shown.append(str(error))
    )
    return shown


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def tab(qtbot, context: AppContext) -> FormsTab:
    widget = FormsTab(context, RESEARCH)
    widget.open_when_done = False
    qtbot.addWidget(widget)
    return widget


def _finish(qtbot, tab: FormsTab, start) -> None:
    start()
    assert tab.operation is not None
    with qtbot.waitSignal(tab.operation.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: tab.print_button.isEnabled())


def test_print_per_observer_fillable_forms_into_a_folder(
    qtbot, tab: FormsTab, tmp_path: Path, errors: list[str]
) -> None:
    tab.per_observer.setChecked(True)
    tab.fillable.setChecked(True)
    tab.paper.setCurrentIndex(1)  # Letter
    _finish(qtbot, tab, lambda: tab.print_to(tmp_path))
    assert len(list(tmp_path.glob("*.pdf"))) == 24
    assert "24 form(s), 144 pages" in tab.status.text()
    assert errors == []


def test_combined_pdf_cannot_be_fillable(tab: FormsTab) -> None:
    tab.fillable.setChecked(True)
    tab.combined.setChecked(True)
    assert not tab.fillable.isChecked() and not tab.fillable.isEnabled()
    tab.combined.setChecked(False)
    assert tab.fillable.isEnabled()


def test_import_filled_forms_and_report_the_refused_one(
    qtbot, tab: FormsTab, demo_library: Library, tmp_path: Path, errors: list[str]
) -> None:
    blank = print_one(demo_library, tmp_path / "blank.pdf", observer=2, fillable=True)
    filled = fill_form(
        blank,
        tmp_path / "filled.pdf",
        {names_ending(blank, ".guide")[3]: "Table too small 表格太細"},
    )
    printed = print_one(demo_library, tmp_path / "printed.pdf")
    notes_before = stored_counts(demo_library)[0]
    with qtbot.waitSignal(tab._context.changed, timeout=30000):
        _finish(qtbot, tab, lambda: tab.import_files([filled, printed]))
    assert stored_counts(demo_library)[0] == notes_before + 1
    assert "1 new note," in tab.status.text()
    assert len(errors) == 1
    assert "printed.pdf: 'printed.pdf' has no form fields" in errors[0]


def test_a_failed_print_is_shown_and_the_buttons_come_back(
    qtbot, tab: FormsTab, tmp_path: Path, errors: list[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tab.print_to(blocker)
    assert tab.operation is not None
    with qtbot.waitSignal(tab.operation.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: tab.print_button.isEnabled())
    assert errors and "is a file; give a folder" in errors[0]
