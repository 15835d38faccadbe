"""A new user in the real main window: New lesson, segments tab, lesson form, print."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from lessonstudy.services.plans import load_plan, load_version_plan
from lessonstudy.services.records import LessonNode, VersionRef
from lessonstudy.ui.application import build_window, install_cjk_font
from lessonstudy.ui.main_window import MainWindow, open_library
from lessonstudy.ui.planning import lesson_form, new_lesson, print_plan
from lessonstudy.ui.planning.lesson_form import LessonForm
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from tests.printing.pdfcheck import pdf_text


@pytest.fixture
def window(qtbot: Any, data_dir: Path) -> MainWindow:
    install_cjk_font()
    win = build_window(str(data_dir))
    qtbot.addWidget(win)
    win.show()
    assert open_library(win)
    return win


def _fill_and_accept(dialog: new_lesson.NewLessonDialog) -> int:
    dialog.lines["title"].setText("分數的加法 Adding fractions")
    dialog.lines["grade"].setText("P5")
    dialog.lines["duration"].setText("40 min")
    dialog.lines["team_name"].setText("P5 Maths")
    dialog.submit()
    return int(dialog.result())


def test_new_user_creates_a_lesson_and_plans_it(qtbot: Any, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    names = [a.objectName() for a in window.menu("file").actions()]
    # new and print open the File menu's lesson part (after the library entries)
    assert names.index("actionPrintPlan") == names.index("actionNewLesson") + 1
    monkeypatch.setattr(new_lesson.NewLessonDialog, "exec", _fill_and_accept)
    window.findChild(type(window.menu("file").actions()[0]), "actionNewLesson").trigger()
    node = window.selected_node()
    assert isinstance(node, VersionRef) and node.number == 1
    tabs = window.detail.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["Overview", "Segments"]
    editor = window.detail.widget_of(SegmentEditor)
    assert isinstance(editor, SegmentEditor)
    assert editor.total_label.text() == "0:00 planned of a 40:00 lesson — 40:00 left"
    assert editor.add_segment()
    editor.edit_field(0, "title", "Warm-up 熱身")
    editor.edit_field(0, "planned_seconds", "5:00")
    plan = load_version_plan(window.context.library, node.id)
    assert [(s.title, s.end) for s in plan.segments] == [("Warm-up 熱身", 300)]
    assert plan.team_name == "P5 Maths" and plan.duration_seconds == 2400
    qtbot.wait(1)  # tabs of the previous selection are deleted
    window.detail.tabs.setCurrentWidget(editor)
    assert window.context.undo_group.activeStack() is editor.undo_stack
    window.detail.tabs.setCurrentIndex(0)  # a hidden editor's edits are not undone from the menu
    assert window.context.undo_group.activeStack() is None


def test_lesson_form_saves_and_refuses(qtbot: Any, window: MainWindow, demo_library: Any,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    form = LessonForm(window.context, 1)
    form.context._library = demo_library  # the form edits the demo copy
    form.revert()
    qtbot.addWidget(form)
    assert form.lines["duration"].text() == "50:00"
    assert form.members.members()[0].name == "陳慧敏 Chan Wai Man"
    shown: list[str] = []
    monkeypatch.setattr(lesson_form, "show_error", lambda _p, e: shown.append(str(e)))
    form.lines["duration"].setText("forty")
    assert not form.save() and "'forty' is not a time" in shown[-1]
    form.lines["duration"].setText("10:00")
    assert not form.save() and "some segments are longer" in shown[-1]
    form.lines["title"].setText("")
    form.lines["duration"].setText("55:00")
    assert not form.save() and "needs a title" in shown[-1]
    assert load_plan(demo_library, 1).duration_seconds == 3000
    form.lines["title"].setText("Pythagoras 畢氏定理")
    form.boxes["research_theme"].setPlainText("Students check their reasoning")
    form.members.setData(form.members.index(4, 0), "Ms New")
    assert form.save()
    plan = load_plan(demo_library, 1)
    assert (plan.title, plan.duration_seconds) == ("Pythagoras 畢氏定理", 3300)
    assert plan.research_theme == "Students check their reasoning"
    assert plan.members[-1].name == "Ms New"


def test_print_writes_the_pdf_and_opens_it(qtbot: Any, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.load_demo()
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=20000)
    assert isinstance(window.selected_node(), LessonNode)
    opened: list[Path] = []
    monkeypatch.setattr(print_plan, "open_in_viewer", opened.append)
    target = tmp_path / "plan.pdf"
    operation = print_plan.export_plan(window.context, window, window.selected_node(), target)
    assert operation is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [target]
    assert "07:00–07:20" in pdf_text(target)
    assert print_plan.suggested_name(load_plan(window.context.library, 1)) == (
        "Discovering Pythagoras' theorem 發現畢氏定理 v2.pdf")


def test_new_lesson_dialog_keeps_bad_input_open(qtbot: Any, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(new_lesson, "show_error", lambda _p, e: shown.append(str(e)))
    dialog = new_lesson.NewLessonDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.lines["title"].setText("Fractions")
    dialog.lines["duration"].setText("0")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "longer than zero" in shown[-1]
    dialog.lines["duration"].setText("45:00")
    dialog.lines["title"].setText("  ")
    dialog.submit()
    assert "needs a title" in shown[-1] and dialog.created is None


def test_a_bare_number_for_the_lesson_length_is_minutes(qtbot: Any, window: MainWindow) -> None:
    """A teacher types 40 for a 40-minute lesson (it made a 0:40 lesson that refused segments)."""
    dialog = new_lesson.NewLessonDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.lines["title"].setText("Fractions")
    dialog.lines["duration"].setText("40")
    dialog.submit()
    assert dialog.created is not None
    plan = load_version_plan(window.context.library, dialog.created.version_id)
    assert plan.duration_seconds == 40 * 60
