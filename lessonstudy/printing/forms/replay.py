"""Draw a page once per teaching and copy it into every observer's file.

Thirty per-observer forms are thirty PDF files that share almost every page:
the grid pages and the iBoard page of a group, the classroom map and the
prediction pages of the teaching. A form XObject cannot be shared between
files, and a page's content stream names glyphs by codes that ReportLab gives
out per file in the order characters are first drawn, so the same drawing
gives different bytes in every file. Drawing those pages again and again was
most of the time of printing the forms in Chinese and bilingually.

:class:`SharedGlyphs` gives every file of a form book one glyph numbering per
font (ReportLab's per-document font ``State``, shared; the font objects get our
own names ``FL1``…), so a drawing gives the same content-stream text in every
file. :class:`Fragments` records what a page (or part of one) writes to the
content stream the first time, and on the next files appends that text
instead of drawing again. A file's embedded subsets hold every glyph the book
has used so far, so they stop changing after the first forms and the subset
and its compressed stream are reused too (:mod:`.subsets`).

A recording is kept only when it is self-contained: it used no font outside
the shared ones and added no XObject, annotation, field, shading or colour
space to the page; anything else is simply drawn every time. This relies on
ReportLab internals (``TTFont.state``, ``PDFDocument.fontMapping`` and
``delayedFonts``, ``Canvas._code``); the tests compare replayed files with
freshly drawn ones and read them back with pypdf.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.printing.fonts import FACES, register_fonts

_FONT_USE = re.compile(r"/([^\s/()<>\[\]]+) [-0-9.]+ Tf")
PREFIX = "FL"
"""Our fonts' internal names: ReportLab names its own F1, F2…, so they never clash."""


class SharedGlyphs:
    """One glyph numbering per font for every file of one form book."""

    def __init__(self) -> None:
        register_fonts()
        self.fonts: list[TTFont] = []
        for name in (FACES.latin, FACES.latin_bold, FACES.cjk):
            font = pdfmetrics.getFont(name)
            if isinstance(font, TTFont) and font not in self.fonts:
                self.fonts.append(font)
        self._states = [TTFont.State(font._asciiReadable, font) for font in self.fonts]
        for index, state in enumerate(self._states, start=1):
            state.internalName = f"{PREFIX}{index}"
        self.names = {f"{PREFIX}{index}" for index in range(1, len(self.fonts) + 1)}

    def attach(self, canvas: Canvas) -> None:
        """Make ``canvas``'s file number glyphs as the book does (before anything is drawn)."""
        doc = canvas._doc
        for font, state in zip(self.fonts, self._states, strict=True):
            if doc in font.state:
                continue
            state.frozen = 0  # the previous file froze it when it embedded its subsets
            font.state[doc] = state
            doc.fontMapping[font.fontName] = "/" + state.internalName
            doc.delayedFonts.append(font)
        canvas._ls_glyphs = self  # type: ignore[attr-defined]

    def owns(self, canvas: Canvas) -> bool:
        return getattr(canvas, "_ls_glyphs", None) is self


@dataclass(frozen=True)
class _Recording:
    code: tuple[str, ...]


class Fragments:
    """Drawings recorded once per book and appended to the content stream of later files."""

    def __init__(self, glyphs: SharedGlyphs) -> None:
        self.glyphs = glyphs
        self._recorded: dict[Hashable, _Recording | None] = {}

    def draw(self, canvas: Canvas, key: Hashable, paint: Callable[[Canvas], object]) -> None:
        """Draw what ``paint`` draws; from the second file of the book on, copy it instead.

        ``key`` names the drawing: the same key must always draw the same thing
        at the same place. ``paint`` runs inside saveState/restoreState.
        """
        shared = self.glyphs.owns(canvas)
        recording = self._recorded.get(key) if shared else None
        if recording is not None:
            canvas._code.extend(recording.code)
            return
        before = _side_effects(canvas)
        start = len(canvas._code)
        canvas.saveState()
        paint(canvas)
        canvas.restoreState()
        if shared and key not in self._recorded:
            code = canvas._code[start:]
            clean = _side_effects(canvas) == before and self._fonts_shared(code)
            self._recorded[key] = _Recording(tuple(code)) if clean else None

    def _fonts_shared(self, code: list[str]) -> bool:
        used = {name.split("+", 1)[0] for name in _FONT_USE.findall(" ".join(code))}
        return used <= self.glyphs.names


def _side_effects(canvas: Canvas) -> tuple[int, ...]:
    """What a page gains besides its content stream: a drawing that adds any is not copied."""
    doc = canvas._doc
    return (
        len(canvas._formsinuse),
        len(canvas._annotationrefs),
        len(canvas._colorsUsed),
        len(canvas._shadingUsed),
        len(doc.fontMapping),
        len(getattr(doc, "idToObject", {})),
        id(canvas._formData),
    )
