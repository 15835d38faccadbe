"""Photos made on the spot for the imaging tests, and ways to inspect results.

Every picture is generated in a few milliseconds with Pillow, so the tests
need no binary fixtures: a "phone photo" with a red marker in its stored
top-left corner (to see where it lands after turning upright), EXIF with
orientation, capture time and GPS, and hand-made headers for bombs.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

from PIL import ExifTags, Image, ImageStat

RED = (255, 0, 0)
GREY = (128, 128, 128)
TAKEN = "2024:05:13 10:22:31"

#: The ``phone_jpeg`` fixture: (size=..., orientation=..., gps=..., taken=...) -> bytes
PhotoFactory = Callable[..., bytes]


def marked_image(size: tuple[int, int] = (400, 300)) -> Image.Image:
    """Grey picture with a red block in the top-left quarter of the stored pixels."""
    image = Image.new("RGB", size, GREY)
    image.paste(RED, (0, 0, size[0] // 4, size[1] // 4))
    return image


def phone_exif(
    orientation: int | None = None, *, gps: bool = True, taken: str = TAKEN
) -> Image.Exif:
    """EXIF as a phone writes it: orientation, maker, capture time, position."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhonoCam"
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if taken:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = (22.0, 30.0, 12.5)
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "E"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (114.0, 8.0, 3.25)
    return exif


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (a bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def jpeg_claiming(data: bytes, width: int, height: int) -> bytes:
    """Rewrite a JPEG's frame header so it claims another size."""
    at = data.index(b"\xff\xc0")
    return data[: at + 5] + struct.pack(">HH", height, width) + data[at + 9 :]


def jpeg_app_markers(data: bytes) -> list[int]:
    """The APPn/COM marker codes before the image data (0xE0 = JFIF, 0xE1 = EXIF...)."""
    found: list[int] = []
    offset = 2
    while offset + 4 <= len(data) and data[offset] == 0xFF:
        marker = data[offset + 1]
        if marker == 0xDA:  # start of scan: metadata is over
            break
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            found.append(marker)
        offset += 2 + struct.unpack(">H", data[offset + 2 : offset + 4])[0]
    return found


def colour_at(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[float, ...]:
    """Mean colour of a small area: robust against JPEG noise at one pixel."""
    return tuple(ImageStat.Stat(image.crop(box)).mean)


def is_red(colour: tuple[float, ...]) -> bool:
    return colour[0] > 200 and colour[1] < 60 and colour[2] < 60


def is_grey(colour: tuple[float, ...]) -> bool:
    return all(100 < channel < 156 for channel in colour[:3])


def open_jpeg(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data), formats=["JPEG"])
    image.load()
    return image


#: Display P3 primaries adapted to D50, as a phone's profile declares them.
P3_COLORANTS = ((0.5151, 0.2412, -0.0011), (0.2920, 0.6922, 0.0419), (0.1571, 0.0666, 0.7841))
D50 = (0.9642, 1.0, 0.8249)


def wide_gamut_profile(description: str = "Wide test RGB") -> bytes:
    """A minimal ICC v2 matrix/TRC RGB profile with Display P3 primaries."""

    def fixed(values: tuple[float, ...]) -> bytes:
        return b"".join(struct.pack(">i", round(value * 65536)) for value in values)

    text = description.encode("ascii") + b"\x00"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + bytes(4 + 4 + 2 + 1 + 67)
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233) + b"\0\0"  # gamma 2.2
    tags = [(b"desc", desc), (b"wtpt", b"XYZ \0\0\0\0" + fixed(D50))]
    for name, colorant in zip((b"rXYZ", b"gXYZ", b"bXYZ"), P3_COLORANTS, strict=True):
        tags.append((name, b"XYZ \0\0\0\0" + fixed(colorant)))
    tags += [(b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    table, body = b"", b""
    offset = 128 + 4 + 12 * len(tags)
    for name, data in tags:
        data += bytes(-len(data) % 4)
        table += name + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = struct.pack(">I4sI4s4s4s", size, b"lcms", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
    header += bytes(12) + b"acsp" + bytes(4 + 4 + 4 + 4 + 8 + 4) + fixed(D50) + bytes(4 + 16 + 28)
    return header + struct.pack(">I", len(tags)) + table + body
