"""One phone photo in, one tidy stored photo out.

Teachers photograph iBoards and student work with phones: 12-megapixel JPEG
or HEIC files, stored sideways with an EXIF orientation, carrying GPS. The
library keeps instead an upright, private (no metadata at all), sRGB JPEG of
at most 2560 pixels on the long side plus a small thumbnail, and remembers
the SHA-256 of the original file so the same photo is not imported twice.
No Qt and no database here: the caller stores the bytes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lessonstudy.domain.late_text import LateText
from lessonstudy.i18n import N_
from lessonstudy.imaging import problems
from lessonstudy.imaging.decode import MAX_FILE_BYTES, MAX_PIXELS, decode_photo
from lessonstudy.imaging.metadata import read_facts, turn_upright
from lessonstudy.imaging.render import encode_jpeg, fit_within, make_thumbnail, to_rgb, to_srgb

DEFAULT_MAX_EDGE = 2560
DEFAULT_THUMB_EDGE = 320
DEFAULT_QUALITY = 85

PhotoSource = Path | str | bytes | bytearray | memoryview


@dataclass(frozen=True)
class ProcessedPhoto:
    """The stored form of one photo: image and thumbnail JPEGs plus facts.

    ``width``/``height`` describe ``image`` (upright). ``sha256`` is the hex
    digest of the original file's bytes, for spotting duplicates.
    ``taken_at`` is EXIF DateTimeOriginal as naive local time, or None (the
    caller may fall back to the file's modification time).
    ``source_format`` is the Pillow id: "JPEG", "PNG", "WEBP" or "HEIF".
    """

    image: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int
    sha256: str
    taken_at: datetime | None
    source_format: str


def process_photo(
    source: PhotoSource,
    *,
    name: str = "",
    max_edge: int = DEFAULT_MAX_EDGE,
    thumb_edge: int = DEFAULT_THUMB_EDGE,
    quality: int = DEFAULT_QUALITY,
    pixel_limit: int = MAX_PIXELS,
) -> ProcessedPhoto:
    """Validate, decode, turn upright, strip, downscale and encode one photo.

    ``source`` is a file path or the file's bytes; ``name`` names it in error
    messages (default: the path's file name, or "photo").
    Raises :class:`~lessonstudy.imaging.problems.PhotoRejectedError` (an
    ``ImageError``) with a teacher-readable message for any bad file.
    """
    _check_settings(max_edge, thumb_edge, quality)
    file_name, data = read_source(source, name)
    decoded = decode_photo(data, file_name, long_edge=max_edge, pixel_limit=pixel_limit)
    facts = read_facts(decoded.image)
    icc_profile = decoded.image.info.get("icc_profile")
    pixels = fit_within(to_rgb(decoded.image), max_edge)
    pixels = turn_upright(to_srgb(pixels, icc_profile), facts.orientation)
    photo = ProcessedPhoto(
        image=encode_jpeg(pixels, quality),
        thumbnail=make_thumbnail(pixels, thumb_edge),
        width=pixels.width,
        height=pixels.height,
        sha256=hashlib.sha256(data).hexdigest(),
        taken_at=facts.taken_at,
        source_format=decoded.source_format,
    )
    decoded.image.close()
    return photo


def read_source(source: PhotoSource, name: str = "") -> tuple[str, bytes]:
    """The display name and the bytes of a photo given as a path or as bytes."""
    if isinstance(source, bytes | bytearray | memoryview):
        return name or "photo", bytes(source)
    path = Path(source)
    file_name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise problems.file_too_big(file_name, size, MAX_FILE_BYTES)
        return file_name, path.read_bytes()
    except OSError as error:
        raise problems.cannot_read(file_name, _describe(error)) from None


def _describe(error: OSError) -> LateText | str:
    """Our words for the usual reasons (translated when read), the system's for the rest."""
    if isinstance(error, FileNotFoundError):
        return LateText.of(N_("no such file"))
    if isinstance(error, IsADirectoryError):
        return LateText.of(N_("it is a folder"))
    if isinstance(error, PermissionError):
        return LateText.of(N_("permission denied"))
    return error.strerror or os.strerror(error.errno or 0) or type(error).__name__


def _check_settings(max_edge: int, thumb_edge: int, quality: int) -> None:
    if not 16 <= thumb_edge <= max_edge:
        raise ValueError(f"need 16 <= thumb_edge <= max_edge, got {thumb_edge}, {max_edge}")
    if not 1 <= quality <= 95:
        raise ValueError(f"JPEG quality must be 1-95, got {quality}")
