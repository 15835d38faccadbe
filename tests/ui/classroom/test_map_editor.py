"""The Classroom tab: templates, dragging a table, seats and case pupils, refusals, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from lessonstudy.services import classroom
from lessonstudy.services.records import LessonNode, TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.classroom.editor import MapEditor
from lessonstudy.ui.classroom.tabs import lesson_classroom_tab, teaching_classroom_tab
from lessonstudy.ui.context import AppContext
from tests.live_support import add_fresh_teaching

SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error, *_a: shown.append(
        str(error)))
    return shown


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def _editor(qtbot, context: AppContext, teaching: int) -> MapEditor:
    ref = TeachingRef(teaching, "reteach", None, "2B", "", 2)
    editor = teaching_classroom_tab(context, ref)
    assert isinstance(editor, MapEditor)
    qtbot.addWidget(editor)
    editor.resize(1100, 640)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _drag(qtbot, editor: MapEditor, start, end) -> None:
    viewport = editor.view.viewport()
    a: QPoint = editor.view.mapFromScene(start)
    b: QPoint = editor.view.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    for step in range(1, 6):
        here = a + (b - a) * step / 5
        move = QMouseEvent(QMouseEvent.Type.MouseMove, here.toPointF(),
                           viewport.mapToGlobal(here).toPointF(), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_template_drag_seats_case_pupil_and_undo(
        qtbot, context: AppContext, demo_library: Library, errors: list[str]) -> None:
    teaching = add_fresh_teaching(demo_library)
    editor = _editor(qtbot, context, teaching)
    assert editor.classroom.seat_count == 32  # the demo lesson's default, copied
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("groups_of_four"))
    qtbot.mouseClick(editor.buttons["useTemplate"], Qt.MouseButton.LeftButton)
    stored = classroom.teaching_map(demo_library, teaching)
    assert len(stored.tables) == 6 and stored == editor.classroom

    group_1 = stored.tables[0]
    index = stored.places.index(group_1)
    start = editor.scene.place_centre(group_1.id)
    _drag(qtbot, editor, start, start + QPointF(-60, 40))
    qtbot.waitUntil(lambda: classroom.teaching_map(demo_library, teaching).places[index].x
                    != group_1.x)
    moved = classroom.teaching_map(demo_library, teaching).places[index]
    assert moved.id == group_1.id and moved.seats == group_1.seats
    assert editor.picked() == moved

    for _ in range(4):
        qtbot.mouseClick(editor.buttons["moreSeats"], Qt.MouseButton.LeftButton)
    assert len(classroom.teaching_map(demo_library, teaching).places[index].seats) == 8
    qtbot.mouseClick(editor.buttons["moreSeats"], Qt.MouseButton.LeftButton)
    assert errors and "seats 1 to 8" in errors[-1]
    assert len(classroom.teaching_map(demo_library, teaching).places[index].seats) == 8

    combo = editor.seats_table.cellWidget(0, 1)
    combo.setCurrentIndex(1)  # case pupil A on seat 1A
    qtbot.waitUntil(lambda: classroom.teaching_map(demo_library, teaching)
                    .places[index].seats[0].case_pupil_id is not None)
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "classroom-editor.png"))

    editor.undo_stack.undo()  # the case pupil
    editor.undo_stack.undo()  # the 8th seat
    back = classroom.teaching_map(demo_library, teaching).places[index]
    assert back.seats[0].case_pupil_id is None and len(back.seats) == 7
    for _ in range(4):
        editor.undo_stack.undo()
    assert classroom.teaching_map(demo_library, teaching).places[index].x == group_1.x


def test_the_lesson_default_is_edited_on_the_lesson(
        qtbot, context: AppContext, demo_library: Library) -> None:
    node = LessonNode(1, "Right-angled triangles", "", "", 3000)
    editor = lesson_classroom_tab(context, node)
    qtbot.addWidget(editor)
    assert isinstance(editor, MapEditor)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("horseshoe"))
    editor.use_template()
    assert classroom.lesson_map(demo_library, 1).seat_count == 24
    teaching = add_fresh_teaching(demo_library)
    assert classroom.teaching_map(demo_library, teaching).seat_count == 24
