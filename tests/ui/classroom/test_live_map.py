"""The live lesson's map, driven as an observer would: click seats, press numbers and keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import delete, select

from lessonstudy.domain.classroom import groups_of_four
from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.domain.tallies import suggested_set
from lessonstudy.services import classroom, note_places, notes, tallies
from lessonstudy.services.note_records import QuickNote
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ClassroomMap, ObserverGroup
from lessonstudy.ui.classroom.live_map import LiveMapPanel
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from tests.live_support import add_fresh_teaching

SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


@pytest.fixture
def teaching(demo_library: Library) -> int:
    teaching = add_fresh_teaching(demo_library)
    classroom.save_teaching_map(demo_library, teaching, groups_of_four())
    with demo_library.unit_of_work() as session:
        group = session.scalars(select(ObserverGroup.id).where(
            ObserverGroup.teaching_id == teaching).order_by(ObserverGroup.position)).first()
    tallies.set_group_counters(demo_library, group, suggested_set())
    return teaching


def _open(qtbot, context: AppContext, teaching: int, clock: ManualClock) -> LiveLessonTab:
    tab = LiveLessonTab(context, teaching, clock)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not tab.map_panel.loading)  # the map is read off the GUI thread
    return tab


def _click(qtbot, panel: LiveMapPanel, point) -> None:
    spot: QPoint = panel.view.mapFromScene(point)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def _type_note(qtbot, tab: LiveLessonTab, text: str) -> None:
    tab.quick_note.text_edit.setFocus()
    qtbot.keyClicks(tab.quick_note.text_edit, text)
    qtbot.keyClick(tab.quick_note.text_edit, Qt.Key.Key_Return)


def test_notes_by_clicking_the_map_and_tallies_by_keys(
        qtbot, context: AppContext, demo_library: Library, teaching: int) -> None:
    clock = ManualClock()
    tab = _open(qtbot, context, teaching, clock)
    panel = tab.map_panel
    room = panel.data.classroom
    seat_1b, seat_1c = room.tables[0].seats[1], room.tables[0].seats[2]

    # a tally key before the lesson runs: refused in words, nothing counted
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Q)
    assert "start (or resume) the lesson clock" in panel.tally_strip.message.text()
    assert tallies.tally_counts(demo_library, teaching).by_segment == {}

    tab.controller.start()
    clock.advance(95)
    _click(qtbot, panel, panel.scene.seat_centre(seat_1b.id))
    _click(qtbot, panel, panel.scene.seat_centre(seat_1c.id))
    assert panel.about_label.text().endswith("1B, 1C")
    _type_note(qtbot, tab, "1B explains the strip to 1C")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_2)  # table 2 by its number
    assert panel.about_label.text().endswith("Group 2")
    _type_note(qtbot, tab, "Group 2 splits the work")
    _type_note(qtbot, tab, "A note about no one in particular")

    targets = note_places.targets_of(demo_library, teaching)
    assert sorted(targets.values(), key=lambda t: len(t.seat_ids)) == [
        note_places.MapTarget((), (room.tables[1].id,)),
        note_places.MapTarget((seat_1b.id, seat_1c.id), ())]
    assert panel.data.heat.seats == {seat_1b.id: 1, seat_1c.id: 1}
    assert panel.data.heat.places == {room.tables[0].id: 1, room.tables[1].id: 1}

    # filter: the notes about table 1 (its seats included)
    _click(qtbot, panel, panel.scene.place_centre(room.tables[0].id))
    assert [panel.notes_list.item(i).text() for i in range(panel.notes_list.count())] == [
        "01:35  1B explains the strip to 1C"]
    panel.clear_choice()

    panel.view.setFocus()
    for key in (Qt.Key.Key_Q, Qt.Key.Key_Q, Qt.Key.Key_W):
        qtbot.keyClick(panel.view, key)
    counts = tallies.tally_counts(demo_library, teaching)
    pupil_q, teacher_q = panel.tally_strip.group_counters()[:2]
    assert (counts.total(pupil_q.id), counts.total(teacher_q.id)) == (2, 1)
    assert panel.tally_strip.buttons[pupil_q.id].text().endswith(": 2")
    assert panel.tally_strip.message.text() == ""
    assert panel.tally_strip.buttons[pupil_q.id].isVisible()
    tab.controller.undo_stack.undo()  # the teacher-question press was a slip
    assert tallies.tally_counts(demo_library, teaching).total(teacher_q.id) == 0
    assert panel.tally_strip.buttons[teacher_q.id].text().endswith(": 0")
    tab.controller.undo_stack.redo()
    again = tallies.tally_counts(demo_library, teaching)
    assert again.total(teacher_q.id) == 1 and again.by_segment == counts.by_segment
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "live-lesson-map.png"))


def test_an_empty_classroom_offers_a_template(
        qtbot, context: AppContext, demo_library: Library) -> None:
    with demo_library.unit_of_work() as session:  # a lesson with no default classroom
        session.execute(delete(ClassroomMap).where(ClassroomMap.lesson_id == 1))
    teaching = add_fresh_teaching(demo_library)
    tab = _open(qtbot, context, teaching, ManualClock())
    panel = tab.map_panel
    assert panel.draw_button.isVisible() and not panel.tally_strip.isVisible()
    qtbot.mouseClick(panel.draw_button, Qt.MouseButton.LeftButton)
    assert len(panel.data.classroom.tables) == 6 and not panel.draw_button.isVisible()



def test_the_map_reads_phones_notes_once_per_burst_and_ignores_other_broadcasts(
        qtbot, context: AppContext, demo_library: Library, teaching: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lessonstudy.services import classroom_view

    tab = _open(qtbot, context, teaching, ManualClock())
    panel = tab.map_panel
    reads: list[int] = []
    real = classroom_view.live_view

    def counted(library: Library, teaching_id: int):  # type: ignore[no-untyped-def]
        reads.append(teaching_id)
        return real(library, teaching_id)

    monkeypatch.setattr(classroom_view, "live_view", counted)
    for what in (f"timings:{teaching}", f"tallies:{teaching + 1}", f"notes:{teaching + 1}",
                 "observers:1"):
        context.notify_changed(what)
    qtbot.wait(400)
    assert reads == [], "broadcasts about other things or other teachings are not read"
    seat = panel.data.classroom.tables[0].seats[0]
    note = notes.add_quick_note(demo_library, teaching, QuickNote("Phone note about 1A"), utcnow())
    note_places.set_note_target(demo_library, note.id,
                                note_places.MapTarget((seat.id,), ()))
    with qtbot.waitSignal(panel.map_shown, timeout=5000):
        for _phone in range(5):
            context.notify_changed(f"notes:{teaching}")
    qtbot.waitUntil(lambda: not panel.loading)
    assert reads == [teaching], "five broadcasts, one read"
    assert panel.data.heat.seats == {seat.id: 1}
