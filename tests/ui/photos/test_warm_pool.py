"""The window keeps one photo worker pool per session and photo settings."""

from __future__ import annotations

from lessonstudy.imaging import PhotoSettings
from lessonstudy.ui.photos.warm_pool import close_shared_batch, shared_batch


def test_imports_share_one_pool_until_settings_change(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        first = shared_batch(PhotoSettings())
        assert shared_batch(PhotoSettings()) is first
        smaller = shared_batch(PhotoSettings(max_edge=1600))
        assert smaller is not first and smaller.settings.max_edge == 1600
        close_shared_batch()
        assert shared_batch(PhotoSettings(max_edge=1600)) is not smaller
    finally:
        close_shared_batch()
