"""Which picture formats we decode, and how to name the ones we refuse.

Pillow can read dozens of formats, each one more parser code exposed to files
from unknown phones and laptops. We only let it try the four that teachers'
photos actually come in (JPEG, PNG, WebP and HEIC from iPhones), and HEIC
through ``pi_heif``: decode-only, LGPL libheif/libde265, no GPL encoder.
When a file is refused, its first bytes tell us what it really is, so the
teacher reads "GIF pictures are not accepted" instead of "unknown file".
"""

from __future__ import annotations

import struct
import threading

from PIL import Image

#: Pillow format ids handed to ``Image.open(formats=...)``; nothing else is tried.
ACCEPTED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "WEBP", "HEIF")

#: How each accepted format is named in messages.
FORMAT_LABELS: dict[str, str] = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "HEIF": "HEIC"}

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})

_heif_lock = threading.Lock()
_heif_registered = False


def ensure_heif_registered() -> None:
    """Teach Pillow to open HEIC via pi_heif, once per process, on first use.

    Thumbnails, depth maps and auxiliary images inside the file are skipped:
    we only ever want the primary picture.
    """
    global _heif_registered
    if _heif_registered:
        return
    with _heif_lock:
        if _heif_registered:
            return
        import pi_heif

        pi_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
        _heif_registered = True


def heif_available() -> bool:
    """True once HEIF is registered and Pillow knows the format id."""
    ensure_heif_registered()
    return "HEIF" in Image.OPEN


def sniff(head: bytes) -> str | None:
    """Name the picture format of a file from its first bytes, or None.

    Only used to explain a refusal: decoding is always left to Pillow with
    :data:`ACCEPTED_FORMATS`.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp":
        return _sniff_iso_brand(head[8:12])
    return _sniff_unsupported(head)


def is_accepted_label(label: str | None) -> bool:
    """Whether a sniffed label is one of the formats we decode."""
    return label in FORMAT_LABELS.values()


def looks_truncated(label: str, data: bytes) -> bool:
    """Whether a file of an accepted format visibly stops before its end.

    Used only to word a refusal: "truncated (incomplete download?)" rather
    than "damaged". Phones may append data after a JPEG's end marker, so for
    JPEG only the last bytes are checked.
    """
    if label == "JPEG":
        return b"\xff\xd9" not in data[-64:]
    if label == "PNG":
        return b"IEND" not in data[-12:]
    if label == "WebP":
        return len(data) < 12 or struct.unpack("<I", data[4:8])[0] + 8 > len(data)
    if label == "HEIC":
        return _iso_boxes_overrun(data)
    return False


def _iso_boxes_overrun(data: bytes) -> bool:
    """True if the top-level ISO-BMFF boxes claim more bytes than the file has."""
    offset = 0
    while offset + 8 <= len(data):
        size = struct.unpack(">I", data[offset : offset + 4])[0]
        if size == 1 and offset + 16 <= len(data):
            size = struct.unpack(">Q", data[offset + 8 : offset + 16])[0]
        if size == 0:
            return False
        if size < 8:
            return False
        offset += size
    return offset != len(data)


def _sniff_iso_brand(brand: bytes) -> str | None:
    if brand in _HEIF_BRANDS:
        return "HEIC"
    if brand in _AVIF_BRANDS:
        return "AVIF"
    if brand.startswith(b"crx"):
        return "Canon RAW"
    return None


def _sniff_unsupported(head: bytes) -> str | None:
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM" and len(head) >= 18 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return "BMP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF (or camera RAW)"
    if head[:4] == b"8BPS":
        return "Photoshop"
    if head.startswith(b"\x00\x00\x00\x0cjP  ") or head.startswith(b"\xff\x4f\xff\x51"):
        return "JPEG 2000"
    if head.startswith(b"\xff\x0a") or head.startswith(b"\x00\x00\x00\x0cJXL "):
        return "JPEG XL"
    if head[:4] == b"\x00\x00\x01\x00" and len(head) >= 6 and head[4] > 0:
        return "Icon"
    return None
