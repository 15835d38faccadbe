"""The Conference tab's agenda: a record per step typed, saved, undone and redone; '—' minutes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lessonstudy.services import conference as conf
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import install_cjk_font
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext

RESEARCH = TeachingRef(2, "research", None, "2A", "陳慧敏 Chan Wai Man", 2)


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    ctx = AppContext()
    ctx._library = demo_library  # the fixture owns and closes the library
    yield ctx
    ctx._library = None


def _records(library: Library) -> list[str]:
    info = conf.load_conference(library, RESEARCH.id)
    assert info is not None
    return [entry.record for entry in info.agenda]


def test_typing_the_record_of_a_step_is_one_undoable_save(
        qtbot, context: AppContext, demo_library: Library, tmp_path: Path) -> None:
    tab = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    panel = tab.agenda
    assert not panel.save_record_button.isEnabled()
    panel.table.selectRow(2)
    before = _records(demo_library)
    assert panel.record_edit.toPlainText() == before[2]  # the demo's planning-team record
    panel.record_edit.setPlainText("我們選擇量度，讓每位學生都有數據可以討論。 We chose measuring.")
    qtbot.mouseClick(panel.save_record_button, Qt.MouseButton.LeftButton)
    after = _records(demo_library)
    assert after[2].startswith("我們選擇量度") and after[:2] == before[:2]
    panel.grab().save(str(tmp_path / "agenda-record.png"))
    if (shots := __import__("os").environ.get("LS_SHOTS")):
        panel.grab().save(str(Path(shots) / "agenda-record.png"))

    tab.stack.undo()
    assert _records(demo_library) == before
    assert panel.record_edit.toPlainText() == before[2]
    tab.stack.redo()
    assert _records(demo_library)[2].startswith("我們選擇量度")


def test_a_step_without_planned_minutes_shows_a_dash(
        qtbot, context: AppContext, demo_library: Library) -> None:
    info = conf.load_conference(demo_library, RESEARCH.id)
    assert info is not None
    step = info.agenda[0]
    conf.update_agenda_item(demo_library, step.id, title=step.title, speaker=step.speaker,
                            planned_minutes=None)
    tab = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(tab)
    model = tab.agenda.model
    assert model.data(model.index(0, 2)) == "—"
    tab.agenda._edit_step(tab.agenda.model.record(0), 2, "7")
    assert conf.load_conference(demo_library, RESEARCH.id).agenda[0].planned_minutes == 7
    tab.agenda._edit_step(tab.agenda.model.record(0), 2, "")
    assert conf.load_conference(demo_library, RESEARCH.id).agenda[0].planned_minutes is None


def test_key_idea_types_dialog_suggests_and_returns_a_type_per_idea(qtbot) -> None:
    from lessonstudy.ui.conference.key_idea_types import KeyIdeaTypesDialog

    dialog = KeyIdeaTypesDialog("Group C", ["Why squares?", "表格太小", "Good pair work"])
    qtbot.addWidget(dialog)
    assert dialog.types() == {"Why squares?": "question", "表格太小": "strength",
                              "Good pair work": "strength"}
    box = dialog.boxes[1][1]
    box.setCurrentIndex(box.findData("concern"))
    assert dialog.types()["表格太小"] == "concern"


def test_moving_to_another_step_saves_what_was_typed(
        qtbot, context: AppContext, demo_library: Library) -> None:
    tab = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.agenda
    panel.table.selectRow(0)
    panel.record_edit.setFocus()
    panel.record_edit.insertPlainText("Thanks said by the principal.")
    panel.table.selectRow(1)
    qtbot.waitUntil(lambda: _records(demo_library)[0] == "Thanks said by the principal.")
    assert panel.record_edit.toPlainText() == _records(demo_library)[1]
    assert tab.stack.count() == 1
    tab.stack.undo()
    assert _records(demo_library)[0] == ""
