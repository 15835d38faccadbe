"""Photo pipeline: phone photos in, upright private JPEGs and thumbnails out.

Pillow only, no Qt, no database. The GUI and CLI call :func:`process_photo`
for one file, :func:`process_many` (or a reusable :class:`PhotoBatch`) for a
batch on all cores, and :func:`rotate` / :func:`redact` to edit a stored photo.
"""

from __future__ import annotations

from lessonstudy.imaging.batch import BatchResult, PhotoBatch, PhotoSettings, process_many
from lessonstudy.imaging.decode import MAX_FILE_BYTES, MAX_PIXELS
from lessonstudy.imaging.edit import EditedPhoto, redact, rotate
from lessonstudy.imaging.pipeline import ProcessedPhoto, process_photo
from lessonstudy.imaging.problems import PhotoProblem, PhotoRejectedError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "BatchResult",
    "EditedPhoto",
    "PhotoBatch",
    "PhotoProblem",
    "PhotoRejectedError",
    "PhotoSettings",
    "ProcessedPhoto",
    "process_many",
    "process_photo",
    "redact",
    "rotate",
]
