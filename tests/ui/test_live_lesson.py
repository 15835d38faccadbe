"""Live lesson mode driven like a timekeeper would, on a hand-wound clock (no sleeping)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from lessonstudy.domain.lesson_clock import ClockPhase, ManualClock
from lessonstudy.paths import resolve_location
from lessonstudy.services import notes
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from tests.live_support import add_fresh_teaching, planned_seconds, stored_timings

# How much longer (+) or shorter (-) than planned each of the ten segments runs.
DRIFT = [10, 30, 5, 60, -30, 0, 45, -20, 0, 15]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the user would have seen (instead of modal dialogs)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error, *_a: shown.append(
        str(error)))
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    return shown


@pytest.fixture
def teaching(demo_library: Library) -> int:
    return add_fresh_teaching(demo_library)


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def _activate(widget: QWidget) -> None:
    """Make the window active so its keyboard shortcuts fire (offscreen has no window manager)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)


def _open_tab(qtbot, context: AppContext, teaching: int, clock: ManualClock) -> LiveLessonTab:
    tab = LiveLessonTab(context, teaching, clock)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    _activate(tab)
    qtbot.waitUntil(lambda: not tab.notes_panel.loading)  # notes load off the GUI thread
    return tab


def _type_note(qtbot, tab: LiveLessonTab, text: str) -> None:
    tab.quick_note.text_edit.setFocus()
    tab.quick_note.text_edit.setText(text)
    qtbot.keyClick(tab.quick_note.text_edit, Qt.Key.Key_Return)


def _press_n(qtbot, tab: LiveLessonTab) -> None:
    tab.notes_panel.tree.setFocus()
    qtbot.keyClick(tab.notes_panel.tree, Qt.Key.Key_N)


def test_a_whole_lesson_records_timings_and_notes_on_the_right_segments(
        qtbot, demo_library: Library, context: AppContext, teaching: int,
        errors: list[str]) -> None:
    clock = ManualClock()
    tab = _open_tab(qtbot, context, teaching, clock)
    panel = tab.clock_panel
    qtbot.mouseClick(panel.buttons["start"], Qt.MouseButton.LeftButton)
    plan = planned_seconds(demo_library, teaching)
    titles = [s.title for s in tab.controller.lesson.segments]
    expected, elapsed = [], 0
    for index, (planned, drift) in enumerate(zip(plan, DRIFT, strict=True)):
        assert panel.current_label.text() == titles[index]
        clock.advance(planned // 2)
        _type_note(qtbot, tab, f"note in segment {index + 1}")
        clock.advance(planned - planned // 2 + drift)
        tab.controller.tick()
        over = drift > 0
        assert panel.countdown_label.text().startswith("+") == over
        expected.append((index, elapsed, elapsed + planned + drift))
        elapsed += planned + drift
        if index < len(plan) - 1:
            _press_n(qtbot, tab)
    qtbot.mouseClick(panel.buttons["end"], Qt.MouseButton.LeftButton)
    assert errors == []
    assert stored_timings(demo_library, teaching) == expected
    assert elapsed == sum(plan) + sum(DRIFT) and tab.controller.reading().elapsed == elapsed
    stored = notes.list_notes(demo_library, teaching)
    assert [(n.text, n.segment_title) for n in stored] == [
        (f"note in segment {i + 1}", title) for i, title in enumerate(titles)]
    assert panel.status_label.text() == "Lesson ended"
    assert not panel.buttons["next"].isEnabled()


def test_countdown_turns_amber_then_red(qtbot, context: AppContext, teaching: int,
                                        errors: list[str]) -> None:
    clock = ManualClock()
    tab = _open_tab(qtbot, context, teaching, clock)
    tab.controller.start()
    styles = []
    for seconds in (100, 50, 40):  # warm-up is 3:00: 1:20 left, 0:30 left, 0:10 over
        clock.advance(seconds)
        tab.controller.tick()
        styles.append(tab.clock_panel.countdown_label.styleSheet())
    assert ["#0B6E35" in styles[0], "#F2A900" in styles[1], "#C0201A" in styles[2]] == [
        True, True, True]
    assert tab.clock_panel.countdown_label.text() == "+0:10"


def test_n_while_typing_a_note_types_instead_of_moving_on(
        qtbot, context: AppContext, teaching: int, errors: list[str]) -> None:
    tab = _open_tab(qtbot, context, teaching, ManualClock())
    tab.controller.start()
    tab.quick_note.text_edit.setFocus()
    qtbot.keyClicks(tab.quick_note.text_edit, "Nice")
    assert tab.quick_note.text_edit.text() == "Nice"
    assert tab.controller.reading().current == 0
    _press_n(qtbot, tab)
    assert tab.controller.reading().current == 1


def test_pressing_next_before_the_start_explains_itself(
        qtbot, context: AppContext, teaching: int, errors: list[str]) -> None:
    tab = _open_tab(qtbot, context, teaching, ManualClock())
    assert not tab.clock_panel.buttons["next"].isEnabled()
    tab.clock_panel._safely(tab.controller.next_segment)
    assert errors == ["Start the lesson clock before moving to the next segment."]


def test_restart_shows_the_clock_paused_with_nothing_lost(
        qtbot, data_dir: Path, demo_library: Library, teaching: int, errors: list[str]) -> None:
    clock = ManualClock()
    first = AppContext()
    first.set_library(demo_library)
    tab = _open_tab(qtbot, first, teaching, clock)
    tab.controller.start()
    clock.advance(190)
    _press_n(qtbot, tab)
    clock.advance(75)
    _type_note(qtbot, tab, "Teacher waited 5 s for answers")
    clock.advance(20)
    tab.close()
    first.close()  # the app goes away with the clock running ...
    clock.advance(120)  # ... and comes back two minutes later
    reopened = Library.open(resolve_location(data_dir))
    second = AppContext()
    second.set_library(reopened)
    tab = _open_tab(qtbot, second, teaching, clock)
    reading = tab.controller.reading()
    assert (reading.phase, reading.elapsed, reading.current) == (ClockPhase.PAUSED, 405, 1)
    assert tab.clock_panel.recovered_label.isVisible()
    assert tab.clock_panel.buttons["pause"].text() == "&Resume"
    assert stored_timings(reopened, teaching) == [(0, 0, 190), (1, 190, None)]
    assert [n.elapsed_seconds for n in notes.list_notes(reopened, teaching)] == [265]
    assert tab.notes_panel.model.rowCount() == 1
    clock.advance(30)  # paused time does not count
    qtbot.mouseClick(tab.clock_panel.buttons["pause"], Qt.MouseButton.LeftButton)
    clock.advance(10)
    assert tab.controller.reading().elapsed == 415
    assert not tab.clock_panel.recovered_label.isVisible()
    tab.close()
    second.close()


def test_note_edits_are_undoable_and_refusals_change_nothing(
        qtbot, demo_library: Library, context: AppContext, teaching: int,
        errors: list[str]) -> None:
    clock = ManualClock()
    tab = _open_tab(qtbot, context, teaching, clock)
    tab.controller.start()
    clock.advance(30)
    _type_note(qtbot, tab, "Pupil A answered first")
    panel, stack = tab.notes_panel, tab.controller.undo_stack
    note = notes.list_notes(demo_library, teaching)[0]
    group_work = panel.choices.segments[3]
    index = panel.model.index_of(note.id).siblingAtColumn(3)
    assert panel.model.setData(index, group_work[0])
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert notes.list_notes(demo_library, teaching)[0].segment_title == group_work[1]
    assert panel.model.groups[0].title == group_work[1]
    stack.undo()
    assert notes.list_notes(demo_library, teaching)[0].segment_id == note.segment_id
    stack.redo()
    assert notes.list_notes(demo_library, teaching)[0].segment_id == group_work[0]
    time_cell = panel.model.index_of(note.id).siblingAtColumn(0)
    assert not panel.model.setData(time_cell, "7:75")
    assert errors == ["'7:75' is not a time: seconds must be 0-59"]
    assert stack.count() == 1


def test_delete_is_undoable(qtbot, demo_library: Library, context: AppContext, teaching: int,
                            errors: list[str]) -> None:
    tab = _open_tab(qtbot, context, teaching, ManualClock())
    _type_note(qtbot, tab, "Wrong teaching, sorry")
    panel = tab.notes_panel
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert notes.list_notes(demo_library, teaching) == []
    assert panel.model.rowCount() == 0
    context.undo_group.undo()
    assert [n.text for n in notes.list_notes(demo_library, teaching)] == ["Wrong teaching, sorry"]
    assert panel.model.rowCount() == 1


def test_quick_note_keeps_kind_group_and_pupil_and_clears_the_flag(
        qtbot, demo_library: Library, context: AppContext, teaching: int,
        errors: list[str]) -> None:
    tab = _open_tab(qtbot, context, teaching, ManualClock())
    bar = tab.quick_note
    bar.text_edit.setFocus()
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    bar.observer_combo.setCurrentIndex(2)
    bar.pupil_combo.setCurrentIndex(2)
    bar.flag_check.setChecked(True)
    _type_note(qtbot, tab, "點解要開方？")
    _type_note(qtbot, tab, "   ")  # an empty Enter is ignored
    _type_note(qtbot, tab, "Second one")
    first, second = notes.list_notes(demo_library, teaching)
    assert (first.text, first.kind, first.flagged, first.case_pupil_label) == (
        "點解要開方？", "question", True, "B")
    assert first.group_name == "Group B" and first.observer_name.startswith("Mr Tse")
    assert (second.kind, second.flagged, second.group_name) == ("question", False, "Group B")
    assert errors == []


def test_search_narrows_the_notes_tree(qtbot, context: AppContext, errors: list[str]) -> None:
    tab = _open_tab(qtbot, context, 2, ManualClock())
    panel = tab.notes_panel
    assert sum(len(g.notes) for g in panel.model.groups) == 9
    with qtbot.waitSignal(panel.notes_shown):  # after a pause in typing, off the GUI thread
        panel.search_edit.setText("pupil")
    assert [len(g.notes) for g in panel.model.groups] == [1, 1]
    assert panel.model.index(0, 0).data() == "Group work: measure the squares (1)"


def test_photo_is_attached_off_the_gui_thread(qtbot, tmp_path: Path, demo_library: Library,
                                              context: AppContext, teaching: int,
                                              errors: list[str]) -> None:
    from PIL import Image

    path = tmp_path / "iboard.png"
    Image.new("RGB", (80, 60), "white").save(path)
    tab = _open_tab(qtbot, context, teaching, ManualClock())
    _type_note(qtbot, tab, "Group 2 board")
    note = notes.list_notes(demo_library, teaching)[0]
    with qtbot.waitSignal(tab.notes_panel.photo_attached, timeout=10000):
        tab.notes_panel.attach_photo(note, path)
    assert notes.list_notes(demo_library, teaching)[0].photo_id is not None
    cell = tab.notes_panel.model.index_of(note.id).siblingAtColumn(8)
    assert cell.data() == "📷"


def test_every_alt_letter_in_the_tab_is_used_once(qtbot, context: AppContext, teaching: int,
                                                  errors: list[str]) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    tab = _open_tab(qtbot, context, teaching, ManualClock())
    texts = [w.text() for w in tab.findChildren(QAbstractButton)]
    texts += [w.text() for w in tab.findChildren(QLabel) if w.buddy() is not None]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 12
    assert sorted(letters) == sorted(set(letters))
    assert not set(letters) & set("fevh")  # File, Edit, View, Help menus
