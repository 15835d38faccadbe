"""A teaching with 20,000 notes in the Live lesson tab (heavy: builds a big library first).

Figures belong to ``bench/notes_scale.py``; this checks the behaviour that
makes them possible: one query, a screenful per segment, one row per save.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.live_tab import LiveLessonTab
from lessonstudy.ui.live.notes_model import SCREENFUL

pytestmark = pytest.mark.heavy
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def big_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_library.py"), "--lessons", "1",
                    "--teachings", "1", "--notes", "20000", "--out", str(folder)],
                   check=True, capture_output=True)
    return folder


def test_twenty_thousand_notes_load_off_the_gui_thread_and_a_save_moves_one_row(
        qtbot, big_library: Path) -> None:
    library = Library.open(resolve_location(big_library))
    context = AppContext()
    context.set_library(library)
    try:
        tab = LiveLessonTab(context, 1, ManualClock())
        qtbot.addWidget(tab)
        panel = tab.notes_panel
        assert panel.loading and panel.busy_label.isVisibleTo(panel)
        with qtbot.waitSignal(panel.notes_shown, timeout=30000):
            tab.show()
        model = panel.model
        assert sum(len(g.notes) for g in model.groups) == 20000
        assert all(g.shown <= 2 * SCREENFUL for g in model.groups)  # the view holds a few
        assert not panel.busy_label.isVisibleTo(panel)
        resets: list[int] = []
        inserted: list[tuple[int, int]] = []
        model.modelReset.connect(lambda: resets.append(1))
        model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
        tab.quick_note.text_edit.setText("one more, at twenty thousand")
        assert tab.quick_note.save() is not None
        assert resets == []  # the untimed note: its segment row, then itself (the view may
        assert inserted[:2] == [(len(model.groups) - 1, len(model.groups) - 1), (0, 0)]
        assert all(g.shown <= 4 * SCREENFUL for g in model.groups)  # fetch a screenful more)
        assert panel.selected_note().text == "one more, at twenty thousand"
    finally:
        context._library = None
        library.close()
        context.deleteLater()
