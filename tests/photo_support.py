"""Photo files for the photo service, CLI and gallery tests, generated on the spot.

A folder of "phone photos" as a recorder brings back from an open class:
small marked JPEGs with EXIF orientation, capture time and GPS, plus the bad
files that always turn up (empty, truncated, not a picture, a bomb, a GIF).
"""

from __future__ import annotations

import os
import struct
from datetime import datetime
from pathlib import Path

from PIL import Image

from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, Photo, PhotoData
from tests.imaging.photo_samples import encode, marked_image, phone_exif, png_header_only

#: A day and time no generated file has by accident, for the modification-time fallback.
MTIME = datetime(2025, 3, 14, 9, 26, 53)


def phone_photo(
    folder: Path,
    name: str,
    *,
    orientation: int | None = 1,
    size: tuple[int, int] = (400, 300),
    shade: int = 0,
    gps: bool = True,
    taken: str = "2024:05:13 10:22:31",
) -> Path:
    """A marked JPEG with phone EXIF; ``shade`` makes each photo's bytes different."""
    image = marked_image(size)
    if shade:
        image.paste((128, 128 + shade % 100, 128), (size[0] - 20, size[1] - 20, size[0], size[1]))
    path = folder / name
    path.write_bytes(
        encode(image, "JPEG", quality=92, exif=phone_exif(orientation, gps=gps, taken=taken))
    )
    return path


def bad_files(folder: Path) -> dict[str, Path]:
    """One file per kind of problem, keyed by the imaging problem code.

    "unreadable" is a corrupt JPEG (a damaged scan header) that some decoders
    call truncated instead; callers accept either for it.
    """
    good = encode(marked_image((300, 200)), "JPEG", quality=90)
    damaged = bytearray(good)
    scan = damaged.index(b"\xff\xda")
    damaged[scan + 2 : scan + 4] = struct.pack(">H", 2)  # an impossible scan header
    files = {
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "not_an_image": b"Group A notes: pupils worked well.\n" * 20,
        "too_large": png_header_only(60_000, 60_000),
        "unsupported": encode(marked_image((60, 40)), "GIF"),
        "unreadable": bytes(damaged),
    }
    names = {
        "empty": "IMG_EMPTY.jpg",
        "truncated": "IMG_CUT.jpg",
        "not_an_image": "notes.txt",
        "too_large": "bomb.png",
        "unsupported": "sticker.gif",
        "unreadable": "IMG_CORRUPT.jpg",
    }
    paths = {}
    for problem, data in files.items():
        path = folder / names[problem]
        path.write_bytes(data)
        paths[problem] = path
    return paths


def set_mtime(path: Path, when: datetime = MTIME) -> None:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))


def counts(library: Library) -> tuple[int, int, int]:
    """Rows in photos, photo_data and key_ideas: proof of what was (not) stored."""
    from sqlalchemy import func, select

    with library.unit_of_work() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Photo, PhotoData, KeyIdea)
        )


def stored_image(library: Library, photo_id: int) -> Image.Image:
    import io

    with library.unit_of_work() as session:
        data = photo_store.of(session).get(session,
                                           session.get_one(PhotoData, photo_id).image_sha256)
    image = Image.open(io.BytesIO(data), formats=["JPEG"])
    image.load()
    return image
