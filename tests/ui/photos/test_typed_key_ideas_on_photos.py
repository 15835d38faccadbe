"""Key ideas on the Photos tab: typed for a group without a photo, and the viewer's broadcast."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lessonstudy.services.key_ideas import teaching_key_ideas
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.application import install_cjk_font
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.photos.photos_tab import PhotosTab
from lessonstudy.ui.photos.viewer import PhotoViewer

RESEARCH = TeachingRef(2, "research", None, "2A", "陳慧敏 Chan Wai Man", 2)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    install_cjk_font()
    ctx = AppContext()
    ctx._library = demo_library  # the fixture owns and closes the library
    yield ctx
    ctx._library = None


@pytest.fixture
def tab(qtbot, context: AppContext) -> PhotosTab:  # type: ignore[no-untyped-def]
    widget = PhotosTab(context, RESEARCH.id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def _typed(library: Library) -> dict[str, tuple[str, ...]]:
    return {s.group_name: s.ideas for s in teaching_key_ideas(library, RESEARCH.id) if s.typed}


def test_type_key_ideas_of_the_group_the_filter_shows(
        qtbot, tab: PhotosTab, context: AppContext, demo_library: Library,
        errors: list[str], tmp_path: Path) -> None:
    assert not tab.type_ideas_button.isEnabled()  # "All groups": no group to type for
    assert "Choose an observer group" in tab.type_ideas_button.toolTip()
    tab.group_filter.setCurrentIndex(tab.group_filter.findText("Group C"))
    assert tab.type_ideas_button.isEnabled()
    asked: list[str] = []

    def answer(_parent: QWidget, current) -> list[str]:  # type: ignore[no-untyped-def]
        asked.append(current.group_name)
        return ["板被擦掉前抄下的重點", "Second idea"]

    tab.ask_typed_ideas = answer  # type: ignore[method-assign, assignment]
    reloads: list[None] = []
    tab.controller.reloaded.connect(lambda: reloads.append(None))
    with qtbot.waitSignal(context.changed) as broadcast:
        qtbot.mouseClick(tab.type_ideas_button, Qt.MouseButton.LeftButton)
    assert asked == ["Group C"] and broadcast.args == [f"keyideas:{RESEARCH.id}"]
    assert _typed(demo_library) == {"Group C": ("板被擦掉前抄下的重點", "Second idea")}
    assert reloads == []  # typed ideas change no photo: the gallery is not read again
    stack = tab.controller.undo_stack
    assert stack.undoText() == "Type key ideas of Group C"
    stack.undo()
    assert _typed(demo_library) == {}
    stack.redo()
    assert _typed(demo_library) == {"Group C": ("板被擦掉前抄下的重點", "Second idea")}
    assert errors == []
    if shots := os.environ.get("LS_SHOTS"):
        tab.grab().save(str(Path(shots) / "photos-type-key-ideas.png"))


def test_a_photos_key_ideas_edited_in_the_viewer_refresh_the_conference(
        qtbot, tab: PhotosTab, context: AppContext, demo_library: Library,
        errors: list[str]) -> None:
    conference = ConferenceTab(context, RESEARCH)
    qtbot.addWidget(conference)
    combo = conference.feedback.key_ideas_group
    combo.setCurrentIndex(combo.findText("Group B (4 key ideas)"))
    proxy = tab.controller.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).fields.group_id == 2)
    viewer = tab.open_viewer(proxy.index(row, 0))
    assert isinstance(viewer, PhotoViewer)
    qtbot.addWidget(viewer)
    fourth = viewer.details.ideas[3]
    assert fourth.text()  # the demo's Group B board has four ideas
    fourth.setText("")
    with qtbot.waitSignal(context.changed) as broadcast:
        qtbot.keyClick(fourth, Qt.Key.Key_Return)
    assert broadcast.args == [f"keyideas:{RESEARCH.id}"]
    # the conference reads another screen's change off the GUI thread, once per burst
    qtbot.waitUntil(lambda: combo.currentText() == "Group B (3 key ideas)")
    with qtbot.waitSignal(context.changed):
        tab.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: combo.currentText() == "Group B (4 key ideas)")
    assert errors == []
