"""Photo pipeline: phone photos in, upright private JPEGs and thumbnails out.

Pillow only, no Qt, no database. The GUI and CLI call :func:`process_photo`
for one file, :func:`process_many` for a batch on all cores, and the
functions in :mod:`lessonstudy.imaging.edit` to rotate or redact later.
"""

from __future__ import annotations

from lessonstudy.imaging.decode import MAX_FILE_BYTES, MAX_PIXELS
from lessonstudy.imaging.pipeline import ProcessedPhoto, process_photo
from lessonstudy.imaging.problems import PhotoProblem, PhotoRejectedError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "PhotoProblem",
    "PhotoRejectedError",
    "ProcessedPhoto",
    "process_photo",
]
