"""The segment editor meets a colleague's save of the same plan: reload theirs, or keep mine."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from lessonstudy.services.plans import load_version_plan
from lessonstudy.services.versions import save_segments
from lessonstudy.storage.library import Library
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from tests.ui.conflict_support import answer_conflicts, as_machine

B = "ms.wong@staffroom-2"


def titles(library: Library, version_id: int) -> list[str]:
    return [s.title for s in load_version_plan(library, version_id).segments]


def _their_title(library: Library, version_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Machine B renames the last segment through the service."""
    as_machine(monkeypatch, B)
    plan = load_version_plan(library, version_id)
    drafts = list(plan.drafts())
    drafts[-1] = dataclasses.replace(drafts[-1], title="Their iBoard")
    save_segments(library, version_id, drafts, plan.version.row_version)
    as_machine(monkeypatch, "mr.chan@staffroom-1")


@pytest.fixture
def editor(qtbot: Any, context: Any, version_id: int) -> SegmentEditor:
    widget = SegmentEditor(context, version_id)  # opened before the colleague saved
    qtbot.addWidget(widget)
    return widget


def test_reload_drops_my_edit_and_shows_their_plan(editor: SegmentEditor, context: Any,
                                                   version_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _their_title(context.library, version_id, monkeypatch)
    shown = answer_conflicts(monkeypatch, "reloadButton")
    assert not editor.edit_field(0, "title", "My warm-up")
    assert len(shown) == 1 and B in shown[0]
    assert titles(context.library, version_id) == ["Warm-up 熱身", "Pair work", "Their iBoard"]
    assert [d.title for d in editor.model.drafts][-1] == "Their iBoard"
    assert editor.undo_stack.count() == 0
    assert editor.edit_field(0, "title", "My warm-up")  # from their plan: no question
    assert len(shown) == 1
    assert titles(context.library, version_id) == ["My warm-up", "Pair work", "Their iBoard"]


def test_keep_mine_saves_my_plan_and_undo_asks_again_after_their_next_save(
        editor: SegmentEditor, context: Any, version_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _their_title(context.library, version_id, monkeypatch)
    shown = answer_conflicts(monkeypatch, "keepMineButton")
    assert editor.edit_field(0, "title", "My warm-up")
    assert titles(context.library, version_id) == ["My warm-up", "Pair work", "iBoard writing"]
    editor.undo_stack.undo()
    assert len(shown) == 1 and titles(context.library, version_id)[0] == "Warm-up 熱身"
    editor.undo_stack.redo()
    _their_title(context.library, version_id, monkeypatch)
    answer_conflicts(monkeypatch, "reloadButton")
    editor.undo_stack.undo()  # the undo meets their change: asked, theirs kept
    assert titles(context.library, version_id) == ["My warm-up", "Pair work", "Their iBoard"]
    assert [d.title for d in editor.model.drafts] == titles(context.library, version_id)
