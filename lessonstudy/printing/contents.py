"""A table of contents laid out in the same single pass as the rest of the document.

ReportLab's own ``TableOfContents`` learns its page numbers while the
document is laid out, so it needs ``multiBuild``: a whole second (and often
third) layout of every page, only to print a few numbers. For a department
packet that was two thirds of the build time.

Here the contents lines are known before layout starts (they are the
document's headings marked ``in_toc``), and only their page numbers are not.
Each line ends with dot leaders and a reference to a small PDF form that is
drawn when the file is saved, once every heading has been placed (the same
trick as the footer's "Page x of y", see :mod:`lessonstudy.printing.document`).
The number's room is reserved at a fixed width, so the lines' layout never
depends on the numbers and one pass is exact. Each line also links to its
heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonstudy.printing.styles import WrapOnceParagraph, get_styles
from lessonstudy.printing.textruns import markup

NUMBER_ROOM = 30.0
"""Points kept free at the right of every contents line for its page number (5 digits)."""

LEVELS = 3
_CALLBACK = "lsContentsLineEnd"
_DOT = " . "


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the contents: a heading's text, outline level and bookmark key."""

    index: int
    level: int
    title: str
    key: str


def contents_key(index: int) -> str:
    """The bookmark key of the heading that contents entry ``index`` names (its link target)."""
    return f"toc{index}"


def number_form(index: int) -> str:
    """The name of the PDF form holding the page number of contents entry ``index``."""
    return f"ls-toc-{index}"


@cache
def level_style(level: int) -> ParagraphStyle:
    """Indented body text; the right indent keeps the page number's room free."""
    styles = get_styles()
    return ParagraphStyle(f"ls-contents-{level}", parent=styles.body, leftIndent=14 * level + 14,
                          firstLineIndent=-14, rightIndent=NUMBER_ROOM,
                          spaceBefore=4 if level == 0 else 1, spaceAfter=0, wordWrap="CJK")


class ContentsPlace(Flowable):
    """Where the contents go in a story; the document builder replaces it with its lines."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:  # replaced before layout; draws nothing if left in place
        return


class ContentsLine(WrapOnceParagraph):
    """A contents line: the heading's text, dot leaders, and its page number's form."""

    def __init__(self, entry: ContentsEntry) -> None:
        style = level_style(min(entry.level, LEVELS - 1))
        text = markup(entry.title) + f'<onDraw name="{_CALLBACK}" label="{entry.index}"/>'
        super().__init__(text, style)
        self.entry = entry

    def draw(self) -> None:
        self.canv.setNamedCB(_CALLBACK, self._line_end)
        super().draw()

    def _line_end(self, canvas: Canvas, kind: str, label: str) -> None:
        """Dots from the end of the text to the number's room, then the number's form."""
        info: dict[str, Any] = canvas._curr_tx_info  # ReportLab's own TOC reads it too
        x, y = float(info["cur_x"]), float(info["cur_y"])
        style = self.style
        right = self.width - NUMBER_ROOM
        dot_width = stringWidth(_DOT, style.fontName, style.fontSize)
        dots = int((right - x) / dot_width) if dot_width > 0 else 0
        if dots > 0:
            text = canvas.beginText(right - dots * dot_width, y)
            text.setFont(style.fontName, style.fontSize)
            text.textOut(_DOT * dots)
            canvas.drawText(text)
        canvas.saveState()
        canvas.translate(self.width, y)
        canvas.doForm(number_form(self.entry.index))
        canvas.restoreState()
        top = y + style.fontSize
        canvas.linkRect("", self.entry.key, (0, y - 2, self.width, top), relative=1)


def contents_lines(entries: Sequence[ContentsEntry]) -> list[Flowable]:
    """One flowable per entry, so a long contents runs over as many pages as it needs."""
    return [ContentsLine(entry) for entry in entries]


def draw_number_forms(canvas: Canvas, pages: dict[int, int], count: int,
                      font: str, size: float) -> None:
    """Draw each entry's page number, right-aligned at the form's origin (at save time).

    An entry whose heading was never placed prints no number rather than a wrong one.
    """
    for index in range(count):
        canvas.beginForm(number_form(index), lowerx=-NUMBER_ROOM, lowery=-4, upperx=0,
                         uppery=size + 2)
        page = pages.get(index)
        if page is not None:
            canvas.setFont(font, size)
            canvas.drawRightString(0, 0, str(page))
        canvas.endForm()
