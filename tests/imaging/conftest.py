"""Fixtures for the imaging tests; the pictures come from ``photo_samples``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.imaging.photo_samples import PhotoFactory, encode, marked_image, phone_exif


@pytest.fixture
def phone_jpeg() -> PhotoFactory:
    """Factory: a marked JPEG with phone EXIF (orientation, GPS, capture time)."""

    def make(
        size: tuple[int, int] = (400, 300), orientation: int | None = 1, **exif_args: object
    ) -> bytes:
        exif = phone_exif(orientation, **exif_args)  # type: ignore[arg-type]
        return encode(marked_image(size), "JPEG", quality=92, exif=exif)

    return make


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Factory: write bytes to a named file in the test's temp folder."""

    def make(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make
