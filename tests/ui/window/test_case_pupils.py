"""Case pupils are added, renamed and removed in the window (Predictions tab), undoably.

A new team's lesson has none, and the Predictions hint used to send them to a
place the window did not have. The pupil added there becomes a prediction
column and a choice on the Live lesson's quick note line at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import case_pupils, predictions
from lessonstudy.services.lessons import NewLesson, create_lesson
from lessonstudy.services.plans import load_plan
from lessonstudy.services.records import VersionRef
from lessonstudy.services.teachings import TeachingInput, record_teaching
from lessonstudy.ui.application import build_window
from lessonstudy.ui.classroom.predictions_view import PredictionsView
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow, open_library


@pytest.fixture
def window(qtbot, data_dir: Path, dialogs: list[str]) -> Iterator[MainWindow]:
    """The window at 1024×768 over a library holding one new lesson, taught once."""
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert open_library(window)
    library = window.context.library
    version_id = create_lesson(library, NewLesson(title="Fractions on a number line",
                                                  team_name="Maths", school="Fanling")).version_id
    record_teaching(library, version_id, TeachingInput(kind=TeachingKind.RESEARCH,
                                                       class_name="3B"))
    window.context.notify_changed("library")
    qtbot.waitUntil(lambda: window.select_node(lambda n: isinstance(n, VersionRef)),
                    timeout=10000)
    yield window
    window.context.close()


def _predictions(window: MainWindow) -> PredictionsView:
    assert window.select_node(lambda n: isinstance(n, VersionRef))
    view = window.detail.widget_of(PredictionsView, show=True)
    assert isinstance(view, PredictionsView)
    return view


def test_a_case_pupil_added_in_predictions_appears_there_and_in_the_live_lesson(
        qtbot, window: MainWindow, dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    library = window.context.library
    version_id = next(v.id for v in load_plan(library, 1).versions)
    teaching_id = record_teaching(library, version_id,
                                  TeachingInput(kind=TeachingKind.RESEARCH, class_name="3C"))
    live = LiveLessonTab(window.context, teaching_id)
    qtbot.addWidget(live)
    before = [live.quick_note.pupil_combo.itemText(i)
              for i in range(live.quick_note.pupil_combo.count())]

    view = _predictions(window)
    assert "Add case pupil" in view.hint.text() and view.add_button.isVisible()
    assert not view.table.isVisible() and not view.remove_button.isVisible()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  Amy ", True))
    view.add_button.click()
    assert dialogs == []
    assert view.table.isVisible() and view.table.columnCount() == 1
    assert view.table.horizontalHeaderItem(0).text() == "Case pupil Amy"
    assert view.pupil_combo.currentText() == "Amy" and view.remove_button.isVisible()
    after = [live.quick_note.pupil_combo.itemText(i)
             for i in range(live.quick_note.pupil_combo.count())]
    assert after == [*before, "Amy"]  # the live lesson offers her at once

    assert not view.add_case_pupil("amy")  # the same label: refused with a message
    assert "already has a case pupil called Amy" in dialogs[-1]
    assert view.rename_case_pupil(view.pupil_combo.currentData(), "A")
    assert view.table.horizontalHeaderItem(0).text() == "Case pupil A"
    view.undo_stack.undo()  # back to Amy
    assert [p.label for p in case_pupils.list_case_pupils(library, view.lesson_id)] == ["Amy"]
    view.undo_stack.undo()  # not added
    assert not view.table.isVisible() and not view.pupil_combo.isVisible()
    assert live.quick_note.pupil_combo.count() == len(before)
    view.undo_stack.redo()  # added again, same id
    assert view.table.columnCount() == 1
    assert view.remove_case_pupil(view.pupil_combo.currentData())
    assert case_pupils.list_case_pupils(library, view.lesson_id) == []


def test_removal_keeps_predictions_for_undo_and_is_refused_once_noted(library) -> None:  # type: ignore[no-untyped-def]
    from lessonstudy.services.demo import load_demo
    from lessonstudy.storage.models import ObservationNote

    lesson_id = load_demo(library).lesson_id
    pupils = case_pupils.list_case_pupils(library, lesson_id)
    with library.reading() as session:
        noted = {n.case_pupil_id for n in session.query(ObservationNote)}
    quiet = next((p for p in pupils if p.id not in noted), None)
    named = next(p for p in pupils if p.id in noted)
    with pytest.raises(ValidationError, match="cannot be removed"):
        case_pupils.remove_case_pupil(library, named.id)
    if quiet is None:
        quiet = case_pupils.add_case_pupil(library, lesson_id, "D")
    version_id = 2
    grid = predictions.version_predictions(library, version_id)
    segment_id = grid.rows[0].segment_id
    predictions.set_prediction(library, segment_id, quiet.id, "Waits for a partner.")
    removed = case_pupils.remove_case_pupil(library, quiet.id)
    assert quiet.label not in predictions.version_predictions(library, version_id).case_labels
    case_pupils.restore_case_pupil(library, removed)
    assert predictions.version_predictions(library, version_id).predicted(
        quiet.label, segment_id) == "Waits for a partner."
    with pytest.raises(ValidationError):
        case_pupils.add_case_pupil(library, lesson_id, "x" * 21)
    with pytest.raises(ValidationError):
        case_pupils.rename_case_pupil(library, quiet.id, "   ")
