"""Turning a stored photo and hiding part of it."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageStat

from lessonstudy.domain.errors import ValidationError
from lessonstudy.imaging import process_photo, redact, rotate
from lessonstudy.imaging.edit import clamp_box
from tests.imaging.photo_samples import (
    PhotoFactory,
    colour_at,
    encode,
    is_grey,
    is_red,
    jpeg_app_markers,
    open_jpeg,
)


@pytest.fixture
def stored(phone_jpeg: PhotoFactory) -> bytes:
    """A stored photo (400 × 300, red marker top-left) as the library keeps it."""
    return process_photo(phone_jpeg()).image


@pytest.fixture
def detailed() -> bytes:
    """A stored photo full of fine detail, like handwriting or a face."""
    noise = Image.effect_noise((400, 300), 80).convert("RGB")
    return process_photo(encode(noise, "PNG")).image


def test_rotate_right_moves_top_left_to_top_right(stored: bytes) -> None:
    edited = rotate(stored, 1)
    image = open_jpeg(edited.image)
    assert (edited.width, edited.height) == image.size == (300, 400)
    assert is_red(colour_at(image, (260, 10, 290, 40)))
    assert is_grey(colour_at(image, (10, 10, 40, 40)))


def test_rotate_left_moves_top_left_to_bottom_left(stored: bytes) -> None:
    image = open_jpeg(rotate(stored, -1).image)
    assert image.size == (300, 400)
    assert is_red(colour_at(image, (10, 360, 40, 390)))


def test_half_turn_and_thumbnail(stored: bytes) -> None:
    edited = rotate(stored, 2)
    assert is_red(colour_at(open_jpeg(edited.image), (360, 260, 390, 290)))
    thumb = open_jpeg(edited.thumbnail)
    assert thumb.size == (320, 240)
    assert is_red(colour_at(thumb, (290, 210, 315, 235)))
    assert jpeg_app_markers(edited.image) == jpeg_app_markers(edited.thumbnail) == [0xE0]


def test_full_turns_keep_the_bytes(stored: bytes) -> None:
    edited = rotate(stored, 4)
    assert edited.image == stored
    assert (edited.width, edited.height) == (400, 300)
    assert open_jpeg(edited.thumbnail).size == (320, 240)


def test_redaction_hides_the_box_and_spares_the_rest(detailed: bytes) -> None:
    box = (100, 50, 220, 150)
    edited = redact(detailed, box)
    before, after = open_jpeg(detailed), open_jpeg(edited.image)
    assert after.size == before.size == (edited.width, edited.height)
    inside_before = ImageStat.Stat(before.crop(box)).stddev
    inside_after = ImageStat.Stat(after.crop(box)).stddev
    assert max(inside_after) < min(inside_before) / 4  # the detail is gone
    assert mean_difference(before.crop(box), after.crop(box)) > 20
    outside = (260, 0, 400, 300)
    assert mean_difference(before.crop(outside), after.crop(outside)) < 4


def test_redaction_keeps_the_average_colour(stored: bytes) -> None:
    edited = redact(stored, (0, 0, 100, 75), radius=10)
    assert is_red(colour_at(open_jpeg(edited.image), (20, 20, 80, 55)))


def test_redaction_box_is_clamped_to_the_photo(detailed: bytes) -> None:
    edited = redact(detailed, (350, 250, 900, 900))
    before, after = open_jpeg(detailed), open_jpeg(edited.image)
    assert after.size == (400, 300)
    assert mean_difference(before.crop((350, 250, 400, 300)), after.crop((350, 250, 400, 300))) > 20


def test_corners_may_be_given_in_any_order() -> None:
    assert clamp_box((220, 150, 100, 50), (400, 300)) == (100, 50, 220, 150)
    assert clamp_box((-10, -5, 30, 40), (400, 300)) == (0, 0, 30, 40)


@pytest.mark.parametrize("box", [(10, 10, 10, 90), (500, 10, 600, 90), (0, -50, 100, 0)])
def test_empty_box_is_a_validation_error(stored: bytes, box: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        redact(stored, box)
    assert str(caught.value).startswith("Nothing to blur: the selected area is empty.")
    assert "400 × 300" in caught.value.problems[0]


def test_radius_must_be_positive(stored: bytes) -> None:
    with pytest.raises(ValueError, match="radius"):
        redact(stored, (0, 0, 50, 50), radius=0)


def mean_difference(first: Image.Image, second: Image.Image) -> float:
    """Average absolute difference per channel, 0-255."""
    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3
