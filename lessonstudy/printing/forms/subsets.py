"""Reuse embedded font subsets between forms instead of cutting the same subset again.

Every PDF embeds a subset of each font with just the glyphs it uses. Thirty
forms of one open class use nearly the same characters (only the observers'
names differ), yet ReportLab cuts each subset out of the font file again for
every file: with the 4 MB CJK font that was a fifth of the time of printing
thirty forms (measured with ``bench/forms.py``). A subset depends only on the
font and the characters in it, in order, so the bytes are remembered per
font, keyed by those characters.

This wraps the ``makeSubset`` method of the registered fonts' faces, once per
process; other documents benefit too. It could move to
:mod:`lessonstudy.printing.fonts` if every document wants it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from reportlab.pdfbase import pdfmetrics

from lessonstudy.printing.fonts import FACES, register_fonts

MAX_REMEMBERED = 64
"""Subsets kept per font (a few hundred KB each at most); the oldest go first."""

_lock = threading.Lock()
_installed: set[str] = set()
_memos: list[dict[tuple[int, ...], bytes]] = []


def remember_subsets() -> None:
    """Make each Lesson Study font reuse subsets it has already cut (idempotent)."""
    register_fonts()
    with _lock:
        for name in {FACES.latin, FACES.latin_bold, FACES.cjk}:
            if name in _installed:
                continue
            face = pdfmetrics.getFont(name).face
            face.makeSubset = _remembering(face.makeSubset)
            _installed.add(name)


def forget_subsets() -> None:
    """Drop every remembered subset (benchmarks measure a first print with this)."""
    for memo in _memos:
        memo.clear()


def _remembering(cut: Callable[[Sequence[int]], bytes]) -> Callable[[Sequence[int]], bytes]:
    memo: dict[tuple[int, ...], bytes] = {}
    _memos.append(memo)

    def make_subset(subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        data = memo.get(key)
        if data is None:
            with _lock:  # the font file reader keeps a read position: one cut at a time
                data = cut(subset)
            if len(memo) >= MAX_REMEMBERED:
                memo.pop(next(iter(memo)))
            memo[key] = data
        return data

    return make_subset
