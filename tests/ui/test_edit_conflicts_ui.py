"""Editors meet a colleague's save: the dialog offers Reload theirs or Keep mine, and both work.

Machine B's save goes straight through the service (as another computer on
the shared server would), with ``updated_by`` set to B; then machine A's
editor, opened before, saves. ``QMessageBox.exec`` is replaced so the
conflict dialog is answered by clicking the button a teacher would.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from lessonstudy.services import lessons
from lessonstudy.storage.library import Library
from lessonstudy.ui.planning import lesson_form
from lessonstudy.ui.planning.lesson_form import LessonForm
from tests.ui.conflict_support import answer_conflicts, as_machine
from tests.ui.planning.conftest import make_context

B = "ms.wong@staffroom-2"


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
