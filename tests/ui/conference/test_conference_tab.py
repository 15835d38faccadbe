"""A short conference through the real widgets: timed agenda, feedback, key ideas, an action."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lessonstudy.services import actions as act
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.application import install_cjk_font
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext

REHEARSAL = TeachingRef(1, "rehearsal", None, "2C", "陳慧敏 Chan Wai Man", 1)
RESEARCH = TeachingRef(2, "research", None, "2A", "陳慧敏 Chan Wai Man", 2)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    ctx = AppContext()
    ctx._library = demo_library  # the fixture owns and closes the library
    yield ctx
    ctx._library = None


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_short_conference(qtbot, context: AppContext, demo_library: Library) -> None:
    clock = FakeClock()
    tab = ConferenceTab(context, RESEARCH, clock=clock)
    qtbot.addWidget(tab)
    tab.show()
    info = conf.load_conference(demo_library, RESEARCH.id)
    assert info is not None and tab.agenda.model.rowCount() == len(info.agenda) == 11

    # Agenda: time the first two steps on the fake clock.
    tab.agenda.table.selectRow(0)
    _click(qtbot, tab.agenda.start_button)
    clock.now += 95
    tab.agenda.show_clock()
    assert "1:35 of 2 min" in tab.agenda.clock_label.text()
    _click(qtbot, tab.agenda.next_button)
    clock.now += 301
    _click(qtbot, tab.agenda.stop_button)
    stored = conf.load_conference(demo_library, RESEARCH.id)
    assert stored is not None
    assert [a.actual_seconds for a in stored.agenda[:3]] == [95, 301, None]
    assert tab.agenda.model.data(tab.agenda.model.index(1, 3)) == "5:01"

    # Feedback typed by the recorder; the critical-friend box ticks itself.
    tab.sections.setCurrentWidget(tab.feedback)
    form = tab.feedback.form
    form.group_box.setCurrentIndex(form.group_box.findData(info.groups[1].id))
    assert form.focus_box.currentText() == "Teaching strategies and student participation"
    form.author_edit.setText("Mr Tse Kwok Wing 謝國榮")
    assert form.friend_check.isChecked()
    form.type_box.setCurrentIndex(form.type_box.findData("suggestion"))
    form.text_edit.setPlainText("用名字籤 pick students from every row")
    form.evidence_list.item(0).setCheckState(Qt.CheckState.Checked)
    _click(qtbot, tab.feedback.add_button)
    added = fb.list_feedback(demo_library, info.id)[-1]
    assert (added.text, added.type, added.critical_friend, added.group_name) == (
        "用名字籤 pick students from every row", "suggestion", True, "Group B")
    assert len(added.evidence) == 1 and added.evidence[0].note_id is not None
    assert tab.feedback.model.rowCount() == 9

    # One click turns Group C's iBoard key ideas into feedback; undo takes them back.
    tab.feedback.key_ideas_group.setCurrentIndex(2)
    offered: list[tuple[str, list[str]]] = []

    def choose(_parent, group, ideas):  # type: ignore[no-untyped-def]
        offered.append((group, ideas))
        return {idea: "concern" if "出錯" in idea else "strength" for idea in ideas}

    tab.feedback.choose_types = choose
    _click(qtbot, tab.feedback.key_ideas_button)
    assert offered and offered[0][0] == "Group C" and len(offered[0][1]) == 4
    assert tab.feedback.model.rowCount() == 13
    assert [tab.feedback.model.record(r).type for r in range(9, 13)] == [
        "strength", "concern", "strength", "strength"]
    assert tab.feedback.model.record(12).text == "Ask 'why?' after each presentation"
    assert tab.feedback.model.record(12).focus == "Student thinking and misconceptions"
    tab.stack.undo()
    assert len(fb.list_feedback(demo_library, info.id)) == 9
    tab.stack.redo()
    assert len(fb.list_feedback(demo_library, info.id)) == 13

    # An action from the recorder's feedback item, aimed at its segment.
    tab.feedback.table.selectRow(8)
    tab.actions_panel.owner_edit.setText("Ho Mei Ling")
    _click(qtbot, tab.feedback.action_button)
    assert tab.sections.currentWidget() is tab.actions_panel
    assert tab.actions_panel.text_edit.text() == added.text  # the form, linked, not yet stored
    assert added.text[:40] in tab.actions_panel.link_label.text()
    assert tab.actions_panel.unlink_button.isVisibleTo(tab.actions_panel)
    assert len(act.list_actions(demo_library, RESEARCH.id)) == 3
    _click(qtbot, tab.actions_panel.add_button)
    actions = act.list_actions(demo_library, RESEARCH.id)
    assert len(actions) == 4 and actions[-1].feedback_id == added.id
    assert actions[-1].owner == "Ho Mei Ling"
    assert tab.actions_panel.model.rowCount() == 4

    # A typed action aimed at a part of the plan.
    tab.actions_panel.text_edit.setText("Shorten the teacher summary")
    tab.actions_panel.field_box.setCurrentIndex(tab.actions_panel.field_box.findData("activity"))
    tab.actions_panel.segment_box.setCurrentIndex(8)
    _click(qtbot, tab.actions_panel.add_button)
    last = act.list_actions(demo_library, RESEARCH.id)[-1]
    assert last.target_label == "Teacher summary: the theorem — Learning activity and key questions"


def test_refused_feedback_shows_the_message_and_stores_nothing(
        qtbot, context: AppContext, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    tab = ConferenceTab(context, RESEARCH, clock=FakeClock())
    qtbot.addWidget(tab)
    before = tab.feedback.model.rowCount()
    tab.feedback.form.text_edit.setPlainText("   ")
    _click(qtbot, tab.feedback.add_button)
    assert shown == ["Feedback needs some text: what did the group see or suggest?"]
    assert len(fb.list_feedback(demo_library, tab.info.id)) == before  # type: ignore[union-attr]


def test_prepare_then_revise_and_close(qtbot, context: AppContext, demo_library: Library) -> None:
    tab = ConferenceTab(context, REHEARSAL, clock=FakeClock())
    qtbot.addWidget(tab)
    assert tab.prepare_button is not None
    _click(qtbot, tab.prepare_button)
    assert tab.agenda.model.rowCount() == 8  # no observer groups at the rehearsal
    assert tab.agenda.model.record(1).speaker == "陳慧敏 Chan Wai Man"
    tab.create_revised_version(ask=False)
    box = tab.actions_panel.version_box
    versions = [box.itemText(i) for i in range(box.count())]
    assert versions == ["Version 2", "Version 3"]
    assert all("in version 3" in tab.actions_panel.model.data(tab.actions_panel.model.index(r, 3))
               for r in range(tab.actions_panel.model.rowCount()))
    tab.actions_panel.table.selectRow(0)
    tab.actions_panel.version_box.setCurrentIndex(1)
    _click(qtbot, tab.actions_panel.done_button)
    assert tab.actions_panel.model.data(tab.actions_panel.model.index(0, 3)) == "Done in version 3"
    tab.stack.undo()
    assert act.list_actions(demo_library, 1)[0].status == "open"


def test_screenshot(qtbot, context: AppContext, tmp_path: Path) -> None:
    tab = ConferenceTab(context, RESEARCH, clock=FakeClock())
    qtbot.addWidget(tab)
    tab.resize(1000, 760)
    tab.show()
    for index, name in enumerate(("agenda", "feedback", "actions")):
        tab.sections.setCurrentIndex(index)
        assert not tab.grab().isNull()
        tab.grab().save(str(tmp_path / f"conference-{name}.png"))
    assert (tmp_path / "conference-feedback.png").stat().st_size > 10_000


def test_report_button_builds_the_pdf_off_the_gui_thread(qtbot, context: AppContext,
                                                          tmp_path: Path) -> None:
    from tests.printing.pdfcheck import pdf_text

    tab = ConferenceTab(context, RESEARCH, clock=FakeClock())
    qtbot.addWidget(tab)
    button = tab.report_button
    button.open_when_done = False
    out = tmp_path / "會議.pdf"
    button.build(out)
    assert not button.isEnabled()
    assert button.operation is not None
    with qtbot.waitSignal(button.operation.finished, timeout=30000):
        pass
    assert button.isEnabled()
    assert "Post-lesson conference report" in pdf_text(out)


def test_main_window_shows_a_conference_tab_for_teachings(qtbot, data_dir: Path) -> None:
    from lessonstudy.services.demo import load_demo
    from lessonstudy.ui.application import build_window
    from lessonstudy.ui.main_window import open_library

    install_cjk_font()
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    assert open_library(window)
    load_demo(window.context.library)
    window.context.notify_changed()
    assert window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    tabs = window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Conference" in titles
    tab = window.detail.widget_of(ConferenceTab, show=True)
    assert isinstance(tab, ConferenceTab)
    if tab.loading:  # opened from the tree: the first read runs off the GUI thread
        with qtbot.waitSignal(tab.loaded, timeout=20000):
            pass
    assert tab.agenda.model.rowCount() == 11


def test_first_read_in_background_shows_loading_then_the_conference(
        qtbot, context: AppContext, demo_library: Library) -> None:
    from PySide6.QtWidgets import QLabel

    tab = ConferenceTab(context, RESEARCH, clock=FakeClock(), read_in_background=True)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.loading
    label = tab.findChild(QLabel, "conferenceLoading")
    assert label is not None and label.text() == "Loading the conference…"
    context.notify_changed(f"notes:{RESEARCH.id}")  # comes while the first read runs
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        pass
    assert not tab.loading
    info = conf.load_conference(demo_library, RESEARCH.id)
    assert info is not None and tab.agenda.model.rowCount() == len(info.agenda) == 11
    assert tab.feedback.model.rowCount() == len(fb.list_feedback(demo_library, info.id))
    qtbot.waitUntil(lambda: tab.findChild(QLabel, "conferenceLoading") is None, timeout=5000)

    # A teaching without a conference: the "Prepare" page after the read.
    other = ConferenceTab(context, REHEARSAL, clock=FakeClock(), read_in_background=True)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loaded, timeout=20000):
        pass
    assert other.prepare_button is not None


def test_broadcasts_are_read_only_when_they_concern_the_conference_and_off_the_gui_thread(
        qtbot, context: AppContext, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lessonstudy.ui.conference import tab as tab_module

    tab = ConferenceTab(context, RESEARCH, clock=FakeClock())
    qtbot.addWidget(tab)
    tab.show()
    reads: list[str] = []
    real = tab_module.read_conference

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(tab_module, "read_conference", counted)
    for what in (f"timings:{RESEARCH.id}", f"classroom:{RESEARCH.id}", "tallies:2",
                 f"notes:{REHEARSAL.id}", f"photos:{REHEARSAL.id}"):
        context.notify_changed(what)
    qtbot.wait(400)
    assert reads == [], "the live clock and other teachings' changes are not read"

    info = conf.load_conference(demo_library, RESEARCH.id)
    assert info is not None
    before = tab.feedback.model.rowCount()
    fb.add_feedback(demo_library, info.id, fb.FeedbackDraft("Said on another laptop"))
    for what in (f"notes:{RESEARCH.id}", f"photos:{RESEARCH.id}", "library"):
        context.notify_changed(what)
    qtbot.waitUntil(lambda: tab.feedback.model.rowCount() == before + 1, timeout=5000)
    assert len(reads) == 1, "a burst is read once"
    assert reads[0] != threading.main_thread().name
