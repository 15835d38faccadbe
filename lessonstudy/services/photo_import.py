"""Import phone photos into a teaching: decode on every core, store each photo on its own.

After an open class the recorder drops thirty iBoard photos in at once, and
one of them is always a half-copied file. So: the target (teaching, group,
segment) is checked first, before any decoding; the files are decoded in the
imaging process pool, outside any transaction; then each good photo is stored
in one short transaction of its own (photo row and image bytes together, so
a failure never leaves half a photo), on a storing thread that overlaps with
the decoding of the next files. A bad file is reported and the rest go
on; a photo already in the teaching (same SHA-256 of the original file) is
skipped as "already imported"; a cancel keeps what was stored so far.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import LessonStudyError, ValidationError
from lessonstudy.domain.late_text import LateText
from lessonstudy.domain.limits import MAX_PHOTOS_PER_IMPORT
from lessonstudy.i18n import N_
from lessonstudy.imaging import BatchResult, PhotoBatch, PhotoSettings, ProcessedPhoto
from lessonstudy.imaging.batch import default_workers
from lessonstudy.imaging.pipeline import PhotoSource, process_photo
from lessonstudy.imaging.problems import PhotoRejectedError
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.photo_links import checked_fields, find_group, find_segment
from lessonstudy.services.photo_records import (
    ImportOutcome,
    ImportReport,
    ImportStatus,
    ImportTarget,
    PhotoFields,
)
from lessonstudy.services.photo_rows import teaching_row
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Photo, PhotoData

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def resolve_target(
    library: Library,
    teaching: str | int,
    *,
    group: str | None = None,
    segment: str | None = None,
    group_label: str = "",
) -> ImportTarget:
    """The target named the way people name things (ids, titles, names, segment numbers)."""
    with library.unit_of_work() as session:
        row = find_teaching(session, teaching)
        group_id = find_group(session, row, group) if group else None
        segment_id = find_segment(session, row, segment) if segment else None
        return _checked(session, ImportTarget(row.id, group_id, group_label, segment_id))


def check_target(library: Library, target: ImportTarget) -> ImportTarget:
    """``target`` tidied, or an error if its teaching, group or segment does not fit."""
    with library.unit_of_work() as session:
        return _checked(session, target)


def import_photos(
    library: Library,
    target: ImportTarget,
    paths: Iterable[Path | str],
    *,
    settings: PhotoSettings | None = None,
    batch: PhotoBatch | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import files into ``target``; every file gets an outcome, in the order given.

    A target that does not fit raises before any file is read. A single file
    is decoded in the calling thread (no pool to start); more go to
    ``batch`` or a pool of ``workers`` processes started for this import.
    """
    files = [Path(path) for path in paths]
    if len(files) > MAX_PHOTOS_PER_IMPORT:
        raise ValidationError(N_("{count:,} files is more than the "
                                 "{limit:,} photos one import may bring; "
                                 "nothing was imported. Choose the photos of the lesson, or "
                                 "import them in parts."),
                              count=len(files), limit=MAX_PHOTOS_PER_IMPORT)
    target = check_target(library, target)
    cancel = cancel or threading.Event()
    # Storing runs on a thread of its own, so the next files are collected (and new
    # ones handed to the pool) while a photo is being written and synced to disk.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="photo-store") as storer:
        stored = [
            storer.submit(_store_result, library, target, result)
            for result in _results(files, settings, batch, workers, progress, cancel)
        ]
    outcomes = [future.result() for future in stored]
    outcomes += [
        ImportOutcome(path, ImportStatus.CANCELLED,
                      LateText.of(N_("{file_name}: not imported (cancelled)"),
                                  file_name=path.name))
        for path in files[len(outcomes) :]
    ]
    if progress is not None and not cancel.is_set():
        progress(len(files), len(files))
    return ImportReport(tuple(outcomes))


def import_photo(
    library: Library, target: ImportTarget, source: PhotoSource, name: str = ""
) -> ImportOutcome:
    """Import one photo (a path or the file's bytes) in the calling thread.

    For callers that have one picture at hand, e.g. a photo attached to a
    live note. A bad picture is an outcome with status FAILED, not an error.
    """
    target = check_target(library, target)
    path = Path(name) if isinstance(source, bytes | bytearray | memoryview) else Path(source)
    try:
        photo = process_photo(source, name=name)
    except PhotoRejectedError as error:
        return ImportOutcome(path, ImportStatus.FAILED, error.note, problem=str(error.problem))
    return store_photo(library, target, photo, path)


def store_photo(
    library: Library, target: ImportTarget, photo: ProcessedPhoto, path: Path
) -> ImportOutcome:
    """Store one processed photo in one transaction, unless the teaching has it already."""
    try:
        with library.unit_of_work() as session:
            existing = _existing(session, target.teaching_id, photo.sha256)
            if existing is not None:
                return _duplicate(path, existing)
            row = Photo(
                teaching_id=target.teaching_id,
                group_id=target.group_id,
                group_label=target.group_label,
                segment_id=target.segment_id,
                caption="",
                taken_at=photo.taken_at or _file_time(path),
                width=photo.width,
                height=photo.height,
                sha256=photo.sha256,
                original_name=path.name[:300],
            )
            session.add(row)
            session.flush()
            name = photo_store.of(session).put(session, photo.image)  # on disk before commit
            session.add(PhotoData(photo_id=row.id, image_sha256=name, thumbnail=photo.thumbnail))
            photo_id = row.id
    except IntegrityError:  # another machine stored the same photo a moment ago
        with library.unit_of_work() as session:
            existing = _existing(session, target.teaching_id, photo.sha256)
        if existing is None:
            raise
        return _duplicate(path, existing)
    imported = LateText.of(N_("{file_name}: imported"), file_name=path.name)
    return ImportOutcome(path, ImportStatus.IMPORTED, imported, photo_id)


def _results(
    files: list[Path],
    settings: PhotoSettings | None,
    batch: PhotoBatch | None,
    workers: int | None,
    progress: Progress | None,
    cancel: threading.Event,
) -> Iterator[BatchResult]:
    if batch is not None:
        yield from batch.run(files, on_progress=progress, cancel=cancel)
        return
    if len(files) == 1:
        yield from _in_this_thread(files[0], settings or PhotoSettings(), progress, cancel)
        return
    count = min(workers or default_workers(), max(1, len(files)))
    with PhotoBatch(workers=count, settings=settings) as own:
        yield from own.run(files, on_progress=progress, cancel=cancel)


def _in_this_thread(
    path: Path, settings: PhotoSettings, progress: Progress | None, cancel: threading.Event
) -> Iterator[BatchResult]:
    if progress is not None:
        progress(0, 1)
    if cancel.is_set():
        return
    try:
        photo = process_photo(
            path, max_edge=settings.max_edge, thumb_edge=settings.thumb_edge,
            quality=settings.quality,
        )
    except PhotoRejectedError as error:
        yield BatchResult(0, path, message=error.message, problem=error.problem,
                          note=error.note)
        return
    yield BatchResult(0, path, photo=photo)


def _store_result(library: Library, target: ImportTarget, result: BatchResult) -> ImportOutcome:
    if result.photo is None:
        if result.unexpected:
            log.error("photo import failed unexpectedly: %s\n%s", result.path, result.details)
        problem = str(result.problem) if result.problem is not None else None
        return ImportOutcome(result.path, ImportStatus.FAILED, result.text, problem=problem)
    try:
        return store_photo(library, target, result.photo, result.path)
    except LessonStudyError as error:  # e.g. the library is busy: report it, keep going
        message = LateText.of(N_("{file_name}: could not be stored ({reason})"),
                              file_name=result.path.name, reason=error)
        return ImportOutcome(result.path, ImportStatus.FAILED, message)


def _checked(session: Session, target: ImportTarget) -> ImportTarget:
    teaching = teaching_row(session, target.teaching_id)
    wanted = PhotoFields("", target.group_id, target.group_label, target.segment_id)
    fields = checked_fields(session, teaching, wanted, N_("The photos cannot be filed there."))
    return ImportTarget(teaching.id, fields.group_id, fields.group_label, fields.segment_id)


def _existing(session: Session, teaching_id: int, sha256: str) -> int | None:
    return session.scalar(
        select(Photo.id).where(Photo.teaching_id == teaching_id, Photo.sha256 == sha256)
    )


def _duplicate(path: Path, photo_id: int) -> ImportOutcome:
    message = LateText.of(N_("{file_name}: already imported (skipped)"), file_name=path.name)
    return ImportOutcome(path, ImportStatus.DUPLICATE, message, photo_id)


def _file_time(path: Path) -> datetime | None:
    """When the file was last changed, as local wall-clock time (like EXIF times)."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError):
        return None
