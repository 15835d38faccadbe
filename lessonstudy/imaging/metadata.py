"""The two facts we keep from a photo's EXIF before throwing the rest away.

Phones store pictures sideways and record which way is up in the EXIF
orientation tag; ReportLab ignores that tag, so we turn the pixels instead.
The moment the shutter fired (DateTimeOriginal) places a photo in the lesson
timeline. Everything else, GPS position included, is dropped on purpose.
Broken metadata is never fatal: a photo with unreadable EXIF is still a photo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PIL import ExifTags, Image

_ORIENTATION = ExifTags.Base.Orientation
_DATETIME_ORIGINAL = ExifTags.Base.DateTimeOriginal
_DATE_FORMATS = ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M")

#: What to do to the pixels for each EXIF orientation value (1 means nothing).
_UPRIGHT_STEPS: dict[int, tuple[Image.Transpose, ...]] = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


@dataclass(frozen=True)
class PhotoFacts:
    """What we read from the metadata: which way is up and when it was taken."""

    orientation: int = 1
    taken_at: datetime | None = None

    @property
    def swaps_sides(self) -> bool:
        """True when turning the photo upright exchanges width and height."""
        return self.orientation in (5, 6, 7, 8)


def read_facts(image: Image.Image) -> PhotoFacts:
    """Orientation and capture time from an opened (not yet decoded) image."""
    try:
        exif = image.getexif()
        orientation = _valid_orientation(exif.get(_ORIENTATION))
        exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
        taken_at = parse_exif_datetime(exif_ifd.get(_DATETIME_ORIGINAL))
    except Exception:  # metadata is optional: any parse failure means "none"
        return PhotoFacts()
    return PhotoFacts(orientation=orientation, taken_at=taken_at)


def turn_upright(image: Image.Image, orientation: int) -> Image.Image:
    """Apply the EXIF orientation to the pixels (cheapest after downscaling)."""
    for step in _UPRIGHT_STEPS.get(orientation, ()):
        image = image.transpose(step)
    return image


def parse_exif_datetime(value: object) -> datetime | None:
    """``"2024:05:13 10:22:31"`` to a naive local datetime; junk gives None."""
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if not isinstance(value, str):
        return None
    text = value.strip("\x00 \t\r\n")[:19]
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None


def _valid_orientation(value: object) -> int:
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    return 1
