"""The detail pane builds a tab the first time it is shown, and keeps the kind of tab shown."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.conference.tab import ConferenceTab
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.detail_pane import DetailPane, register_tab
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.main_window import MainWindow
from lessonstudy.ui.photos.photos_tab import PhotosTab
from lessonstudy.ui.planning.segment_editor import SegmentEditor
from lessonstudy.ui.summary_pages import OverviewPage


def research(node: object) -> bool:
    return isinstance(node, TeachingRef) and node.kind == "research"


def rehearsal(node: object) -> bool:
    return isinstance(node, TeachingRef) and node.kind == "rehearsal"


def test_selecting_a_teaching_builds_only_the_tab_shown(demo_window: MainWindow) -> None:
    assert demo_window.select_node(research)
    pane = demo_window.detail
    assert pane.tabs.count() >= 8
    assert [type(w) for w in pane.built_widgets()] == [OverviewPage]
    assert not demo_window.findChildren(ConferenceTab)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    pane.tabs.setCurrentIndex(titles.index("Conference"))  # a click on the tab builds it
    assert isinstance(pane.tabs.currentWidget(), ConferenceTab)
    assert len(pane.built_widgets()) == 2
    pane.tabs.setCurrentIndex(0)
    pane.tabs.setCurrentIndex(titles.index("Conference"))
    assert len(demo_window.findChildren(ConferenceTab)) == 1, "built once"


def test_widget_of_builds_on_demand_and_can_bring_the_tab_forward(
        demo_window: MainWindow) -> None:
    assert demo_window.select_node(research)
    pane = demo_window.detail
    photos = pane.widget_of(PhotosTab)
    assert isinstance(photos, PhotosTab)
    assert pane.tabs.currentIndex() == 0, "built without being shown"
    assert pane.tabs.indexOf(photos) >= 0
    live = pane.widget_of(LiveLessonTab, show=True)
    assert pane.tabs.currentWidget() is live
    assert pane.widget_of(SegmentEditor) is None, "a teaching has no segment editor"


def test_the_kind_of_tab_shown_stays_across_tree_nodes(demo_window: MainWindow) -> None:
    pane = demo_window.detail
    assert demo_window.select_node(research)
    pane.widget_of(LiveLessonTab, show=True)
    assert demo_window.select_node(rehearsal)
    assert isinstance(pane.tabs.currentWidget(), LiveLessonTab)
    assert demo_window.select_node(lambda n: isinstance(n, VersionRef) and n.number == 2)
    assert isinstance(pane.tabs.currentWidget(), OverviewPage), "no Live lesson: the first tab"
    pane.widget_of(SegmentEditor, show=True)
    assert demo_window.select_node(lambda n: isinstance(n, VersionRef) and n.number == 1)
    assert isinstance(pane.tabs.currentWidget(), SegmentEditor)
    assert demo_window.select_node(lambda n: isinstance(n, LessonNode))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not demo_window.findChildren(LiveLessonTab), "the old node's tabs are gone"


def _eager_tab(_context: AppContext, _node: object) -> tuple[str, QWidget]:
    return "Eager", QLabel("built with the node")


class _Odd:
    id = 1


def test_an_older_factory_still_works(qtbot, demo_window: MainWindow) -> None:
    register_tab(_Odd, _eager_tab)
    register_tab(_Odd, lambda _c, _n: QLabel("later"), title=lambda: "Lazy")
    pane = DetailPane(demo_window.context, QWidget())
    qtbot.addWidget(pane)
    pane.show_node(_Odd())
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == ["Eager", "Lazy"]
    assert isinstance(pane.tabs.widget(0), QLabel)
    lazy = pane.widget_of(QLabel)
    assert lazy is pane.tabs.widget(0), "a built tab is found first"
    pane.tabs.setCurrentIndex(1)
    assert isinstance(pane.tabs.currentWidget(), QLabel)
    assert pane.tabs.currentWidget().text() == "later"


def test_switching_teachings_with_the_classroom_map_shown_does_not_crash(
        demo_window: MainWindow) -> None:
    """The live map's items once held their scene: the collector then destroyed the scene
    while its items' wrappers were half gone (a segfault in 4 runs of 6 before the fix)."""
    pane = demo_window.detail
    for _round in range(4):
        for predicate in (research, rehearsal):
            assert demo_window.select_node(predicate)
            pane.widget_of(LiveLessonTab, show=True)
        assert demo_window.select_node(lambda n: isinstance(n, LessonNode))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
