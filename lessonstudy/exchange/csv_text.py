"""Turn the bytes of a spreadsheet-exported CSV file into text and a delimiter.

Teachers export rosters from whatever Excel they have: "CSV UTF-8" (with a
byte-order mark), "Unicode text" (UTF-16), the plain "CSV" of an older
Traditional Chinese Windows (Big5 / code page 950), a Simplified Chinese
one (GBK) or a Japanese one (Shift_JIS / code page 932: Japanese Excel's
"CSV (コンマ区切り)" is still Shift_JIS), or a European locale that separates
with semicolons. Sometimes
the file is not a CSV at all but a workbook or PDF renamed ``.csv``. This
module decides which, or says in plain words why the file cannot be read, so
that the roster rules only ever see text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import NoReturn

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.i18n import N_, _, ngettext

MAX_CSV_BYTES = 5 * 1024 * 1024
"""Far above any real roster; larger files are refused before decoding."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

_SIGNATURES = (
    (b"%PDF", N_("a PDF document")),
    (b"PK\x03\x04", N_("an Excel workbook or zip file (save it as CSV first)")),
    (b"\xd0\xcf\x11\xe0", N_("an old Excel workbook (save it as CSV first)")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG photo")),
    (b"GIF8", N_("a GIF image")),
    (b"{\\rtf", N_("a Word (RTF) document")),
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
        _reject(source_name, _("{name} is {size} KB; a roster CSV should be well under "
                               "{limit} MB.").format(name=source_name, size=len(data) // 1024,
                                                      limit=MAX_CSV_BYTES // (1024 * 1024)))
    text, encoding = _decode(data, source_name)
    if _is_lesson_json(text):
        _reject(source_name, _("{name} is a lesson file (.json), not a roster: open it with "
                               "File → Import lesson… or 'lessonstudy import'.").format(
                                   name=source_name))
    first, _newline, rest = text.partition("\n")
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
                _reject(source_name, _("{name} starts like {encoding} text but is damaged.")
                        .format(name=source_name, encoding=label))
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            _reject(source_name, _("{name} is not a CSV file: it looks like {what}.").format(
                name=source_name, what=_(what)))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), "UTF-16"
        except UnicodeDecodeError:
            _reject(source_name, _("{name} looks like UTF-16 text but is damaged.").format(
                name=source_name))
    if b"\x00" in data:
        _reject(source_name, _binary(source_name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return text, "UTF-8"
        _reject(source_name, _binary(source_name))
    best = _best_chinese_decoding(data)
    if best is not None and _looks_like_text(best[0]):
        return best
    _reject(source_name, _("{name} is not readable text. In Excel, use File > Save As > "
                           "'CSV UTF-8 (Comma delimited)' and import again.").format(
                               name=source_name))


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is mostly zero (ASCII in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= half * 0.3 and even * 4 < odd:
        return "utf-16-le"
    if even >= half * 0.3 and odd * 4 < even:
        return "utf-16-be"
    return None


_CHINESE = (("cp950", "Big5"), ("gb18030", "GBK"), ("big5hkscs", "Big5-HKSCS"),
            ("cp932", "Shift_JIS"))
"""In order of preference when both read equally well (Hong Kong schools use Big5)."""


def _best_chinese_decoding(data: bytes) -> tuple[str, str] | None:
    """Simplified (GBK), Traditional (Big5) Chinese or Japanese (Shift_JIS), whichever reads
    as common characters.

    The same bytes often decode without error in several: "张伟" saved as GBK reads
    as "燠饑" in Big5, "氏名" saved as Shift_JIS as "巵柤" in GBK. Real names and schools
    use the common characters of their own encoding (GB2312 level 1, Big5's frequent
    block, JIS level 1 with kana); the wrong decoding yields rare characters, half-width
    kana and symbols. Fewest uncommon wins.
    """
    scored: list[tuple[int, int, str, str]] = []
    for order, (codec, label) in enumerate(_CHINESE):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(0x80 <= ord(ch) <= 0x9F or 0xE000 <= ord(ch) <= 0xF8FF for ch in text):
            continue  # cp932 "decodes" any byte, to C1 controls and private-use characters
        uncommon = sum(1 for ch in text if ord(ch) > 127 and not _common(ch, label))
        scored.append((uncommon, order, text, label))
    if not scored:
        return None
    _uncommon, _order, text, label = min(scored)
    return text, label


def _common(ch: str, label: str) -> bool:
    """Is ``ch`` among the frequently used characters of the encoding named ``label``?"""
    if ch in "，。、；：？！（）「」《》“”‘’　·－—…":
        return True
    try:
        if label == "Shift_JIS":
            code = ch.encode("cp932")
            # kana and Japanese punctuation (0x81–0x83), JIS level 1 kanji (0x889F–0x9872)
            return len(code) == 2 and (code[0] <= 0x83 or 0x889F <= int.from_bytes(code) <= 0x9872)
        if label == "GBK":
            lead = ch.encode("gb2312")[0]
            return 0xB0 <= lead <= 0xD7  # GB2312 level 1: the 3,755 common characters
        lead = ch.encode("big5")[0]
        return 0xA4 <= lead <= 0xC6  # Big5's 5,401 frequently used characters
    except UnicodeEncodeError:
        return False


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


def _is_lesson_json(text: str) -> bool:
    """A lesson file picked by mistake: its JSON keys would become "134 problems"."""
    head = text.lstrip()[:4000]
    return head.startswith(("{", "[")) and '"format"' in head and "lessonstudy" in head


def _binary(name: str) -> str:
    return _("{name} is not a CSV text file (it contains binary data).").format(name=name)


def _reject(source_name: str, problem: str) -> NoReturn:
    refuse(source_name, [problem])


def refuse(source_name: str, problems: list[str], cause: Exception | None = None) -> NoReturn:
    """Refuse the whole file, listing every problem under one summary."""
    count = ngettext("{n} problem", "{n} problems", len(problems)).format(n=len(problems))
    raise ImportRejectedError.from_problems(
        N_("{source_name} was not imported ({count}); nothing was stored. Fix the file and "
           "import it again."),
        problems, source_name=source_name, count=count,
    ) from cause
