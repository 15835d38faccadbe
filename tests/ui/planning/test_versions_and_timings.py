"""Versions tab (history, new version, comparison) and a teaching's timings tab."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.services.plans import load_plan
from lessonstudy.services.teachings import TeachingInput, load_timings
from lessonstudy.storage.library import Library
from lessonstudy.ui.planning import teaching_view
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.planning.teaching_view import TeachingView
from lessonstudy.ui.planning.timings_model import END, START
from lessonstudy.ui.planning.version_dialogs import make_new_version
from lessonstudy.ui.planning.versions_view import VersionsView


def test_new_version_edit_and_compare(qtbot: Any, context: Any, version_id: int,
                                      library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    lesson_id = load_plan(library, "Fractions 分數").lesson_id
    view = VersionsView(context, lesson_id)
    qtbot.addWidget(view)
    rehearsal = TeachingInput(TeachingKind.REHEARSAL, date(2026, 10, 20), "5B", "Ms Lee")
    assert view.record_teaching(rehearsal) is not None  # version 1 is now frozen
    v1 = load_plan(library, lesson_id).version
    assert v1.frozen
    v2 = make_new_version(context, view, v1, ("After the rehearsal", "Ms Lee"))
    assert v2 is not None and v2.number == 2
    editor = SegmentEditor(context, v2.id)
    qtbot.addWidget(editor)
    editor.select_row(1)
    editor.delete_segment()
    editor.edit_field(0, "planned_seconds", "4:00")
    view = VersionsView(context, lesson_id)
    qtbot.addWidget(view)
    assert view.history.rowCount() == 2
    assert view.history.index(0, 0).data() == "1 (frozen)"
    assert view.history.index(1, 6).data() == "After the rehearsal"
    result = view.compare()
    assert result is not None and (result.old.number, result.new.number) == (1, 2)
    changes = [view.comparison.index(r, 2).data() for r in range(view.comparison.rowCount())]
    assert changes == ["retimed 5:00 → 4:00 (-1:00)", "removed", "unchanged"]
    assert view.comparison.index(1, 0).data() == "2. Pair work"
    assert view.comparison.index(1, 3).data() == ""
    assert "Planned total 13:20 → 12:00 (-1:20)" in view.summary.text()


def test_timings_tab_edits_and_charts(qtbot: Any, demo_context: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    library = demo_context.library
    view = TeachingView(demo_context, 1)
    qtbot.addWidget(view)
    assert view.lines["class_name"].text() == "2C"
    assert view.summary.text() == "The lesson ran 4:45 over the plan."
    planned, actual = view.timeline.rows
    assert len(planned[1]) == 9 and len(actual[1]) == 9
    model = view.model
    assert (model.index(0, START).data(), model.index(0, END).data()) == ("00:00", "03:30")
    assert model.index(0, 5).data() == "+0:30"
    assert model.setData(model.index(0, END), "3:00")
    qtbot.waitUntil(lambda: model.index(0, 5).data() == "0:00")
    assert load_timings(library, 1).rows[0].actual_end == 180
    shown: list[str] = []
    monkeypatch.setattr(teaching_view, "show_error", lambda _p, e: shown.append(str(e)))
    before = load_timings(library, 1)
    assert not model.setData(model.index(1, END), "1:00")
    assert not model.setData(model.index(1, START), "soon")
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "cannot end (01:00) before it starts (03:30)" in shown[0]
    assert "'soon' is not a time" in shown[1]
    assert load_timings(library, 1) == before
    view.lines["room"].setText("Room 305")
    assert view.save()
    assert load_timings(library, 1).details.room == "Room 305"
