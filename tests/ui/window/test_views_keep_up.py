"""Views refresh themselves after changes made elsewhere, and never touch deleted widgets.

Each test changes something the way a teacher would (another tab, the live
clock, the segment table) and checks that the view showing it is right
without reselecting the tree node or pressing F5, and that no dialog opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.services import notes
from lessonstudy.services.observer_groups import add_group
from lessonstudy.services.observer_records import GroupInput
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.services.versions import new_version
from lessonstudy.ui.live.controller import controller_for
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.planning.teaching_view import TeachingView
from tests.live_support import add_fresh_teaching


def _tab(window: MainWindow, kind: type) -> Any:
    tab = window.detail.widget_of(kind, show=True)
    assert tab is not None, f"no {kind.__name__} tab"
    return tab


def _select_teaching(window: MainWindow, teaching_id: int) -> None:
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)


def _type_note(qtbot, tab: LiveLessonTab, text: str) -> None:
    tab.quick_note.text_edit.setFocus()
    tab.quick_note.text_edit.setText(text)
    qtbot.keyClick(tab.quick_note.text_edit, Qt.Key.Key_Return)


def _fresh(window: MainWindow) -> int:
    teaching_id = add_fresh_teaching(window.context.library)
    controller_for(window.context, teaching_id, ManualClock())
    window.context.notify_changed("teaching")
    return teaching_id


def test_notes_after_moving_away_and_back_raise_no_error(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    teaching_id = _fresh(demo_window)
    _select_teaching(demo_window, teaching_id)
    first = _tab(demo_window, LiveLessonTab)
    _type_note(qtbot, first, "Pairs start at once")
    assert demo_window.select_node(lambda n: isinstance(n, LessonNode))
    qtbot.wait(10)  # the old tabs are deleted
    _select_teaching(demo_window, teaching_id)
    second = _tab(demo_window, LiveLessonTab)
    assert second is not first
    _type_note(qtbot, second, "Group B asks about the hypotenuse")
    _type_note(qtbot, second, "Two pupils measure again")
    stored = [n.text for n in notes.list_notes(demo_window.context.library, teaching_id, "")]
    assert sorted(stored) == sorted(["Pairs start at once", "Group B asks about the hypotenuse",
                                     "Two pupils measure again"])
    assert second.quick_note.text_edit.text() == ""
    qtbot.waitUntil(lambda: not second.notes_panel.loading)  # notes load off the GUI thread
    assert sum(len(g.notes) for g in second.notes_panel.model.groups) == 3
    assert dialogs == []


def test_live_pickers_offer_groups_added_on_the_board(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    teaching_id = _fresh(demo_window)
    _select_teaching(demo_window, teaching_id)
    live = _tab(demo_window, LiveLessonTab)
    before = live.quick_note.group_combo.count()
    add_group(demo_window.context.library, teaching_id, GroupInput("Group D", "Questioning"))
    demo_window.context.notify_changed(f"observers:{teaching_id}")
    combo = live.quick_note.group_combo
    assert combo.count() == before + 1
    assert combo.itemText(combo.count() - 1) == "Group D"
    assert dialogs == []


def test_timings_follow_the_live_clock_without_reselecting(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    teaching_id = _fresh(demo_window)
    _select_teaching(demo_window, teaching_id)
    timings = _tab(demo_window, TeachingView)
    live = _tab(demo_window, LiveLessonTab)
    clock = live.controller.clock
    assert isinstance(clock, ManualClock)
    live.controller.start()
    for _segment in range(3):
        clock.advance(60)
        live.controller.next_segment()
    clock.advance(30)
    live.controller.end()
    recorded = [row for row in timings.timings.rows if row.actual_start is not None]
    assert len(recorded) == 4
    assert dialogs == []


def test_the_tree_label_follows_segments_added(
        qtbot, demo_window: MainWindow, dialogs: list[str]) -> None:
    library = demo_window.context.library
    version = new_version(library, 1)
    demo_window.context.notify_changed("version")
    assert demo_window.select_node(lambda n: isinstance(n, VersionRef) and n.id == version.id)
    editor = _tab(demo_window, SegmentEditor)
    editor.select_row(len(editor.model.drafts) - 1)
    before = _label_of(demo_window, version.id)
    assert editor.add_segment()
    qtbot.keyClick(QWidget.focusWidget(editor) or editor.table, Qt.Key.Key_Escape)
    after = _label_of(demo_window, version.id)
    assert after != before
    assert demo_window.detail.tabs.currentWidget() is editor, "the editor is not torn down"
    assert dialogs == []


def _label_of(window: MainWindow, version_id: int) -> str:
    index = window.tree_model.find(lambda n: isinstance(n, VersionRef) and n.id == version_id)
    return str(index.data())


def test_an_early_end_says_so_and_start_again_is_undoable(
        qtbot, demo_window: MainWindow, dialogs: list[str], monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    teaching_id = _fresh(demo_window)
    _select_teaching(demo_window, teaching_id)
    timings = _tab(demo_window, TeachingView)
    live = _tab(demo_window, LiveLessonTab)
    clock = live.controller.clock
    assert isinstance(clock, ManualClock)
    live.controller.start()
    clock.advance(200)
    live.controller.next_segment()
    clock.advance(30)
    qtbot.mouseClick(live.clock_panel.buttons["end"], Qt.MouseButton.LeftButton)
    assert "early" in timings.summary.text() or "Not every" in timings.summary.text()
    assert "(-" not in timings.summary.text(), timings.summary.text()
    asked: list[object] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args[-1])  # the default button
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(live.clock_panel.buttons["again"], Qt.MouseButton.LeftButton)
    assert asked == [QMessageBox.StandardButton.No], "Enter must not clear the timings"
    assert timings.timings.rows and all(r.actual_start is None for r in timings.timings.rows)
    demo_window.context.undo_group.setActiveStack(live.controller.undo_stack)
    assert demo_window.context.undo_group.undoText() == "Start again"
    demo_window.context.undo_group.undo()
    assert len([r for r in timings.timings.rows if r.actual_start is not None]) == 2
    assert live.controller.lesson.clock.ended_at is not None
    assert dialogs == []
