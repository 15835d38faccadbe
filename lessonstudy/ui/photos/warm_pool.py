"""One pool of photo workers for the whole session.

Starting worker processes costs 0.3-1 s, a third of a 16-photo import on a
2-core laptop (bench/photo_library_import.py: 5.6 photos/s with a pool per
import, 8.3/s warm). The window therefore keeps one pool, started on the first
import and stopped when the application quits.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from lessonstudy.imaging import PhotoBatch, PhotoSettings

_lock = threading.Lock()
_batch: PhotoBatch | None = None


def shared_batch(settings: PhotoSettings) -> PhotoBatch:
    """The session's pool for ``settings`` (a new one if the photo settings changed)."""
    global _batch
    with _lock:
        if _batch is not None and _batch.settings != settings:
            _batch.close()
            _batch = None
        if _batch is None:
            _batch = PhotoBatch(settings=settings)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(close_shared_batch)
        return _batch


def close_shared_batch() -> None:
    """Stop the workers (at quit); the next import starts a new pool."""
    global _batch
    with _lock:
        if _batch is not None:
            _batch.close()
            _batch = None
