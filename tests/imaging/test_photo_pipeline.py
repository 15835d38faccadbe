"""A good photo comes out upright, private, RGB, sized, with its facts."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from lessonstudy.imaging import process_photo
from lessonstudy.imaging.metadata import parse_exif_datetime
from tests.imaging.photo_samples import (
    PhotoFactory,
    colour_at,
    encode,
    is_grey,
    is_red,
    jpeg_app_markers,
    marked_image,
    open_jpeg,
    phone_exif,
    wide_gamut_profile,
)

JFIF_ONLY = [0xE0]


def test_upright_photo_keeps_its_shape_and_marker(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(orientation=1))
    image = open_jpeg(photo.image)
    assert (photo.width, photo.height) == image.size == (400, 300)
    assert is_red(colour_at(image, (10, 10, 40, 40)))
    assert is_grey(colour_at(image, (360, 10, 390, 40)))


def test_orientation_6_turns_clockwise(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(orientation=6))
    image = open_jpeg(photo.image)
    assert (photo.width, photo.height) == image.size == (300, 400)
    assert is_red(colour_at(image, (260, 10, 290, 40)))  # stored top-left is now top-right
    assert is_grey(colour_at(image, (10, 10, 40, 40)))


def test_orientation_8_turns_anticlockwise(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(orientation=8))
    image = open_jpeg(photo.image)
    assert image.size == (300, 400)
    assert is_red(colour_at(image, (10, 360, 40, 390)))  # stored top-left is now bottom-left
    assert is_grey(colour_at(image, (10, 10, 40, 40)))


def test_orientation_3_turns_half(phone_jpeg: PhotoFactory) -> None:
    image = open_jpeg(process_photo(phone_jpeg(orientation=3)).image)
    assert image.size == (400, 300)
    assert is_red(colour_at(image, (360, 260, 390, 290)))


def test_gps_and_all_metadata_are_dropped(phone_jpeg: PhotoFactory) -> None:
    original = phone_jpeg(orientation=6)
    with Image.open(io.BytesIO(original)) as source:
        assert source.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the input really has GPS
    photo = process_photo(original)
    for data in (photo.image, photo.thumbnail):
        image = open_jpeg(data)
        assert not image.getexif()
        assert jpeg_app_markers(data) == JFIF_ONLY
        assert "icc_profile" not in image.info
        assert "comment" not in image.info


def test_comment_and_icc_profile_are_not_carried_over() -> None:
    srgb_profile = _srgb_profile_bytes()
    data = encode(marked_image(), "JPEG", comment=b"Class 4B, Amy", icc_profile=srgb_profile)
    photo = process_photo(data)
    assert jpeg_app_markers(photo.image) == JFIF_ONLY
    assert jpeg_app_markers(photo.thumbnail) == JFIF_ONLY


def test_thumbnail_has_the_requested_long_edge(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(size=(1200, 900), orientation=6))
    thumb = open_jpeg(photo.thumbnail)
    assert thumb.size == (240, 320)
    small = process_photo(phone_jpeg(size=(1200, 900)), thumb_edge=100)
    assert open_jpeg(small.thumbnail).size == (100, 75)


def test_large_photo_is_downscaled_to_2560(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(size=(6000, 4000), orientation=8))
    image = open_jpeg(photo.image)
    assert image.size == (photo.width, photo.height) == (1707, 2560)
    assert is_red(colour_at(image, (20, 2400, 200, 2540)))


def test_reduced_jpeg_decode_still_reaches_the_long_edge(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(size=(1600, 1200)), max_edge=400, thumb_edge=64)
    assert (photo.width, photo.height) == (400, 300)
    assert is_red(colour_at(open_jpeg(photo.image), (10, 10, 80, 60)))


def test_small_photo_is_never_enlarged(phone_jpeg: PhotoFactory) -> None:
    photo = process_photo(phone_jpeg(size=(200, 150)))
    assert (photo.width, photo.height) == (200, 150)


def test_png_alpha_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (0, 0, 100, 100))
    photo = process_photo(encode(image, "PNG"), name="iboard.png")
    result = open_jpeg(photo.image)
    assert photo.source_format == "PNG"
    assert result.mode == "RGB"
    assert is_red(colour_at(result, (10, 10, 90, 90)))
    assert min(colour_at(result, (110, 10, 190, 90))) > 245


def test_palette_png_with_transparency_is_flattened() -> None:
    image = Image.new("P", (64, 64), 0)
    image.putpalette([0, 0, 0, 0, 0, 255] + [0] * 762)
    image.paste(1, (32, 0, 64, 64))
    photo = process_photo(encode(image, "PNG", transparency=0))
    result = open_jpeg(photo.image)
    assert min(colour_at(result, (2, 2, 28, 60))) > 245
    assert colour_at(result, (36, 2, 60, 60))[2] > 200


def test_sixteen_bit_greyscale_png_keeps_its_brightness() -> None:
    image = Image.new("I;16", (64, 64), 32768)
    result = open_jpeg(process_photo(encode(image, "PNG")).image)
    assert all(120 < channel < 136 for channel in colour_at(result, (0, 0, 64, 64)))


def test_webp_is_accepted() -> None:
    photo = process_photo(encode(marked_image(), "WEBP", quality=90), name="board.webp")
    assert photo.source_format == "WEBP"
    assert is_red(colour_at(open_jpeg(photo.image), (10, 10, 40, 40)))


def test_multi_picture_jpeg_counts_as_jpeg_and_keeps_the_first_picture() -> None:
    second = Image.new("RGB", (400, 300), (0, 0, 255))
    data = encode(marked_image(), "MPO", save_all=True, append_images=[second])
    photo = process_photo(data, name="DSCF0001.JPG")
    assert photo.source_format == "JPEG"
    assert is_red(colour_at(open_jpeg(photo.image), (10, 10, 40, 40)))


def test_sha256_is_of_the_original_file(
    phone_jpeg: PhotoFactory, write: Callable[[str, bytes], Path]
) -> None:
    original = phone_jpeg()
    path = write("IMG_0001.jpg", original)
    from_path = process_photo(path)
    from_bytes = process_photo(original)
    assert from_path.sha256 == from_bytes.sha256 == hashlib.sha256(original).hexdigest()
    assert from_path.image == from_bytes.image


def test_taken_at_comes_from_exif(phone_jpeg: PhotoFactory) -> None:
    assert process_photo(phone_jpeg()).taken_at == datetime(2024, 5, 13, 10, 22, 31)
    assert process_photo(phone_jpeg(taken="")).taken_at is None
    assert process_photo(encode(marked_image(), "PNG")).taken_at is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023:11:02 08:05:09", datetime(2023, 11, 2, 8, 5, 9)),
        (b"2023:11:02 08:05:09\x00", datetime(2023, 11, 2, 8, 5, 9)),
        ("2023-11-02 08:05:09", datetime(2023, 11, 2, 8, 5, 9)),
        ("0000:00:00 00:00:00", None),
        ("    :  :     :  :  ", None),
        (12345, None),
    ],
)
def test_exif_dates_are_parsed_leniently(raw: object, expected: datetime | None) -> None:
    assert parse_exif_datetime(raw) == expected


def test_broken_orientation_value_is_ignored() -> None:
    exif = phone_exif()
    exif[ExifTags.Base.Orientation] = 42
    photo = process_photo(encode(marked_image(), "JPEG", exif=exif))
    assert (photo.width, photo.height) == (400, 300)


def test_png_exif_orientation_is_applied() -> None:
    data = encode(marked_image(), "PNG", exif=phone_exif(6))
    photo = process_photo(data)
    assert (photo.width, photo.height) == (300, 400)
    assert is_red(colour_at(open_jpeg(photo.image), (260, 10, 290, 40)))


def test_wide_gamut_colours_are_converted_to_srgb_and_the_profile_dropped() -> None:
    orange = Image.new("RGB", (64, 64), (200, 100, 50))
    photo = process_photo(encode(orange, "JPEG", quality=95, icc_profile=wide_gamut_profile()))
    red, green, blue = colour_at(open_jpeg(photo.image), (8, 8, 56, 56))
    assert red > 210 and green < 97 and blue < 35  # P3 orange is more saturated in sRGB
    assert jpeg_app_markers(photo.image) == JFIF_ONLY


def test_srgb_and_unusable_profiles_leave_colours_alone() -> None:
    from PIL import ImageCms

    orange = Image.new("RGB", (64, 64), (200, 100, 50))
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    for profile in (_srgb_profile_bytes(), lab, b"not a profile"):
        photo = process_photo(encode(orange, "JPEG", quality=95, icc_profile=profile))
        colour = colour_at(open_jpeg(photo.image), (8, 8, 56, 56))
        assert all(abs(got - want) < 3 for got, want in zip(colour, (200, 100, 50), strict=True))


def test_settings_are_checked(phone_jpeg: PhotoFactory) -> None:
    with pytest.raises(ValueError, match="thumb_edge"):
        process_photo(phone_jpeg(), max_edge=100, thumb_edge=320)
    with pytest.raises(ValueError, match="quality"):
        process_photo(phone_jpeg(), quality=0)


def test_repr_does_not_dump_the_image_bytes(phone_jpeg: PhotoFactory) -> None:
    text = repr(process_photo(phone_jpeg()))
    assert "width=400" in text
    assert len(text) < 300


def _srgb_profile_bytes() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
