"""Photos that arrive already "stored" (in a bundle) go through the same pipeline as any other.

A bundle's ``photos/<sha256>.jpg`` is normally the exporting library's stored
JPEG: upright, downscaled, without metadata. But a bundle is just a zip anyone
can write, and bundled photos used to be stored as they came — GPS position
and camera data included, never downscaled — while docs/photos.md promises
that every photo loses its metadata. So: a photo already in stored form
(a baseline JPEG with no metadata segments, within the size limit) keeps its
bytes, so a bundle round trip stays byte-identical; anything else goes
through :func:`~lessonstudy.imaging.pipeline.process_photo`. The thumbnail is
always made here from the image: a bundle's own thumbnail is never trusted
(junk bytes and a 30000×30000 PNG were stored unchecked).
"""

from __future__ import annotations

import hashlib
import struct

from lessonstudy.domain.errors import ImageError
from lessonstudy.imaging.decode import MAX_PIXELS, decode_photo
from lessonstudy.imaging.pipeline import (
    DEFAULT_MAX_EDGE,
    DEFAULT_THUMB_EDGE,
    ProcessedPhoto,
    process_photo,
)
from lessonstudy.imaging.render import make_thumbnail, to_rgb

_JFIF = 0xE0
_START_OF_SCAN = 0xDA


def accept_stored_photo(data: bytes, name: str, thumbnail: bytes | None = None
                        ) -> ProcessedPhoto:
    """The photo as the library stores it; raises ``PhotoRejectedError`` for a bad file.

    ``thumbnail`` (the bundle's) is kept only when it is itself a metadata-free JPEG
    of thumbnail size and the photo's shape; otherwise a new one is made.
    """
    if not _only_jfif_header(data):
        return process_photo(data, name=name)
    decoded = decode_photo(data, name, long_edge=DEFAULT_THUMB_EDGE, pixel_limit=MAX_PIXELS)
    if decoded.source_format != "JPEG":
        decoded.image.close()
        return process_photo(data, name=name)
    width, height = _full_size(decoded.image.size, data)
    if max(width, height) > DEFAULT_MAX_EDGE or decoded.image.mode not in ("RGB", "L"):
        decoded.image.close()
        return process_photo(data, name=name)
    if thumbnail is None or not _fits_as_thumbnail(thumbnail, name, width, height):
        thumbnail = make_thumbnail(to_rgb(decoded.image), DEFAULT_THUMB_EDGE)
    decoded.image.close()
    return ProcessedPhoto(image=data, thumbnail=thumbnail, width=width, height=height,
                          sha256=hashlib.sha256(data).hexdigest(), taken_at=None,
                          source_format="JPEG")


def _fits_as_thumbnail(thumbnail: bytes, name: str, width: int, height: int) -> bool:
    """A clean JPEG at most thumbnail-sized, of the photo's proportions, that decodes."""
    if not _only_jfif_header(thumbnail):
        return False
    try:
        decoded = decode_photo(thumbnail, name, pixel_limit=DEFAULT_THUMB_EDGE ** 2)
    except ImageError:
        return False
    t_width, t_height = decoded.image.size
    decoded.image.close()
    if decoded.source_format != "JPEG" or max(t_width, t_height) > DEFAULT_THUMB_EDGE:
        return False
    return abs(t_width * height - t_height * width) <= max(width, height) * 2


def _only_jfif_header(data: bytes) -> bool:
    """A JPEG whose header holds no metadata: no EXIF/XMP/ICC/Photoshop segments, no comments."""
    if not data.startswith(b"\xff\xd8"):
        return False
    offset = 2
    while offset + 4 <= len(data):
        if data[offset] != 0xFF:
            return False
        marker = data[offset + 1]
        if marker == _START_OF_SCAN:
            return True
        if (0xE0 <= marker <= 0xEF and marker != _JFIF) or marker == 0xFE:
            return False
        offset += 2 + struct.unpack(">H", data[offset + 2:offset + 4])[0]
    return False


def _full_size(decoded_size: tuple[int, int], data: bytes) -> tuple[int, int]:
    """The JPEG's own size (the decoded image may be reduced by ``draft``)."""
    offset = 2
    while offset + 9 <= len(data):
        marker = data[offset + 1]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[offset + 5:offset + 9])
            return width, height
        offset += 2 + struct.unpack(">H", data[offset + 2:offset + 4])[0]
    return decoded_size
