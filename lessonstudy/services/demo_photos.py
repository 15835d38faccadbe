"""Draws demo iBoard photos: a whiteboard with a group's four key ideas, slightly askew.

Real iBoards are photographed with phones; the demo needs believable images
without shipping photos of real people, so it draws them.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lessonstudy.resources import resource_path

_INKS = ((20, 60, 160), (170, 30, 30), (20, 110, 50), (30, 30, 30))


def draw_iboard(title: str, ideas: Sequence[str], *, seed: int = 0) -> bytes:
    """A 1600×1200 PNG of a whiteboard with ``ideas`` written on it."""
    rng = random.Random(seed)
    board = Image.new("RGB", (1600, 1200), (238, 240, 236))
    draw = ImageDraw.Draw(board)
    heading = _Pens(72)
    if heading.width(title) > 1400:
        heading = _Pens(int(72 * 1400 / heading.width(title)))
    body = _Pens(52)
    draw.rectangle((30, 30, 1570, 1170), outline=(90, 90, 90), width=14)
    heading.write(draw, (90, 70), title, (30, 30, 30))
    for index, idea in enumerate(ideas, start=1):
        y = 240 + (index - 1) * 220
        ink = _INKS[(index - 1) % len(_INKS)]
        for line_no, line in enumerate(_wrap(f"{index}. {idea}", 38)[:2]):
            body.write(draw, (100 + rng.randint(-8, 8), y + line_no * 70), line, ink)
    board = board.rotate(
        rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100)
    )
    board = board.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    board.save(out, format="PNG")
    return out.getvalue()


class _Pens:
    """A Latin and a CJK font of one size: no single shipped font has both scripts."""

    def __init__(self, size: int) -> None:
        fonts = ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf")
        self.latin, self.cjk = (
            ImageFont.truetype(str(resource_path("fonts", name)), size) for name in fonts
        )

    def width(self, text: str) -> float:
        return sum((self.cjk if cjk else self.latin).getlength(run) for run, cjk in _runs(text))

    def write(self, draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str,
              ink: tuple[int, int, int]) -> None:
        """Draw ``text`` run by run, each in the font that has its glyphs."""
        x, y = at
        for run, cjk in _runs(text):
            font = self.cjk if cjk else self.latin
            draw.text((x, y), run, font=font, fill=ink)
            x += int(font.getlength(run))


def _runs(text: str) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    for char in text:
        cjk = ord(char) >= 0x2E80
        if runs and runs[-1][1] == cjk:
            runs[-1] = (runs[-1][0] + char, cjk)
        else:
            runs.append((char, cjk))
    return runs


def _wrap(text: str, width: int) -> list[str]:
    """Wrap by words, or by characters for Chinese text without spaces."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        current = word
    if current:
        lines.append(current)
    return lines
