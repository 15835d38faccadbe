"""Small corrections to a stored photo: turn it, or hide a face or a name.

Some photos come out sideways even after EXIF (the phone was flat on the
desk), and photos shared beyond the team must not show pupils' faces or
names. Both edits work on the stored JPEG and return a fresh image and
thumbnail to store in its place; the original file is never needed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PIL import Image, ImageFilter

from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_
from lessonstudy.imaging.decode import decode_photo
from lessonstudy.imaging.pipeline import DEFAULT_QUALITY, DEFAULT_THUMB_EDGE
from lessonstudy.imaging.render import encode_jpeg, make_thumbnail, to_rgb

Box = tuple[int, int, int, int]

_CLOCKWISE: dict[int, Image.Transpose] = {
    1: Image.Transpose.ROTATE_270,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}
_MIN_BLOCK = 12


@dataclass(frozen=True)
class EditedPhoto:
    """A stored photo after an edit: new image and thumbnail JPEGs and size."""

    image: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int


def rotate(
    image: bytes,
    quarter_turns: int,
    *,
    thumb_edge: int = DEFAULT_THUMB_EDGE,
    quality: int = DEFAULT_QUALITY,
) -> EditedPhoto:
    """Turn a stored photo by quarter turns; positive is clockwise ("rotate right").

    A multiple of four returns the image bytes unchanged (no re-encoding).
    """
    pixels = _decode_stored(image)
    turns = quarter_turns % 4
    if turns == 0:
        return EditedPhoto(image, make_thumbnail(pixels, thumb_edge), *pixels.size)
    turned = pixels.transpose(_CLOCKWISE[turns])
    return _finish(turned, thumb_edge, quality)


def redact(
    image: bytes,
    box: Box,
    *,
    radius: int | None = None,
    thumb_edge: int = DEFAULT_THUMB_EDGE,
    quality: int = DEFAULT_QUALITY,
) -> EditedPhoto:
    """Make a rectangle (left, top, right, bottom) of a stored photo unrecognisable.

    The area is pixelated into blocks of ``radius`` pixels (default: a quarter
    of the box's short side, at least 12) and then blurred, so faces and
    handwriting cannot be read back. The box is clamped to the photo; a box
    with no area inside the photo is a :class:`ValidationError`.
    """
    if radius is not None and radius < 1:
        raise ValueError(f"redaction radius must be positive, got {radius}")
    pixels = _decode_stored(image)
    area = clamp_box(box, pixels.size)
    region = pixels.crop(area)
    block = radius or max(_MIN_BLOCK, min(region.size) // 4)
    pixels.paste(_obscure(region, block), area[:2])
    return _finish(pixels, thumb_edge, quality)


def clamp_box(box: Box, size: tuple[int, int]) -> Box:
    """Order the corners, clip them to the photo, and refuse an empty result."""
    width, height = size
    x1, x2 = sorted((box[0], box[2]))
    y1, y2 = sorted((box[1], box[3]))
    clamped = (max(0, x1), max(0, y1), min(width, x2), min(height, y2))
    if clamped[2] <= clamped[0] or clamped[3] <= clamped[1]:
        raise ValidationError.from_problems(
            N_("Nothing to blur: the selected area is empty."),
            [f"the box {box} has no area inside the {width} × {height} photo"],
        )
    return clamped


def _obscure(region: Image.Image, block: int) -> Image.Image:
    """Average into blocks (destroys detail), then soften the block edges."""
    width, height = region.size
    small_size = (max(1, math.ceil(width / block)), max(1, math.ceil(height / block)))
    blocks = region.resize(small_size, Image.Resampling.BOX).resize(
        region.size, Image.Resampling.NEAREST
    )
    return blocks.filter(ImageFilter.GaussianBlur(block / 2))


def _decode_stored(image: bytes) -> Image.Image:
    decoded = decode_photo(image, "stored photo")
    return to_rgb(decoded.image)


def _finish(pixels: Image.Image, thumb_edge: int, quality: int) -> EditedPhoto:
    return EditedPhoto(
        image=encode_jpeg(pixels, quality),
        thumbnail=make_thumbnail(pixels, thumb_edge),
        width=pixels.width,
        height=pixels.height,
    )
