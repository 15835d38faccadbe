"""Turn the bytes of a spreadsheet-exported CSV file into text and a delimiter.

Teachers export rosters from whatever Excel they have: "CSV UTF-8" (with a
byte-order mark), "Unicode text" (UTF-16), the plain "CSV" of an older
Traditional Chinese Windows (Big5 / code page 950), or a European locale
that separates with semicolons. Sometimes the file is not a CSV at all but a
workbook or PDF renamed ``.csv``. This module decides which, or says in plain
words why the file cannot be read, so that the roster rules only ever see text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import NoReturn

from lessonstudy.domain.errors import ImportRejectedError

MAX_CSV_BYTES = 5 * 1024 * 1024
"""Far above any real roster; larger files are refused before decoding."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "an Excel workbook or zip file (save it as CSV first)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (save it as CSV first)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG photo"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "a Word (RTF) document"),
)

_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvText:
    """Decoded file text plus what was detected, so messages can mention it.

    ``lines_skipped`` counts lines removed from the top (Excel's ``sep=;``)
    so that line numbers in messages still match the file.
    """

    text: str
    encoding: str
    delimiter: str
    lines_skipped: int = 0


def read_csv_text(data: bytes, source_name: str) -> CsvText:
    """Decode ``data`` and pick its delimiter, or raise :class:`ImportRejectedError`."""
    if len(data) > MAX_CSV_BYTES:
        _reject(source_name, f"{source_name} is {len(data) // 1024} KB; a roster CSV should "
                             f"be well under {MAX_CSV_BYTES // (1024 * 1024)} MB.")
    text, encoding = _decode(data, source_name)
    first, _, rest = text.partition("\n")
    marker = first.strip()
    if marker.lower().startswith("sep=") and len(marker) == 5:
        return CsvText(rest, encoding, marker[4], lines_skipped=1)
    return CsvText(text, encoding, _delimiter(text))


def _decode(data: bytes, source_name: str) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                _reject(source_name, f"{source_name} starts like {label} text but is damaged.")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            _reject(source_name, f"{source_name} is not a CSV file: it looks like {what}.")
    if b"\x00" in data:
        _reject(source_name, f"{source_name} is not a CSV text file (it contains binary data).")
    for codec, label in (("utf-8", "UTF-8"), ("cp950", "Big5"), ("big5hkscs", "Big5-HKSCS")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _looks_like_text(text):
            break
        return text, label
    _reject(source_name, f"{source_name} is not readable text. In Excel, use "
                         "File > Save As > 'CSV UTF-8 (Comma delimited)' and import again.")


def _looks_like_text(text: str) -> bool:
    """Control characters other than tab and line breaks mean binary data."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    return controls <= len(text) // 1000


def _delimiter(text: str) -> str:
    """The candidate found most often in the heading row (the first non-blank line)."""
    heading = next((line for line in text.splitlines() if line.strip()), "")
    heading = _unquoted(heading)
    best = max(_DELIMITERS, key=heading.count)
    return best if heading.count(best) else ","


def _unquoted(line: str) -> str:
    """The heading line without quoted parts, so a quoted "a, b" is not counted."""
    return "".join(part for i, part in enumerate(line.split('"')) if i % 2 == 0)


def _reject(source_name: str, problem: str) -> NoReturn:
    refuse(source_name, [problem])


def refuse(source_name: str, problems: list[str], cause: Exception | None = None) -> NoReturn:
    """Refuse the whole file, listing every problem under one summary."""
    count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
    raise ImportRejectedError.from_problems(
        f"{source_name} was not imported ({count}); nothing was stored. "
        f"Fix the file and import it again.",
        problems,
    ) from cause
