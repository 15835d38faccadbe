"""Put JPEG photos (iBoards, classroom moments) into PDFs without the slow paths.

ReportLab copies a JPEG *file* straight into the PDF, but an image handed over
as ``BytesIO`` is decoded and re-compressed: 7.6 s and 2.3 GB for a 24-photo
report (DESIGN §8). Photos stored as bytes in the library are therefore
written to a per-document temporary folder first and placed by path.

Usage::

    with PhotoFiles() as photos:
        story.append(photos.image(jpeg_bytes, max_width=8 * cm, max_height=6 * cm))
        build_pdf(out, story, meta)      # build inside the ``with``: files are read late

The JPEGs must already be upright (ReportLab ignores EXIF orientation); the
imaging package stores them that way.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PIL import Image as PILImage
from reportlab.platypus import Image

from lessonstudy.domain.errors import ImageError
from lessonstudy.i18n import N_


@dataclass(frozen=True)
class PlacedSize:
    """Printed width and height in points of a photo scaled to fit a box."""

    width: float
    height: float


def fit_within(pixels: tuple[int, int], max_width: float, max_height: float) -> PlacedSize:
    """Scale (width, height) to fit the box, keeping the aspect ratio."""
    width, height = pixels
    if width <= 0 or height <= 0:
        raise ImageError(N_("The photo has no size."))
    scale = min(max_width / width, max_height / height)
    return PlacedSize(width * scale, height * scale)


def jpeg_pixels(path: Path) -> tuple[int, int]:
    """Pixel size from the JPEG header (the image is not decoded)."""
    try:
        with PILImage.open(path) as image:
            if image.format != "JPEG":
                raise ImageError(N_("{name} is not a JPEG photo."), name=path.name)
            return image.size
    except (OSError, SyntaxError) as error:
        raise ImageError(N_("{name} cannot be read as a photo: {error}"),
                         name=path.name, error=error) from error


class PhotoFiles:
    """A temporary folder holding one document's photos as files while it builds."""

    def __init__(self) -> None:
        self._dir: Path | None = None

    def __enter__(self) -> PhotoFiles:
        self._dir = Path(tempfile.mkdtemp(prefix="lessonstudy-pdf-"))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Delete the folder and the photos in it."""
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def path_for(self, jpeg: bytes) -> Path:
        """Write the JPEG bytes to a file (once per distinct photo) and return its path."""
        if self._dir is None:
            raise RuntimeError("PhotoFiles must be used inside a 'with' block")
        path = self._dir / f"{hashlib.sha256(jpeg).hexdigest()[:32]}.jpg"
        if not path.exists():
            path.write_bytes(jpeg)
        return path

    def image(self, jpeg: bytes | Path, max_width: float, max_height: float) -> Image:
        """A flowable of the photo scaled to fit the box, placed by file path."""
        return photo_image(jpeg if isinstance(jpeg, Path) else self.path_for(jpeg),
                           max_width, max_height)


def photo_image(path: Path, max_width: float, max_height: float) -> Image:
    """A flowable of a JPEG that is already a file, scaled to fit the box."""
    size = fit_within(jpeg_pixels(path), max_width, max_height)
    return Image(str(path), width=size.width, height=size.height)
