"""Typing a group's key ideas in the window, without a photo: stored, undoable, broadcast."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from lessonstudy.domain.errors import ConflictError, LessonStudyError
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.key_ideas import (
    teaching_key_ideas,
    typed_key_ideas,
    write_typed_key_ideas,
)
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import conflict
from lessonstudy.ui.application import install_cjk_font
from lessonstudy.ui.conference import typed_key_ideas as typed_ui
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.conference.typed_key_ideas import TypedKeyIdeasDialog, type_key_ideas
from lessonstudy.ui.context import AppContext

RESEARCH = TeachingRef(2, "research", None, "2A", "陳慧敏 Chan Wai Man", 2)
IDEAS = ["學生自己量度後提出猜想", "Pairs argued about the obtuse case", "", "Why? after each step"]


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    ctx = AppContext()
    ctx._library = demo_library  # the fixture owns and closes the library
    yield ctx
    ctx._library = None


def _typed(library: Library) -> dict[str, tuple[str, ...]]:
    return {s.group_name: s.ideas for s in teaching_key_ideas(library, RESEARCH.id) if s.typed}


def _group_id(library: Library, name: str) -> int:
    info = conf.load_conference(library, RESEARCH.id)
    assert info is not None
    return next(g.id for g in info.groups if g.name == name)


def test_typing_a_groups_key_ideas_in_the_conference_is_one_undoable_step(
        qtbot, context: AppContext, demo_library: Library, tmp_path: Path) -> None:
    tab = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    panel = tab.feedback
    tab.sections.setCurrentWidget(panel)
    group_b = _group_id(demo_library, "Group B")
    panel.key_ideas_group.setCurrentIndex(panel.key_ideas_group.findData(group_b))
    assert panel.key_ideas_group.currentText() == "Group B (4 key ideas)"
    shown: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []

    def answer(_parent: QWidget, current) -> list[str]:  # type: ignore[no-untyped-def]
        shown.append((current.group_name, current.ideas, current.on_photos))
        return IDEAS

    panel.ask_typed_ideas = answer  # type: ignore[method-assign, assignment]
    with qtbot.waitSignal(context.changed) as broadcast:
        qtbot.mouseClick(panel.type_ideas_button, Qt.MouseButton.LeftButton)
    assert broadcast.args == [f"keyideas:{RESEARCH.id}"]
    assert shown[0][:2] == ("Group B", ()) and len(shown[0][2]) == 4  # its photo's four
    typed = ("學生自己量度後提出猜想", "Pairs argued about the obtuse case",
             "Why? after each step")
    assert _typed(demo_library) == {"Group B": typed}
    # The broadcast refreshed the conference: the count grew and Group B stayed chosen.
    assert panel.key_ideas_group.currentText() == "Group B (7 key ideas)"
    info = conf.load_conference(demo_library, RESEARCH.id)
    assert info is not None
    assert fb.pending_key_ideas(demo_library, info.id, group_b)[:3] == list(typed)
    assert tab.stack.undoText() == "Type key ideas of Group B"

    tab.stack.undo()
    assert _typed(demo_library) == {}
    assert panel.key_ideas_group.currentText() == "Group B (4 key ideas)"
    tab.stack.redo()
    assert _typed(demo_library) == {"Group B": typed}
    tab.grab().save(str(tmp_path / "typed-key-ideas-tab.png"))
    if shots := os.environ.get("LS_SHOTS"):
        tab.grab().save(str(Path(shots) / "typed-key-ideas-tab.png"))


def test_the_dialog_shows_the_typed_set_and_the_photos_ideas(
        qtbot, demo_library: Library, tmp_path: Path) -> None:
    install_cjk_font()
    group_a = _group_id(demo_library, "Group A")
    write_typed_key_ideas(demo_library, group_a, ["已打的想法", "Second typed"])
    dialog = TypedKeyIdeasDialog(typed_key_ideas(demo_library, group_a))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [e.text() for e in dialog.edits] == ["已打的想法", "Second typed", "", ""]
    listed = dialog.findChild(QLabel, "ideasOnPhotos")
    assert listed is not None and "Objective 3 needs more time" in listed.text()
    assert all(e.maxLength() == 1000 for e in dialog.edits)
    dialog.edits[1].setText("")
    dialog.edits[3].setText("  Fourth  ")
    assert dialog.ideas() == ["已打的想法", "", "", "  Fourth  "]
    dialog.grab().save(str(tmp_path / "typed-key-ideas.png"))
    if shots := os.environ.get("LS_SHOTS"):
        dialog.grab().save(str(Path(shots) / "typed-key-ideas.png"))


def test_cancel_and_an_unchanged_set_store_nothing_and_push_no_step(
        qtbot, demo_library: Library) -> None:
    group_c = _group_id(demo_library, "Group C")
    stack, heard = QUndoStack(), []
    assert type_key_ideas(QWidget(), demo_library, group_c, stack, heard.append,
                          ask=lambda _p, _c: None) is None
    write_typed_key_ideas(demo_library, group_c, ["Kept"])
    same = type_key_ideas(QWidget(), demo_library, group_c, stack, heard.append,
                          ask=lambda _p, c: list(c.ideas))
    assert same is not None and same.ideas == ("Kept",)
    assert stack.count() == 0 and heard == [] and _typed(demo_library) == {"Group C": ("Kept",)}


def test_a_colleagues_set_stored_meanwhile_asks_reload_or_keep_mine(
        qtbot, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    group_c = _group_id(demo_library, "Group C")
    choices = [conflict.ConflictChoice.RELOAD]
    asked: list[ConflictError] = []

    def ask(_parent: QWidget | None, error: ConflictError) -> conflict.ConflictChoice:
        asked.append(error)
        return choices.pop(0)

    monkeypatch.setattr(conflict, "ask_about_conflict", ask)

    theirs = ["Theirs", "Theirs again"]

    def colleague_first(_parent: QWidget, _current) -> list[str]:  # type: ignore[no-untyped-def]
        write_typed_key_ideas(demo_library, group_c, [theirs.pop(0)])  # just before OK
        return ["Mine"]

    stack, heard = QUndoStack(), []
    assert type_key_ideas(QWidget(), demo_library, group_c, stack, heard.append,
                          ask=colleague_first) is None
    assert len(asked) == 1 and _typed(demo_library) == {"Group C": ("Theirs",)}
    assert stack.count() == 0 and heard == [f"keyideas:{RESEARCH.id}"]  # reloaded theirs

    choices.append(conflict.ConflictChoice.KEEP_MINE)
    saved = type_key_ideas(QWidget(), demo_library, group_c, stack, heard.append,
                           ask=colleague_first)
    assert saved is not None and _typed(demo_library) == {"Group C": ("Mine",)}
    assert stack.count() == 1 and len(asked) == 2

    # Undo over a colleague's newer set asks again; reloading theirs drops the step.
    write_typed_key_ideas(demo_library, group_c, ["Newer still"])
    choices.append(conflict.ConflictChoice.RELOAD)
    stack.undo()
    assert _typed(demo_library) == {"Group C": ("Newer still",)} and len(asked) == 3
    assert stack.count() == 0  # obsolete


def test_a_refused_set_shows_one_message_and_stores_nothing(
        qtbot, demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    group_c = _group_id(demo_library, "Group C")
    shown: list[str] = []
    monkeypatch.setattr(typed_ui.messages, "show_error",
                        lambda _p, error, *_a: shown.append(str(error)))
    stack = QUndoStack()
    too_long = ["x" * 1001]
    assert type_key_ideas(QWidget(), demo_library, group_c, stack, lambda _w: None,
                          ask=lambda _p, _c: too_long) is None
    assert shown == ["Key idea 1 is longer than 1000 characters; shorten it."]
    assert _typed(demo_library) == {} and stack.count() == 0

    # A group removed by a colleague while the dialog was open.
    from lessonstudy.services.observer_groups import add_group, remove_group
    from lessonstudy.services.observer_records import GroupInput

    group_d = add_group(demo_library, RESEARCH.id, GroupInput("Group D"))

    def removed_meanwhile(_parent: QWidget, _current) -> list[str]:  # type: ignore[no-untyped-def]
        remove_group(demo_library, RESEARCH.id, group_d)
        return ["Too late"]

    assert type_key_ideas(QWidget(), demo_library, group_d, stack, lambda _w: None,
                          ask=removed_meanwhile) is None
    assert shown[-1] == "That observer group no longer exists."
    with pytest.raises(LessonStudyError):
        typed_key_ideas(demo_library, group_d)
    assert _typed(demo_library) == {} and stack.count() == 0


def test_key_ideas_typed_in_the_window_reach_the_report(
        qtbot, context: AppContext, demo_library: Library, tmp_path: Path) -> None:
    """From the Feedback page to paper: the report built by the tab's button prints them."""
    import re

    from tests.printing.pdfcheck import pdf_text

    tab = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(tab)
    panel = tab.feedback
    panel.key_ideas_group.setCurrentIndex(
        panel.key_ideas_group.findData(_group_id(demo_library, "Group C")))
    panel.ask_typed_ideas = lambda _p, _c: IDEAS  # type: ignore[method-assign, assignment]
    qtbot.mouseClick(panel.type_ideas_button, Qt.MouseButton.LeftButton)
    button = tab.report_button
    button.open_when_done = False
    button.build(tmp_path / "report.pdf")
    qtbot.waitUntil(button.isEnabled, timeout=60000)
    text = re.sub(r"\s+", "", pdf_text(tmp_path / "report.pdf"))
    section = text[text.index("KeyideasandiBoards"):]
    group_c = section[section.index("GroupC"):]
    for idea in filter(None, IDEAS):
        assert re.sub(r"\s+", "", idea) in group_c, idea
    assert "Nottranscribed" not in text
