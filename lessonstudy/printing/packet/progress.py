"""Progress and cancel for a packet build, in steps a progress bar can show.

A build has two stages: writing each lesson's thumbnails to temporary files,
then ReportLab's layout passes (usually three, until the contents page
numbers settle). ReportLab reports every flowable it places; this turns
those events into ``progress(done, total)`` on one scale and checks the
cancel flag at each of them, so a cancel stops the build within a flowable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from lessonstudy.domain.errors import OperationCancelled

Progress = Callable[[int, int], None]

TOTAL = 1000
PHOTO_SHARE = 150
EXPECTED_PASSES = 3


class BuildProgress:
    """Maps both stages onto 0..TOTAL, reports only changes, raises on cancel."""

    def __init__(self, report: Progress | None, cancel: threading.Event | None,
                 lessons: int) -> None:
        self._report = report
        self._cancel = cancel
        self._lessons = max(1, lessons)
        self._pass = 1
        self._estimate = 1
        self._last = -1

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the user pressed Cancel."""
        if self._cancel is not None and self._cancel.is_set():
            raise OperationCancelled("The packet was cancelled; no file was written.")

    def photos_written(self, lessons_done: int) -> None:
        """Thumbnails of ``lessons_done`` lessons are on disk."""
        self.check()
        self._emit(PHOTO_SHARE * lessons_done // self._lessons)

    def reportlab(self, kind: str, value: int) -> None:
        """ReportLab's progress callback: PASS, SIZE_EST, PROGRESS, PAGE…"""
        self.check()
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._estimate = max(1, value)
        elif kind == "PROGRESS":
            share = (self._pass - 1 + min(1.0, value / self._estimate)) / EXPECTED_PASSES
            self._emit(PHOTO_SHARE + int((TOTAL - PHOTO_SHARE - 1) * min(1.0, share)))

    def done(self) -> None:
        self._emit(TOTAL)

    def _emit(self, value: int) -> None:
        value = max(value, self._last)  # a fourth pass must not move the bar backwards
        if value != self._last and self._report is not None:
            self._last = value
            self._report(value, TOTAL)
