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
    font_path = str(resource_path("fonts", "DroidSansFallbackFull.ttf"))
    heading = ImageFont.truetype(font_path, 72)
    body = ImageFont.truetype(font_path, 52)
    draw.rectangle((30, 30, 1570, 1170), outline=(90, 90, 90), width=14)
    draw.text((90, 70), title, font=heading, fill=(30, 30, 30))
    for index, idea in enumerate(ideas, start=1):
        y = 240 + (index - 1) * 220
        ink = _INKS[(index - 1) % len(_INKS)]
        for line_no, line in enumerate(_wrap(f"{index}. {idea}", 38)[:2]):
            draw.text((100 + rng.randint(-8, 8), y + line_no * 70), line, font=body, fill=ink)
    board = board.rotate(
        rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100)
    )
    board = board.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    board.save(out, format="PNG")
    return out.getvalue()


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
