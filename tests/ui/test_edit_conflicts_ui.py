"""Editors meet a colleague's save: the dialog offers Reload theirs or Keep mine, and both work.

Machine B's save goes straight through the service (as another computer on
the shared server would), with ``updated_by`` set to B; then machine A's
editor, opened before, saves. ``QMessageBox.exec`` is replaced so the
conflict dialog is answered by clicking the button a teacher would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services import lessons, notes
from lessonstudy.services.notes import Note
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.live.notes_model import COLUMNS
from lessonstudy.ui.planning import lesson_form
from lessonstudy.ui.planning.lesson_form import LessonForm
from tests.ui.conflict_support import answer_conflicts, as_machine
from tests.ui.planning.conftest import make_context

B = "ms.wong@staffroom-2"
TEACHING = 2  # the demo's open class, with notes, feedback and photos


def _their_lesson_goals(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    as_machine(monkeypatch, B)
    details = lessons.load_lesson(library, 1)
    lessons.update_lesson(library, 1, dataclasses.replace(details, goals="Their goals"),
                          details.row_version)
    as_machine(monkeypatch, "mr.chan@staffroom-1")


@pytest.fixture
def form(qtbot: Any, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> LessonForm:
    monkeypatch.setattr(lesson_form, "refresh_and_select", lambda *_args: None)
    editor = LessonForm(make_context(demo_library), 1)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.boxes["goals"].setPlainText("My goals")  # typed before B saved
    _their_lesson_goals(demo_library, monkeypatch)
    return editor


def test_lesson_form_reload_shows_their_change(form: LessonForm, demo_library: Library,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown = answer_conflicts(monkeypatch, "reloadButton")
    assert not form.save()
    assert B in shown[0]
    assert form.boxes["goals"].toPlainText() == "Their goals"
    assert lessons.load_lesson(demo_library, 1).goals == "Their goals"
    form.lines["unit"].setText("Unit 9")  # the reloaded form saves without a new question
    assert form.save() and len(shown) == 1
    assert lessons.load_lesson(demo_library, 1).goals == "Their goals"


def test_lesson_form_keep_mine_saves_over_theirs(form: LessonForm, demo_library: Library,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    assert form.save()
    assert len(shown) == 1 and B in shown[0]
    stored = lessons.load_lesson(demo_library, 1)
    assert stored.goals == "My goals" and form.row_version == stored.row_version


def test_lesson_form_cancel_keeps_what_was_typed(form: LessonForm, demo_library: Library,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # closed: no button clicked
    assert not form.save()
    assert form.boxes["goals"].toPlainText() == "My goals"
    assert lessons.load_lesson(demo_library, 1).goals == "Their goals"


# -- the notes list of a teaching (edits and undo) ------------------------------------


@pytest.fixture
def notes_tab(qtbot: Any, demo_library: Library) -> Iterator[LiveLessonTab]:
    context = AppContext()
    context.set_library(demo_library)
    tab = LiveLessonTab(context, TEACHING, ManualClock())
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.notes_panel.loading)  # notes load off the GUI thread
    yield tab
    context._library = None  # the demo_library fixture closes it
    context.deleteLater()


def _their_note_text(library: Library, note: Note, text: str,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    as_machine(monkeypatch, B)
    current = notes.list_notes(library, TEACHING)[0]
    notes.update_note(library, note.id, dataclasses.replace(current.fields, text=text),
                      current.row_version)
    as_machine(monkeypatch, "mr.chan@staffroom-1")


def _flag(qtbot: Any, tab: LiveLessonTab, note: Note) -> None:
    """Tick the note's flag box in the tree (the panel saves it on the next event loop turn)."""
    panel = tab.notes_panel
    index = panel.model.index_of(note.id).siblingAtColumn(COLUMNS.index("flagged"))
    state = Qt.CheckState.Unchecked if note.flagged else Qt.CheckState.Checked
    assert panel.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.wait(10)


def test_notes_list_reload_drops_my_edit_and_shows_theirs(
        qtbot: Any, notes_tab: LiveLessonTab, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    note = notes.list_notes(demo_library, TEACHING)[0]  # shown in A's list
    _their_note_text(demo_library, note, "Their wording", monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    _flag(qtbot, notes_tab, note)
    stored = notes.list_notes(demo_library, TEACHING)[0]
    assert len(shown) == 1 and B in shown[0]
    assert (stored.text, stored.flagged) == ("Their wording", note.flagged)
    assert notes_tab.controller.undo_stack.count() == 0
    qtbot.waitUntil(lambda: not notes_tab.notes_panel.loading)
    assert notes_tab.notes_panel.model.note_at(
        notes_tab.notes_panel.model.index_of(note.id)).text == "Their wording"


def test_notes_list_keep_mine_then_undo_over_a_new_change_asks_again(
        qtbot: Any, notes_tab: LiveLessonTab, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    note = notes.list_notes(demo_library, TEACHING)[0]
    _their_note_text(demo_library, note, "Their wording", monkeypatch)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    _flag(qtbot, notes_tab, note)
    stack = notes_tab.controller.undo_stack
    stored = notes.list_notes(demo_library, TEACHING)[0]
    assert len(shown) == 1 and stack.count() == 1
    assert (stored.text, stored.flagged) == (note.text, not note.flagged)  # mine, knowingly

    stack.undo()  # nobody else saved since: no question
    assert len(shown) == 1 and notes.list_notes(demo_library, TEACHING)[0].fields == note.fields
    stack.redo()
    assert len(shown) == 1

    _their_note_text(demo_library, note, "Their second wording", monkeypatch)
    stack.undo()  # meets their change: the same question; keep mine puts my "before" back
    assert len(shown) == 2 and B in shown[1]
    assert notes.list_notes(demo_library, TEACHING)[0].fields == note.fields


def test_notes_list_undo_reload_keeps_their_change(
        qtbot: Any, notes_tab: LiveLessonTab, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    note = notes.list_notes(demo_library, TEACHING)[0]
    _flag(qtbot, notes_tab, note)
    _their_note_text(demo_library, note, "Their wording", monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    stack = notes_tab.controller.undo_stack
    steps = stack.count()
    stack.undo()
    stored = notes.list_notes(demo_library, TEACHING)[0]
    assert len(shown) == 1
    assert (stored.text, stored.flagged) == ("Their wording", not note.flagged)
    assert stack.count() == steps - 1  # the refused step left the undo list


# -- the conference's feedback form (edit and undo) -----------------------------------


@pytest.fixture
def conference_tab(qtbot: Any, demo_library: Library) -> Iterator[ConferenceTab]:
    context = AppContext()
    context._library = demo_library  # the fixture owns and closes the library
    tab = ConferenceTab(context, TeachingRef(TEACHING, "research", None, "2A", "", 2))
    qtbot.addWidget(tab)
    tab.sections.setCurrentWidget(tab.feedback)
    yield tab
    context._library = None


def _feedback(library: Library) -> fb.FeedbackRecord:
    info = conf.load_conference(library, TEACHING)
    assert info is not None
    return fb.list_feedback(library, info.id)[0]


def _their_feedback_text(library: Library, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    as_machine(monkeypatch, B)
    item = _feedback(library)
    fb.update_feedback(library, item.id, dataclasses.replace(item.draft(), text=text),
                       item.row_version)
    as_machine(monkeypatch, "mr.chan@staffroom-1")


def _type_feedback(tab: ConferenceTab, text: str) -> None:
    tab.feedback.table.selectRow(0)
    tab.feedback.form.text_edit.setPlainText(text)


def test_feedback_form_reload_shows_their_text(conference_tab: ConferenceTab,
                                               demo_library: Library,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _type_feedback(conference_tab, "My wording")
    _their_feedback_text(demo_library, "Their wording", monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    conference_tab.feedback.save()
    assert len(shown) == 1 and B in shown[0]
    assert _feedback(demo_library).text == "Their wording"
    assert conference_tab.feedback.form.text_edit.toPlainText() == "Their wording"
    assert conference_tab.stack.count() == 0


def test_feedback_form_keep_mine_and_undo_over_their_next_change(
        conference_tab: ConferenceTab, demo_library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = _feedback(demo_library).text
    _type_feedback(conference_tab, "My wording")
    _their_feedback_text(demo_library, "Their wording", monkeypatch)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    conference_tab.feedback.save()
    assert len(shown) == 1 and _feedback(demo_library).text == "My wording"
    assert conference_tab.stack.count() == 1

    conference_tab.stack.undo()  # no one else saved: no question
    assert len(shown) == 1 and _feedback(demo_library).text == original
    conference_tab.stack.redo()
    _their_feedback_text(demo_library, "Their second wording", monkeypatch)
    answer_conflicts(monkeypatch, "reloadButton")
    conference_tab.stack.undo()  # meets their change: asked, and theirs is kept
    assert _feedback(demo_library).text == "Their second wording"
    assert conference_tab.stack.count() == 0  # the step that lost left the stack


# -- the shared helper ------------------------------------------------------------------


def test_keep_mine_asks_again_when_a_third_person_saved_in_between(qapp: Any) -> None:
    from lessonstudy.domain.errors import ConflictError
    from lessonstudy.ui.conflict import ConflictChoice, save_or_resolve

    stored = {"version": 3}
    tries: list[int | None] = []

    def save(expected: int | None) -> int:
        tries.append(expected)
        if expected != stored["version"]:
            raise ConflictError("changed", "x@pc", "", current_version=stored["version"])
        return stored["version"] + 1

    asked: list[str] = []

    def keep(_parent: Any, error: ConflictError) -> ConflictChoice:
        asked.append(error.changed_by)
        if len(asked) == 1:
            stored["version"] = 4  # a third person saves while the dialog is open
        return ConflictChoice.KEEP_MINE

    assert save_or_resolve(None, save, 1, reload=lambda: None, ask=keep) == 5
    assert tries == [1, 3, 4] and len(asked) == 2
    reloaded: list[bool] = []
    assert save_or_resolve(None, save, 1, reload=lambda: reloaded.append(True),
                           ask=lambda _p, _e: ConflictChoice.CANCEL) is None
    assert reloaded == []
