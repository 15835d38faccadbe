"""Progress and cancel for a packet build, in steps a progress bar can show.

The packet is laid out in one pass, lesson by lesson; each lesson's
thumbnails are fetched as its pages are made. The bar moves a step per
lesson. ReportLab reports every flowable it places; each of those events
checks the cancel flag, so a cancel stops the build within a flowable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from lessonstudy.domain.errors import OperationCancelled
from lessonstudy.i18n import N_

Progress = Callable[[int, int], None]

TOTAL = 1000
FRONT_SHARE = 20
"""The part of the bar the cover, contents and summary take (before the first lesson)."""


class BuildProgress:
    """Maps lessons laid out onto 0..TOTAL, reports only changes, raises on cancel."""

    def __init__(self, report: Progress | None, cancel: threading.Event | None,
                 lessons: int) -> None:
        self._report = report
        self._cancel = cancel
        self._lessons = max(1, lessons)
        self._started = 0
        self._last = -1

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the user pressed Cancel."""
        if self._cancel is not None and self._cancel.is_set():
            raise OperationCancelled(N_("The packet was cancelled; no file was written."))

    def lesson_started(self) -> None:
        """Layout has reached the next lesson (its thumbnails are fetched now)."""
        self.check()
        self._started += 1
        share = (self._started - 1) / self._lessons
        self._emit(FRONT_SHARE + int((TOTAL - FRONT_SHARE - 1) * share))

    def reportlab(self, kind: str, value: int) -> None:
        """ReportLab's progress callback (PASS, PAGE, PROGRESS…): a chance to cancel."""
        self.check()

    def done(self) -> None:
        self._emit(TOTAL)

    def _emit(self, value: int) -> None:
        value = max(value, self._last)
        if value != self._last and self._report is not None:
            self._last = value
            self._report(value, TOTAL)
