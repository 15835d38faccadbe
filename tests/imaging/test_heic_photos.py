"""iPhone HEIC photos decode through pi_heif and come out upright and private.

pi_heif only decodes, so the real HEIC files in ``data/`` were made once with
pillow-heif (whose bundled HEVC encoder is GPL: it is never a dependency, not
even for tests). ``make_heic`` below documents how they were made; it runs only
where pillow-heif happens to be installed.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from lessonstudy.imaging import PhotoProblem, PhotoRejectedError, process_photo
from lessonstudy.imaging.formats import heif_available
from tests.imaging.photo_samples import (
    colour_at,
    is_grey,
    is_red,
    jpeg_app_markers,
    marked_image,
    phone_exif,
)

DATA = Path(__file__).parent / "data"


def make_heic(orientation: int) -> bytes:
    """An HEIC like an iPhone's: HEVC pixels, EXIF with orientation, time and GPS."""
    import pillow_heif

    heif = pillow_heif.from_pillow(marked_image())
    buffer = io.BytesIO()
    heif.save(buffer, format="HEIF", quality=90, exif=phone_exif(orientation).tobytes())
    return buffer.getvalue()


def stored_heic(orientation: int) -> bytes:
    return (DATA / f"iphone-orientation-{orientation}.heic").read_bytes()


def test_heif_opener_is_registered_with_pillow() -> None:
    assert heif_available()
    assert "HEIF" in Image.OPEN


def test_heic_is_decoded_upright_without_metadata() -> None:
    photo = process_photo(stored_heic(orientation=6), name="IMG_7001.HEIC")
    image = Image.open(io.BytesIO(photo.image))
    assert photo.source_format == "HEIF"
    assert (photo.width, photo.height) == image.size == (300, 400)
    assert is_red(colour_at(image, (260, 10, 290, 40)))
    assert is_grey(colour_at(image, (10, 10, 40, 40)))
    assert jpeg_app_markers(photo.image) == [0xE0]
    assert photo.taken_at == datetime(2024, 5, 13, 10, 22, 31)


def test_truncated_heic_is_refused() -> None:
    data = stored_heic(orientation=1)
    with pytest.raises(PhotoRejectedError) as caught:
        process_photo(data[: len(data) // 2], name="IMG_7002.HEIC")
    assert caught.value.problem is PhotoProblem.TRUNCATED
    assert str(caught.value) == "IMG_7002.HEIC: the file is truncated (incomplete download?)"
