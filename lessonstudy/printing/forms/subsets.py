"""Reuse embedded font subsets and compressed streams between forms instead of making them again.

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

The files of one form book also share most of their compressed streams: the
pages copied by :mod:`.replay` and, once the book's glyph numbering stops
growing, the font subsets. :func:`compressing_once` remembers compressed bytes
by their content while a book is written (in that thread only, up to
``MAX_COMPRESSED_BYTES``), so each is compressed once per book.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from reportlab.pdfbase import pdfdoc, pdfmetrics

from lessonstudy.printing.fonts import FACES, register_fonts

MAX_REMEMBERED = 64
"""Subsets kept per font (a few hundred KB each at most); the oldest go first."""

MAX_COMPRESSED_BYTES = 8_000_000
"""Compressed streams remembered (input and output bytes together); the oldest go first."""

_lock = threading.Lock()
_installed: set[str] = set()
_memos: list[dict[tuple[int, ...], bytes]] = []
_compressed: dict[bytes, bytes] = {}
_compressed_size = 0
_local = threading.local()


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
    """Drop every remembered subset and stream (benchmarks measure a first print with this)."""
    global _compressed_size
    for memo in _memos:
        memo.clear()
    with _lock:
        _compressed.clear()
        _compressed_size = 0


@contextmanager
def compressing_once() -> Iterator[None]:
    """While inside, this thread's PDF streams with the same bytes are compressed only once."""
    _install_compression()
    depth = getattr(_local, "depth", 0)
    _local.depth = depth + 1
    try:
        yield
    finally:
        _local.depth = depth


def _install_compression() -> None:
    with _lock:
        if "zlib" not in _installed:
            pdfdoc.PDFZCompress.encode = _encode  # the one Flate filter every stream uses
            _installed.add("zlib")


def _encode(text: str | bytes) -> bytes:
    data = text.encode("utf8") if isinstance(text, str) else text
    if not getattr(_local, "depth", 0):
        return zlib.compress(data)
    packed = _compressed.get(data)
    if packed is None:
        packed = zlib.compress(data)
        _remember_compressed(data, packed)
    return packed


def _remember_compressed(data: bytes, packed: bytes) -> None:
    global _compressed_size
    size = len(data) + len(packed)
    if size > MAX_COMPRESSED_BYTES // 4:
        return
    with _lock:
        while _compressed and _compressed_size + size > MAX_COMPRESSED_BYTES:
            old = next(iter(_compressed))
            _compressed_size -= len(old) + len(_compressed.pop(old))
        _compressed[data] = packed
        _compressed_size += size


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
