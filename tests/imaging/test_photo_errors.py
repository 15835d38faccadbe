"""Every bad file is refused with a message naming it and saying what is wrong."""

from __future__ import annotations

import io
import pickle
import random
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from lessonstudy.domain.errors import ImageError
from lessonstudy.imaging import (
    MAX_PIXELS,
    PhotoProblem,
    PhotoRejectedError,
    process_photo,
)
from lessonstudy.imaging.formats import ACCEPTED_FORMATS, heif_available, sniff
from tests.imaging.photo_samples import (
    PhotoFactory,
    encode,
    jpeg_claiming,
    marked_image,
    png_header_only,
)

TRUNCATED = "the file is truncated (incomplete download?)"


def refuse(source: bytes | Path, name: str = "IMG_001.jpg", **options: int) -> PhotoRejectedError:
    with pytest.raises(PhotoRejectedError) as caught:
        process_photo(source, name=name, **options)
    return caught.value


def test_empty_file() -> None:
    error = refuse(b"")
    assert error.problem is PhotoProblem.EMPTY
    assert str(error) == "IMG_001.jpg: the file is empty (0 bytes)"


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.1])
def test_truncated_jpeg_is_an_error_not_a_grey_photo(phone_jpeg: PhotoFactory, keep: float) -> None:
    data = phone_jpeg(size=(800, 600))
    error = refuse(data[: int(len(data) * keep)])
    assert error.problem is PhotoProblem.TRUNCATED
    assert str(error) == f"IMG_001.jpg: {TRUNCATED}"


def test_jpeg_cut_inside_its_header(phone_jpeg: PhotoFactory) -> None:
    error = refuse(phone_jpeg()[:120])
    assert error.problem is PhotoProblem.TRUNCATED


@pytest.mark.parametrize(("fmt", "name"), [("PNG", "board.png"), ("WEBP", "board.webp")])
def test_truncated_png_and_webp(fmt: str, name: str) -> None:
    data = encode(Image.effect_noise((300, 300), 40).convert("RGB"), fmt)
    error = refuse(data[: len(data) // 2], name=name)
    assert error.problem is PhotoProblem.TRUNCATED
    assert str(error) == f"{name}: {TRUNCATED}"


def test_random_bytes_are_not_a_photo() -> None:
    error = refuse(random.Random(7).randbytes(5000), name="DSC_0042.jpg")
    assert error.problem is PhotoProblem.NOT_AN_IMAGE
    assert str(error) == (
        "DSC_0042.jpg: this is not a photo (expected a JPEG, PNG, WebP or HEIC image)"
    )


def test_text_file_is_not_a_photo(write: Callable[[str, bytes], Path]) -> None:
    path = write("notes.txt", "Group A: pupils compared fractions 分數\n".encode() * 20)
    error = refuse(path, name="")
    assert error.problem is PhotoProblem.NOT_AN_IMAGE
    assert str(error).startswith("notes.txt: this is not a photo")


@pytest.mark.parametrize(
    ("fmt", "label"),
    [("GIF", "GIF"), ("BMP", "BMP"), ("TIFF", "TIFF (or camera RAW)")],
)
def test_formats_pillow_could_read_are_refused(fmt: str, label: str) -> None:
    error = refuse(encode(marked_image(), fmt), name=f"scan.{fmt.lower()}")
    assert error.problem is PhotoProblem.UNSUPPORTED
    assert str(error) == (
        f"scan.{fmt.lower()}: {label} pictures are not accepted; "
        "save it as JPEG, PNG, WebP or HEIC first"
    )


def test_pillow_is_only_offered_our_formats() -> None:
    assert ACCEPTED_FORMATS == ("JPEG", "PNG", "WEBP", "HEIF")


def test_png_bomb_header_is_refused_before_decoding() -> None:
    error = refuse(png_header_only(100_000, 100_000), name="huge.png")
    assert error.problem is PhotoProblem.TOO_LARGE
    assert str(error).startswith("huge.png: the picture is too large to import")


def test_picture_over_our_limit_but_under_pillows(phone_jpeg: PhotoFactory) -> None:
    error = refuse(jpeg_claiming(phone_jpeg(), 9000, 9000), name="pano.jpg")
    assert error.problem is PhotoProblem.TOO_LARGE
    assert str(error) == (
        "pano.jpg: the picture is too large to import "
        "(9000 × 9000 pixels, 81 megapixels; the limit is 64 megapixels)"
    )
    assert MAX_PIXELS < 9000 * 9000


def test_a_header_claiming_108_megapixels_over_a_small_picture_is_refused(
        phone_jpeg: PhotoFactory) -> None:
    """Over Pillow's warning threshold (~89 MP) but under its error, with far too few bytes.

    It read "it claims an enormous number of pixels"; a real 108 MP photo imports
    (test_a_real_108_megapixel_phone_photo_imports_at_a_reduced_scale)."""
    error = refuse(jpeg_claiming(phone_jpeg(), 12000, 9000), name="IMG_108MP.jpg")
    assert error.problem is PhotoProblem.TOO_LARGE
    assert str(error) == (
        "IMG_108MP.jpg: the picture is too large to import "
        "(12000 × 9000 pixels, 108 megapixels; the limit is 64 megapixels)"
    )


@pytest.mark.heavy
def test_a_real_108_megapixel_phone_photo_imports_at_a_reduced_scale() -> None:
    """Phones' 108 MP mode: libjpeg decodes a quarter scale, so the limit is not met."""
    page = Image.new("L", (12000, 9000), 200)
    page.paste(0, (1000, 1000, 11000, 1500))  # a dark bar, to see it survive the scaling
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=80)
    page.close()
    photo = process_photo(buffer.getvalue(), name="IMG_108MP.jpg")
    assert (photo.width, photo.height) == (2560, 1920)
    with Image.open(io.BytesIO(photo.image)) as stored:
        grey = stored.convert("L")
    assert grey.getpixel((1280, 266)) < 60 and grey.getpixel((1280, 1000)) > 180


def test_pixel_limit_can_be_lowered(phone_jpeg: PhotoFactory) -> None:
    error = refuse(phone_jpeg(size=(400, 300)), pixel_limit=100_000)
    assert error.problem is PhotoProblem.TOO_LARGE


def test_jpeg_claiming_billions_of_pixels(phone_jpeg: PhotoFactory) -> None:
    error = refuse(jpeg_claiming(phone_jpeg(), 65_000, 65_000))
    assert error.problem is PhotoProblem.TOO_LARGE


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = refuse(tmp_path / "gone.jpg", name="")
    assert missing.problem is PhotoProblem.UNREADABLE
    assert str(missing) == "gone.jpg: the file could not be read (no such file)"
    folder = refuse(tmp_path, name="Photos")
    assert str(folder) == "Photos: the file could not be read (it is a folder)"


def test_damaged_jpeg_data(phone_jpeg: PhotoFactory) -> None:
    data = bytearray(phone_jpeg(size=(800, 600)))
    start = data.index(b"\xff\xda")
    data[start + 2 : start + 4] = struct.pack(">H", 2)  # impossible scan header length
    error = refuse(bytes(data))
    assert error.problem in (PhotoProblem.UNREADABLE, PhotoProblem.TRUNCATED)
    assert str(error).startswith("IMG_001.jpg: the ")


def test_corrupt_heic_is_reported_clearly() -> None:
    assert heif_available()
    ftyp = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00mif1heic"
    junk = random.Random(3).randbytes(200)
    meta = struct.pack(">I", 8 + len(junk)) + b"meta" + junk
    error = refuse(ftyp + meta, name="IMG_7001.HEIC")
    assert error.problem is PhotoProblem.UNREADABLE
    assert str(error) == "IMG_7001.HEIC: the HEIC file is damaged and cannot be read"


def test_cut_heic_header_is_truncated() -> None:
    ftyp = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00mif1heic"
    error = refuse(ftyp + struct.pack(">I", 5000) + b"meta" + b"\x00" * 100, name="a.heic")
    assert error.problem is PhotoProblem.TRUNCATED


def test_rejections_are_image_errors_and_survive_pickling() -> None:
    error = refuse(b"")
    assert isinstance(error, ImageError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.problem, copy.file_name, str(copy)) == (error.problem, "IMG_001.jpg", str(error))


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"\x00\x00\x00\x18ftypheic", "HEIC"),
        (b"\x00\x00\x00\x1cftypavif", "AVIF"),
        (b"GIF89a", "GIF"),
        (b"8BPS\x00\x01", "Photoshop"),
        (b"%PDF-1.7", None),
        (b"hello", None),
    ],
)
def test_sniffing_names_formats(head: bytes, label: str | None) -> None:
    assert sniff(head) == label
