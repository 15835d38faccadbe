"""Process a whole folder of phone photos on every core, one report per file.

After an open class the recorder imports thirty or more iBoard photos at
once; one by one that is ten seconds of a frozen screen. Here each file is
read and processed in a worker process (paths go out, finished JPEGs come
back), results come back in the order the files were given, a bad file is
reported and skipped, progress is reported as files finish, and a cancel
stops promptly. Nothing here knows about Qt: a GUI worker thread iterates
the results and forwards them to the screen.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_for
from multiprocessing.context import BaseContext
from pathlib import Path

from lessonstudy.domain.late_text import LateText
from lessonstudy.i18n import N_
from lessonstudy.imaging.pipeline import (
    DEFAULT_MAX_EDGE,
    DEFAULT_QUALITY,
    DEFAULT_THUMB_EDGE,
    ProcessedPhoto,
    process_photo,
)
from lessonstudy.imaging.problems import PhotoProblem, PhotoRejectedError

ProgressCallback = Callable[[int, int], None]

#: How often the collecting loop looks at the cancel flag, in seconds.
CANCEL_POLL_SECONDS = 0.05
#: Files in flight or waiting to be handed back, per worker (bounds memory).
WINDOW_PER_WORKER = 4


@dataclass(frozen=True)
class PhotoSettings:
    """How photos in a batch are processed; see :func:`process_photo`."""

    max_edge: int = DEFAULT_MAX_EDGE
    thumb_edge: int = DEFAULT_THUMB_EDGE
    quality: int = DEFAULT_QUALITY


@dataclass(frozen=True)
class BatchResult:
    """What happened to one file of a batch: a photo, or a message why not.

    ``index`` is the file's position in the input. ``message`` starts with the
    file name and is written for the teacher. ``unexpected`` marks failures
    that are bugs or decoder crashes rather than bad files; ``details`` then
    holds a traceback for the log.
    """

    index: int
    path: Path
    photo: ProcessedPhoto | None = None
    message: str = ""
    problem: PhotoProblem | None = None
    unexpected: bool = False
    details: str = field(default="", repr=False)
    note: LateText | None = None  # ``message`` still to be translated, for the reader

    @property
    def text(self) -> LateText | str:
        """The message to show, translated when read when it can be."""
        return self.note or self.message

    @property
    def ok(self) -> bool:
        """True when the file became a photo."""
        return self.photo is not None


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def process_many(
    paths: Iterable[Path | str],
    *,
    workers: int | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    settings: PhotoSettings | None = None,
) -> Iterator[BatchResult]:
    """Process files in worker processes and yield one result per file, in input order.

    ``on_progress(done, total)`` is called from the iterating thread, first
    with ``done == 0``. When ``cancel`` is set (or the caller stops
    iterating), no further files are started and the iterator ends promptly;
    files already being processed are abandoned.
    """
    with PhotoBatch(workers=workers, settings=settings) as batch:
        yield from batch.run(paths, on_progress=on_progress, cancel=cancel)


class PhotoBatch:
    """A reusable pool of photo workers, so repeated imports skip start-up.

    Use it as a context manager, or call :meth:`close`. Worker processes are
    started with ``forkserver`` (or ``spawn``), never a bare ``fork``, which
    is unsafe from a program that runs threads, as a Qt GUI does.
    """

    def __init__(self, workers: int | None = None, settings: PhotoSettings | None = None) -> None:
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.workers = workers or default_workers()
        self.settings = settings or PhotoSettings()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> PhotoBatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def warm_up(self) -> None:
        """Start the workers now, without waiting: they get ready (a process each, Pillow
        imported) while the caller imports and opens the library."""
        pool = self._live_pool()
        for _ in range(self.workers):
            pool.submit(_ready)

    def close(self) -> None:
        """Stop the workers; files still running are abandoned."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def run(
        self,
        paths: Iterable[Path | str],
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[BatchResult]:
        """Like :func:`process_many`, on this batch's pool."""
        files = [Path(path) for path in paths]
        collector = _Collector(self, files, on_progress, cancel or threading.Event())
        try:
            yield from collector.results()
        finally:
            collector.abandon()

    def _submit(self, index: int, path: Path) -> Future[BatchResult]:
        try:
            return self._live_pool().submit(_process_one, index, path, self.settings)
        except BrokenProcessPool:  # a worker died since we last looked
            self._restart()
            return self._live_pool().submit(_process_one, index, path, self.settings)

    def _live_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_worker_context(),
                                             initializer=_die_with_parent)
        return self._pool

    def _restart(self) -> None:
        """Replace a pool broken by a crashed worker (e.g. a decoder fault)."""
        self.close()


class _Collector:
    """One run of a batch: keeps a bounded window of files in flight."""

    def __init__(
        self,
        batch: PhotoBatch,
        files: list[Path],
        on_progress: ProgressCallback | None,
        cancel: threading.Event,
    ) -> None:
        self.batch = batch
        self.files = files
        self.on_progress = on_progress
        self.cancel = cancel
        self.running: dict[Future[BatchResult], int] = {}
        self.ready: dict[int, BatchResult] = {}
        self.next_to_start = 0
        self.done = 0

    def results(self) -> Iterator[BatchResult]:
        total = len(self.files)
        self._report()
        next_to_yield = 0
        while next_to_yield < total and not self.cancel.is_set():
            self._start_more()
            self._collect_finished()
            while next_to_yield in self.ready and not self.cancel.is_set():
                yield self.ready.pop(next_to_yield)
                next_to_yield += 1

    def abandon(self) -> None:
        for future in self.running:
            future.cancel()
        self.running.clear()

    def _start_more(self) -> None:
        window = self.batch.workers * WINDOW_PER_WORKER
        while self.next_to_start < len(self.files) and len(self.running) + len(self.ready) < window:
            index = self.next_to_start
            self.running[self.batch._submit(index, self.files[index])] = index
            self.next_to_start += 1

    def _collect_finished(self) -> None:
        finished, _ = wait(self.running, timeout=CANCEL_POLL_SECONDS, return_when=FIRST_COMPLETED)
        if self._take(finished):
            # A dead worker breaks the whole pool: every file still in it fails
            # at once. Take those reports, then start a fresh pool for the rest.
            self._take(wait(self.running).done)
            self.batch._restart()

    def _take(self, finished: Iterable[Future[BatchResult]]) -> bool:
        """Move finished files to ``ready``; True if the pool broke."""
        broken = False
        for future in finished:
            index = self.running.pop(future)
            result, crashed = _outcome(future, index, self.files[index])
            broken = broken or crashed
            self.ready[index] = result
            self.done += 1
            self._report()
        return broken

    def _report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, len(self.files))


def _outcome(future: Future[BatchResult], index: int, path: Path) -> tuple[BatchResult, bool]:
    """The worker's result, or a failure if the worker process died."""
    try:
        return future.result(), False
    except BrokenProcessPool:
        note = LateText.of(N_("{file_name}: the photo could not be processed "
                              "(the image reader stopped)"), file_name=path.name)
        return BatchResult(index, path, message=note.render(), unexpected=True, note=note), True
    except CancelledError:
        note = LateText.of(N_("{file_name}: import cancelled"), file_name=path.name)
        return BatchResult(index, path, message=note.render(), note=note), False


def _process_one(index: int, path: Path, settings: PhotoSettings) -> BatchResult:
    """Runs in a worker process: read, process and report one file."""
    try:
        photo = process_photo(
            path,
            max_edge=settings.max_edge,
            thumb_edge=settings.thumb_edge,
            quality=settings.quality,
        )
    except PhotoRejectedError as error:
        return BatchResult(index, path, message=error.message, problem=error.problem,
                           note=error.note)
    except Exception as error:  # a bug must not sink the other files of the batch
        note = LateText.of(N_("{file_name}: the photo could not be processed "
                              "(unexpected {error})"),
                           file_name=path.name, error=type(error).__name__)
        return BatchResult(index, path, message=note.render(), unexpected=True,
                           details=traceback.format_exc(), note=note)
    return BatchResult(index, path, photo=photo)


def _ready() -> None:
    """A worker's first task when warmed up: nothing, once its process is running."""


def _die_with_parent() -> None:
    """Runs in each worker: exit as soon as the program that started the pool is gone.

    A ``photos add`` killed with ``kill -9`` (or a crashed window) used to leave
    its workers decoding photos nobody would store (24 of 29 trials, ~157 MB).
    The parent's sentinel becomes ready when the parent exits for any reason.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait_for([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["lessonstudy.imaging.pipeline"])
        return context
    return multiprocessing.get_context("spawn")
