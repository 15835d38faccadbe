"""Register the fonts every Lesson Study PDF uses, once per process.

Hong Kong teams write in Traditional Chinese and English, often in one line.
The shipped CJK font (Droid Sans Fallback) has no Latin glyphs at all, so
Latin text uses DejaVu Sans and CJK text uses Droid Sans Fallback; text is cut
into per-script runs by :mod:`lessonstudy.printing.textruns`.

All three are TrueType-outline fonts registered as ReportLab ``TTFont``, which
embeds a subset of each in the PDF. Never use the standard-14 or CID fonts for
body text: they are not embedded and Chinese would depend on the reader's
machine (DESIGN §8). Droid Sans Fallback has no bold; CJK runs in a bold
style print in the regular face (the Latin runs around them are bold).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lessonstudy.resources import resource_path

LATIN = "LS-Sans"
LATIN_BOLD = "LS-Sans-Bold"
CJK = "LS-CJK"

_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontFaces:
    """The registered font names, for code that draws on a canvas directly."""

    latin: str = LATIN
    latin_bold: str = LATIN_BOLD
    cjk: str = CJK
    cjk_bold: str = CJK

    def latin_face(self, bold: bool) -> str:
        return self.latin_bold if bold else self.latin

    def cjk_face(self, bold: bool) -> str:
        return self.cjk_bold if bold else self.cjk


FACES = FontFaces()


def register_fonts() -> FontFaces:
    """Register the Lesson Study fonts with ReportLab (idempotent, thread-safe).

    The first call parses the font files (about 0.15 s, mostly the CJK font);
    later calls return at once. Call it before building any paragraph style.
    """
    global _registered
    if _registered:
        return FACES
    with _lock:
        if not _registered:
            _register_all()
            _registered = True
    return FACES


def _register_all() -> None:
    for name, file_name in _FILES.items():
        font = TTFont(name, str(resource_path("fonts", file_name)))
        pdfmetrics.registerFont(font)
    # Families let <b> in paragraph markup pick the bold face, and let a CJK
    # run keep working inside a bold heading.
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
    )
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)


def glyph_map(font_name: str) -> Mapping[int, int]:
    """Code point -> glyph index of a registered font, to test coverage (do not modify)."""
    register_fonts()
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return {} if face is None else face.charToGlyph
