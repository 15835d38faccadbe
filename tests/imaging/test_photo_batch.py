"""A folder of photos is processed on all cores, one report per file, cancellable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from lessonstudy.imaging import BatchResult, PhotoBatch, PhotoProblem, PhotoSettings, process_many
from lessonstudy.imaging import batch as batch_module
from tests.imaging.photo_samples import PhotoFactory, encode, marked_image

Writer = Callable[[str, bytes], Path]


@pytest.fixture
def mixed_folder(phone_jpeg: PhotoFactory, write: Writer, tmp_path: Path) -> list[Path]:
    """Good photos and every kind of bad file, in a known order."""
    good = phone_jpeg(orientation=6)
    return [
        write("IMG_0001.jpg", good),
        write("IMG_0002.jpg", b""),
        write("notes.txt", b"observer notes, not a photo\n" * 10),
        write("board.png", encode(marked_image(), "PNG")),
        write("IMG_0003.jpg", good[: len(good) // 2]),
        tmp_path / "IMG_0004.jpg",  # does not exist
        write("scan.gif", encode(marked_image(), "GIF")),
        write("IMG_0005.jpg", phone_jpeg(size=(800, 600))),
    ]


def test_every_file_is_reported_in_input_order(mixed_folder: list[Path]) -> None:
    results = list(process_many(mixed_folder, workers=2))
    assert [result.index for result in results] == list(range(len(mixed_folder)))
    assert [result.path for result in results] == mixed_folder
    assert [result.ok for result in results] == [
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
    ]
    assert [result.problem for result in results if not result.ok] == [
        PhotoProblem.EMPTY,
        PhotoProblem.NOT_AN_IMAGE,
        PhotoProblem.TRUNCATED,
        PhotoProblem.UNREADABLE,
        PhotoProblem.UNSUPPORTED,
    ]
    for result in results:
        assert result.message.startswith(result.path.name) or result.ok
        assert not result.unexpected


def test_good_results_carry_the_processed_photo(mixed_folder: list[Path]) -> None:
    first = next(iter(process_many(mixed_folder[:1], workers=1)))
    assert first.photo is not None
    assert (first.photo.width, first.photo.height) == (300, 400)
    assert first.photo.source_format == "JPEG"


def test_settings_reach_the_workers(mixed_folder: list[Path]) -> None:
    settings = PhotoSettings(max_edge=200, thumb_edge=50, quality=70)
    [result] = process_many(mixed_folder[-1:], workers=1, settings=settings)
    assert result.photo is not None
    assert (result.photo.width, result.photo.height) == (200, 150)


def test_progress_counts_up_to_the_total(mixed_folder: list[Path]) -> None:
    calls: list[tuple[int, int]] = []
    results = list(process_many(mixed_folder, workers=2, on_progress=lambda *c: calls.append(c)))
    total = len(mixed_folder)
    assert len(results) == total
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == list(range(total + 1))


def test_cancel_stops_early(phone_jpeg: PhotoFactory, write: Writer) -> None:
    data = phone_jpeg(size=(1600, 1200))
    files = [write(f"IMG_{number:04}.jpg", data) for number in range(40)]
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []
    received: list[BatchResult] = []
    for result in process_many(
        files, workers=2, cancel=cancel, on_progress=lambda *c: calls.append(c)
    ):
        received.append(result)
        cancel.set()
    assert len(received) == 1
    assert received[0].index == 0
    assert calls[-1][0] < len(files)


def test_cancel_before_start_processes_nothing(mixed_folder: list[Path]) -> None:
    cancel = threading.Event()
    cancel.set()
    calls: list[tuple[int, int]] = []
    results = list(
        process_many(mixed_folder, cancel=cancel, on_progress=lambda *c: calls.append(c))
    )
    assert results == []
    assert calls == [(0, len(mixed_folder))]


def test_a_batch_pool_is_reusable_after_the_caller_stops_early(mixed_folder: list[Path]) -> None:
    with PhotoBatch(workers=2) as batch:
        for result in batch.run(mixed_folder):
            assert result.index == 0
            break
        second = list(batch.run(mixed_folder))
    assert [result.index for result in second] == list(range(len(mixed_folder)))


def test_nothing_to_do() -> None:
    calls: list[tuple[int, int]] = []
    assert list(process_many([], on_progress=lambda *c: calls.append(c))) == []
    assert calls == [(0, 0)]


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="workers"):
        PhotoBatch(workers=0)


def test_workers_never_fork_a_threaded_program() -> None:
    assert batch_module._worker_context().get_start_method() in ("forkserver", "spawn")


def test_a_bug_in_one_file_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(batch_module, "process_photo", broken)
    result = batch_module._process_one(3, tmp_path / "IMG_9.jpg", PhotoSettings())
    assert (result.index, result.ok, result.unexpected) == (3, False, True)
    assert result.message == "IMG_9.jpg: the photo could not be processed (unexpected KeyError)"
    assert "KeyError" in result.details


def test_a_crashed_worker_fails_its_file_and_asks_for_a_new_pool(tmp_path: Path) -> None:
    future: Future[BatchResult] = Future()
    future.set_exception(BrokenProcessPool("worker died"))
    result, crashed = batch_module._outcome(future, 5, tmp_path / "IMG_5.HEIC")
    assert crashed
    assert (result.index, result.ok, result.unexpected) == (5, False, True)
    assert result.message.startswith("IMG_5.HEIC: the photo could not be processed")


class _CrashingBatch:
    """Stands in for PhotoBatch: the first two files crash the pool, the rest work."""

    workers = 1

    def __init__(self) -> None:
        self.restarts = 0

    def _submit(self, index: int, path: Path) -> Future[BatchResult]:
        future: Future[BatchResult] = Future()
        if index < 2:
            future.set_exception(BrokenProcessPool("worker died"))
        else:
            future.set_result(BatchResult(index, path, message="fine"))
        return future

    def _restart(self) -> None:
        self.restarts += 1


def test_after_a_crash_the_batch_restarts_and_carries_on(tmp_path: Path) -> None:
    fake = _CrashingBatch()
    files = [tmp_path / f"IMG_{number}.HEIC" for number in range(6)]
    collector = batch_module._Collector(fake, files, None, threading.Event())  # type: ignore[arg-type]
    results = list(collector.results())
    assert [result.index for result in results] == list(range(6))
    assert [result.unexpected for result in results] == [True, True, False, False, False, False]
    assert fake.restarts >= 1
