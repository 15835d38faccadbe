"""Turn untrusted file bytes into decoded pixels, or a clear refusal.

This is the only place that lets Pillow parse a teacher's file. It restricts
Pillow to our four formats, checks the claimed size before any pixels are
decoded (decompression bombs are errors, never warnings), asks libjpeg to
decode big JPEGs at a reduced scale when that is all we need, and forces the
whole decode so a truncated download fails here instead of coming out
half grey. Every failure becomes a :class:`PhotoRejectedError` naming the file.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from lessonstudy.imaging import problems
from lessonstudy.imaging.formats import (
    ACCEPTED_FORMATS,
    FORMAT_LABELS,
    ensure_heif_registered,
    is_accepted_label,
    looks_truncated,
    sniff,
)
from lessonstudy.imaging.problems import PhotoRejectedError

#: Most pixels we decode: 64 megapixels, five times a 12 MP phone photo. A JPEG wanted
#: smaller (``long_edge``) counts the pixels libjpeg hands back at its reduced scale, so a
#: phone's 108 MP mode imports; anything else counts every pixel it claims.
MAX_PIXELS = 64_000_000

#: A real JPEG holds at least a byte per ~200 pixels (a blank 108 MP page is 1.2 MB);
#: one holding less than a byte per 2,000 claims pixels it does not have.
_PIXELS_PER_BYTE = 2_000

#: Largest file we read at all; phone photos are 2-15 MB.
MAX_FILE_BYTES = 200_000_000

#: Pillow names some phone JPEGs (multi-picture "MPO") apart; to us they are JPEG.
_JPEG_FLAVOURS = {"MPO": "JPEG"}

#: What decoders raise on broken data (besides OSError, handled first).
_DECODER_FAILURES = (SyntaxError, ValueError, RuntimeError, IndexError, TypeError, struct.error)


@dataclass
class DecodedPhoto:
    """Fully decoded pixels plus the Pillow format id they came from."""

    image: Image.Image
    source_format: str


def decode_photo(
    data: bytes, file_name: str, *, long_edge: int | None = None, pixel_limit: int = MAX_PIXELS
) -> DecodedPhoto:
    """Decode ``data`` completely, at no less than ``long_edge`` on the long side.

    With ``long_edge`` None the picture is decoded at full size.

    Raises :class:`PhotoRejectedError` for every problem a file can have.
    """
    if not data:
        raise problems.empty(file_name)
    image = _open(data, file_name)
    claimed = image.size
    source_format = _JPEG_FLAVOURS.get(image.format or "", image.format or "")
    if source_format == "JPEG" and long_edge is not None:
        _request_reduced_decode(image, long_edge)
    _check_size(image, file_name, pixel_limit, claimed, len(data))
    _load(image, data, file_name, pixel_limit)
    return DecodedPhoto(image=image, source_format=source_format)


def _open(data: bytes, file_name: str) -> Image.Image:
    # Pillow's bomb *warning* (over ~89 MP) is ignored: a phone's 108 MP JPEG is real and is
    # decoded at a quarter scale; _check_size then refuses what would still be over our
    # limit, naming the size. Turned into an error here it read "it claims an enormous
    # number of pixels" for a real photo. Pillow's bomb *error* (over ~179 MP) still stops
    # the open.
    # catch_warnings is process-wide, so threads may race on the filter; that is harmless
    # for the same reason.
    ensure_heif_registered()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise problems.bomb(file_name) from None
    except UnidentifiedImageError:
        raise _explain_unidentified(data, file_name) from None
    except EOFError:
        raise problems.truncated(file_name) from None
    except (OSError, *_DECODER_FAILURES) as error:
        raise _explain_broken(data, file_name, error) from None


def _check_size(image: Image.Image, file_name: str, pixel_limit: int,
                claimed: tuple[int, int], file_bytes: int) -> None:
    """Refuse before decoding: ``image.size`` is what will be decoded, ``claimed`` the file's.

    A picture claiming more than the limit passes only when it is decoded at a reduced
    scale *and* its file is big enough to hold that many pixels: libjpeg fills a forged
    frame header's missing rows with grey instead of failing.
    """
    width, height = image.size
    if width <= 0 or height <= 0 or min(claimed) <= 0:
        raise problems.damaged(file_name, _label(image.format))
    claimed_pixels = claimed[0] * claimed[1]
    too_thin = claimed_pixels > pixel_limit and file_bytes * _PIXELS_PER_BYTE < claimed_pixels
    if width * height > pixel_limit or too_thin:
        raise problems.too_many_pixels(file_name, claimed, pixel_limit)


def _request_reduced_decode(image: Image.Image, long_edge: int) -> None:
    """Let libjpeg scale by 1/2, 1/4 or 1/8 while keeping >= ``long_edge``."""
    width, height = image.size
    scale = next((s for s in (8, 4, 2) if -(-max(width, height) // s) >= long_edge), 1)
    if scale > 1 and width // scale > 0 and height // scale > 0:
        image.draft("RGB", (width // scale, height // scale))


def _load(image: Image.Image, data: bytes, file_name: str, pixel_limit: int) -> None:
    """Force the full decode; Pillow's LOAD_TRUNCATED_IMAGES stays off."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise problems.bomb(file_name) from None
    except MemoryError:
        raise problems.too_many_pixels(file_name, image.size, pixel_limit) from None
    except EOFError:
        raise problems.truncated(file_name) from None
    except (OSError, *_DECODER_FAILURES) as error:
        raise _explain_broken(data, file_name, error) from None


def _explain_unidentified(data: bytes, file_name: str) -> PhotoRejectedError:
    label = sniff(data[:64])
    if label is None:
        return problems.not_an_image(file_name)
    if not is_accepted_label(label):
        return problems.unsupported(file_name, label)
    if looks_truncated(label, data):
        return problems.truncated(file_name)
    return problems.damaged(file_name, label)


def _explain_broken(data: bytes, file_name: str, error: BaseException) -> PhotoRejectedError:
    label = sniff(data[:64]) or "picture"
    if "truncated" in str(error).lower() or looks_truncated(label, data):
        return problems.truncated(file_name)
    return problems.damaged(file_name, label if is_accepted_label(label) else "picture")


def _label(pillow_format: str | None) -> str:
    return FORMAT_LABELS.get(pillow_format or "", pillow_format or "picture")
