"""While our threads run Python (an observation server), garbage is collected on the GUI thread.

Python's cyclic collector runs in whichever thread allocates. With an
observation open its server threads allocate all the time; a collection there
deleted Qt objects of earlier tabs on the wrong thread, and a timer of one of
them later fired into freed memory (a segfault in ``QTimerInfoList::activateTimers``,
4 runs in 10 of tests/ui with notes saved in one transaction). So an open
observation holds automatic collection and a GUI-thread timer collects instead.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from lessonstudy.storage.library import Library
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.observation.host import ObservationHost
from lessonstudy.ui.operations import (
    collect_due,
    hold_collection,
    release_collection,
    set_aside_long_lived,
)
from tests.live_support import add_fresh_teaching


class _Cycle:
    """Garbage only the cyclic collector can free."""

    def __init__(self) -> None:
        self.me = self


def test_held_collection_runs_on_the_gui_thread_and_resumes(qtbot) -> None:
    assert gc.isenabled()
    hold_collection()
    collected_on: list[str] = []

    def note_thread(phase: str, _info: object) -> None:
        if phase == "stop":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note_thread)
    try:
        assert not gc.isenabled()
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        del cycle
        # allocations, as a server makes (with room for objects an earlier test left to be freed)
        junk = [[] for _ in range(gc.get_threshold()[0] * 5)]
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert collected_on and set(collected_on) == {threading.main_thread().name}
        del junk
    finally:
        gc.callbacks.remove(note_thread)
        release_collection()
    assert gc.isenabled()


def test_collect_due_follows_pythons_own_thresholds() -> None:
    gc.disable()
    try:
        gc.collect()
        assert collect_due() is None  # nothing allocated since: Python would not collect
        junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert collect_due() == 0
        del junk
    finally:
        gc.enable()


@pytest.fixture
def context(demo_library: Library, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setattr(ObservationHost, "listen_host", "127.0.0.1")
    monkeypatch.setattr(ObservationHost, "preferred_port", 0)
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.library_opened.emit()
    ctx.deleteLater()


def test_an_open_observation_holds_collection_until_it_closes(
        qtbot, context: AppContext, demo_library: Library) -> None:  # type: ignore[no-untyped-def]
    teaching = add_fresh_teaching(demo_library)
    tab = LiveLessonTab(context, teaching)
    qtbot.addWidget(tab)
    host = tab.observation_button.host
    with qtbot.waitSignal(host.opened, timeout=10_000):
        host.open(teaching)
    assert not gc.isenabled()
    with qtbot.waitSignal(host.closed, timeout=10_000):
        host.close(teaching)
    assert gc.isenabled()


def test_what_lives_on_after_start_up_is_set_aside_and_later_garbage_still_goes() -> None:
    class Cycle:
        pass

    set_aside_long_lived()
    try:
        assert gc.get_freeze_count() > 0
        later = Cycle()
        later.me = later  # type: ignore[attr-defined]
        gone = weakref.ref(later)
        del later
        gc.collect()
        assert gone() is None  # made after the setting aside: collected as ever
    finally:
        gc.unfreeze()
