"""Make decoded pixels into the tidy picture we store: RGB, sRGB, sized, JPEG.

Whatever came in (a transparent PNG, a 16-bit scan, an iPhone photo in
Display P3), what goes out is a plain 8-bit sRGB JPEG with no metadata at
all, small enough for fast PDF reports. The same helpers serve the importer
and the editor (rotate, redact), so every stored image is encoded alike.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageCms

#: Filter for the big downscale: as fast as bilinear, visibly sharper.
MAIN_FILTER = Image.Resampling.HAMMING
#: Filter for thumbnails, after a cheap integer pre-reduction.
THUMB_FILTER = Image.Resampling.LANCZOS
THUMB_REDUCING_GAP = 2.0
THUMB_QUALITY = 80

_WHITE = (255, 255, 255)
_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
_WIDE_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N", "F"})


def to_rgb(image: Image.Image) -> Image.Image:
    """Plain RGB: transparency flattened onto white, 16-bit scaled to 8-bit."""
    if image.mode == "RGB":
        return image
    if image.mode in _WIDE_MODES:
        return image.convert("I").point(lambda value: value / 256).convert("L").convert("RGB")
    if image.mode in _ALPHA_MODES or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, _WHITE)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def fit_within(image: Image.Image, long_edge: int) -> Image.Image:
    """Downscale so neither side exceeds ``long_edge``; never enlarge."""
    size = fitted_size(image.size, long_edge)
    if size == image.size:
        return image
    return image.resize(size, MAIN_FILTER)


def fitted_size(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    """The size with the long side at most ``long_edge``, aspect kept."""
    width, height = size
    longest = max(width, height)
    if longest <= long_edge:
        return size
    ratio = long_edge / longest
    return max(1, round(width * ratio)), max(1, round(height * ratio))


def to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Convert RGB pixels from an embedded colour profile (e.g. Display P3) to sRGB.

    The profile itself is dropped with the other metadata, so without this an
    iPhone photo would look duller. A broken or non-RGB profile is ignored.
    """
    if not icc_profile or image.mode != "RGB":
        return image
    transform = _transform_to_srgb(icc_profile)
    if transform is None:
        return image
    try:
        return ImageCms.applyTransform(image, transform) or image
    except ImageCms.PyCMSError:
        return image


@lru_cache(maxsize=8)
def _transform_to_srgb(icc_profile: bytes) -> ImageCms.ImageCmsTransform | None:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if source.profile.xcolor_space.strip() != "RGB":
            return None
        if "srgb" in ImageCms.getProfileDescription(source).lower():
            return None
        srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        return ImageCms.buildTransform(source, srgb, "RGB", "RGB")
    except (OSError, ImageCms.PyCMSError):
        return None


def encode_jpeg(image: Image.Image, quality: int) -> bytes:
    """Baseline JPEG with no EXIF, ICC profile, comment or other metadata.

    Clears ``image.info`` first: Pillow would otherwise carry a comment over.
    """
    image.info = {}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=False)
    return buffer.getvalue()


def make_thumbnail(image: Image.Image, long_edge: int) -> bytes:
    """A small JPEG of an already upright, RGB, downscaled image."""
    size = fitted_size(image.size, long_edge)
    small = image.resize(size, THUMB_FILTER, reducing_gap=THUMB_REDUCING_GAP)
    return encode_jpeg(small, THUMB_QUALITY)
