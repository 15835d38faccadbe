"""A photo whose stored file went missing or was damaged opens with a message, never a crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lessonstudy.storage.library import Library
from lessonstudy.storage.models import PhotoData
from lessonstudy.storage.photo_store import FileStore
from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.photos.photos_tab import PhotosTab

TEACHING = 2  # demo: three iBoards


@pytest.fixture
def context(demo_library: Library) -> Iterator[AppContext]:
    ctx = AppContext()
    ctx.set_library(demo_library)
    yield ctx
    ctx.deleteLater()


def test_the_viewer_says_the_file_is_missing_and_offers_no_edit(
        qtbot, context: AppContext, demo_library: Library,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    store = demo_library.photo_store
    assert isinstance(store, FileStore)
    with demo_library.reading() as session:
        first, second = session.execute(select(PhotoData.photo_id, PhotoData.image_sha256)
                                        .order_by(PhotoData.photo_id).limit(2)).all()
    store.path(first[1]).unlink()
    store.path(second[1]).write_bytes(b"\xff\xd8 damaged")
    tab = PhotosTab(context, TEACHING)
    qtbot.addWidget(tab)
    proxy = tab.controller.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 3, timeout=20_000)
    rows = {proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id: r
            for r in range(proxy.rowCount())}
    viewer = tab.open_viewer(proxy.index(rows[first[0]], 0))
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert viewer.problem_label.isVisibleTo(viewer)
    assert "missing" in viewer.problem_label.text() and first[1] in viewer.problem_label.text()
    assert not viewer.actions_by_name["rotateRight"].isEnabled()
    assert not viewer.actions_by_name["redactRegion"].isEnabled()
    viewer.show_photo(second[0])  # the damaged one
    assert "damaged" in viewer.problem_label.text()
    third = next(i for i in rows if i not in (first[0], second[0]))
    viewer.show_photo(third)  # a healthy photo: no message, edits back
    assert not viewer.problem_label.isVisibleTo(viewer)
    assert viewer.actions_by_name["rotateRight"].isEnabled()
    assert viewer.canvas.image_size()[0] > 0
    assert shown == []
