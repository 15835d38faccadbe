"""Every character the three languages print has a glyph in the embedded fonts (no tofu).

Latin text prints in DejaVu Sans, everything else in Droid Sans Fallback (both embedded,
``lessonstudy/printing/fonts.py``). A catalogue text with a character neither font has would
print as an empty box, so it fails here with the character and the text.
"""

from __future__ import annotations

import contextlib

import pytest

from lessonstudy.i18n.languages import _NAMES
from lessonstudy.printing.fonts import CJK, LATIN, LATIN_BOLD, glyph_map
from tools import update_print_catalogues as updater


def _covered(char: str) -> bool:
    code = ord(char)
    return char.isspace() or code in glyph_map(LATIN) or code in glyph_map(CJK)


@pytest.mark.parametrize("locale", updater.LOCALES)
def test_every_catalogue_character_has_a_glyph(locale: str) -> None:
    missing = set()
    for message in updater.read_catalogue(locale):
        strings = message.string if isinstance(message.string, tuple | list) else (
            message.string,)
        for text in strings:
            missing |= {(char, text) for char in text or "" if not _covered(char)}
    assert not missing, sorted(missing)[:20]


def test_language_names_have_glyphs() -> None:
    assert all(_covered(c) for name in _NAMES.values() for c in name)


def _decode_all(codec: str, leads: range, trails: list[int]) -> list[str]:
    chars = []
    for lead in leads:
        for trail in trails:
            with contextlib.suppress(UnicodeDecodeError):
                chars.append(bytes([lead, trail]).decode(codec))
    return chars


@pytest.mark.parametrize(
    ("script", "chars"),
    [
        ("Japanese hiragana and katakana", [chr(c) for c in range(0x3041, 0x3095)]
         + [chr(c) for c in range(0x30A1, 0x30F7)] + ["ー", "・", "「", "」", "、", "。"]),
        ("JIS level-1 kanji", _decode_all("shift_jis", range(0x88, 0x99),
                                          [*range(0x40, 0x7F), *range(0x80, 0xFD)])),
        ("GB2312 level-1 Simplified hanzi", _decode_all("gb2312", range(0xB0, 0xD8),
                                                        list(range(0xA1, 0xFF)))),
        ("Big5 common Traditional hanzi", _decode_all("big5", range(0xA4, 0xC6),
                                                      [*range(0x40, 0x7F), *range(0xA1, 0xFF)])),
    ],
)
def test_the_scripts_of_the_three_languages_are_covered(script: str, chars: list[str]) -> None:
    assert len(chars) > 80
    missing = [c for c in chars if not _covered(c)]
    assert not missing, f"{script}: {len(missing)} characters without a glyph: {missing[:20]}"


def test_latin_labels_have_bold_glyphs() -> None:
    """Headings are bold: accented Latin in a heading must not fall back to the CJK face."""
    latin = glyph_map(LATIN)
    bold = glyph_map(LATIN_BOLD)
    assert {c for c in latin if c < 0x250} <= set(bold)
