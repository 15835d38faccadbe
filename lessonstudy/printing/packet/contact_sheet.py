"""A contact sheet of a lesson's key ideas: typed ones, then iBoard thumbnails with theirs.

The packet shows every iBoard of every lesson, so it prints the stored
thumbnails (320 px on the long side) rather than the 2560 px photos: three
to a row is about 55 mm each, where 320 px gives roughly 150 dpi, sharp
enough to recognise a board, while the transcribed key ideas underneath
carry the words. The full photos cost about forty times the bytes and
would make a twenty-lesson packet hundreds of megabytes (the conference
report prints them large). Thumbnails are placed by file path (DESIGN §8).

Each row of the grid is one :class:`ContactRow` flowable rather than a
table, and its texts are broken into lines once per width
(:mod:`lessonstudy.printing.linebreak`), not paragraphs: ReportLab tables and
paragraphs wrap again whenever they are measured, and Chinese key ideas
wrap character by character, which made the contact sheets of a
twenty-lesson packet cost more than the rest of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from lessonstudy.domain.packet import PacketKeyIdeas, PacketLesson, PacketPhoto
from lessonstudy.i18n import _
from lessonstudy.printing.linebreak import Line, LineWriter, Span, break_lines
from lessonstudy.printing.packet.layout import muted
from lessonstudy.printing.styles import Ink

COLUMNS = 3
IMAGE_HEIGHT = 42 * mm
GUTTER = 3 * mm
IDEA_CHARS = 160
"""Longer key ideas are shortened on the contact sheet (the conference report has them whole)."""

TITLE_SIZE, TITLE_LEADING = 8.0, 10.0
IDEA_SIZE, IDEA_LEADING = 7.0, 8.6
NOTE_SIZE, NOTE_LEADING = 7.5, 9.0


@dataclass(frozen=True)
class CellText:
    """A piece of a cell's text: styled spans, their size and line spacing, and an indent."""

    spans: tuple[Span, ...]
    size: float
    leading: float
    indent: float = 0.0


@dataclass(frozen=True)
class ContactCell:
    """One photo (or typed set) on the sheet: its file (None if none), size ratio and texts."""

    path: Path | None
    ratio: float
    texts: tuple[CellText, ...]


class ContactRow(Flowable):
    """Up to three photos side by side with their titles and key ideas, ruled below."""

    def __init__(self, cells: Sequence[ContactCell]) -> None:
        super().__init__()
        self.cells = list(cells)
        self._wrapped_for: float | None = None
        self._height = 0.0
        self._lines: list[list[_Placed]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth:
            self._wrapped_for = availWidth
            inner = availWidth / COLUMNS - 2 * GUTTER
            self._lines = [_broken(cell, inner) for cell in self.cells]
            self._height = max(self._cell_height(cell, lines, inner)
                               for cell, lines in zip(self.cells, self._lines, strict=True)) + 9
        self.width = availWidth
        return availWidth, self._height

    def _cell_height(self, cell: ContactCell, lines: list[_Placed], inner: float) -> float:
        image = self._image_size(cell, inner)[1] + 2 if cell.path else 0.0
        return image + sum(placed.leading for placed in lines)

    @staticmethod
    def _image_size(cell: ContactCell, inner: float) -> tuple[float, float]:
        width = min(inner, IMAGE_HEIGHT / cell.ratio)
        return width, width * cell.ratio

    def draw(self) -> None:
        canvas, column = self.canv, self.width / COLUMNS
        inner = column - 2 * GUTTER
        writer = LineWriter(canvas)
        for index, (cell, lines) in enumerate(zip(self.cells, self._lines, strict=True)):
            x, top = index * column + GUTTER, self._height - 3
            if cell.path is not None:
                width, height = self._image_size(cell, inner)
                canvas.drawImage(str(cell.path), x, top - height, width, height)
                top -= height + 2
            for placed in lines:
                top -= placed.leading
                writer.line(x + placed.indent, top + 2, placed.line, placed.size)
        writer.close()
        canvas.setStrokeColor(Ink.GRID)
        canvas.setLineWidth(0.3)
        canvas.line(0, 0, self.width, 0)


@dataclass(frozen=True)
class _Placed:
    """A broken line of a cell with its size, line spacing and indent."""

    line: Line
    size: float
    leading: float
    indent: float


def _broken(cell: ContactCell, width: float) -> list[_Placed]:
    """Every line of a cell's texts; continuation lines of an indented text are indented."""
    placed: list[_Placed] = []
    for text in cell.texts:
        first, *rest = break_lines(text.spans, text.size, width)
        if rest and text.indent:
            remainder = _rest_after(first, text)
            rest = break_lines(remainder, text.size, width - text.indent) if remainder else []
        placed.append(_Placed(first, text.size, text.leading, 0.0))
        placed.extend(_Placed(line, text.size, text.leading, text.indent) for line in rest)
    return placed


def _rest_after(first: Line, text: CellText) -> tuple[Span, ...]:
    """The spans' text after what the first line holds (to break it again, narrower)."""
    joined = "".join(span.text for span in text.spans)
    shown = len("".join(piece.text for piece in first))
    rest = joined[shown:].lstrip()
    return (Span(rest, text.spans[0].bold, text.spans[0].color),) if rest else ()


def contact_sheet(lesson: PacketLesson, width: float,
                  photo_paths: Mapping[int, Path]) -> list[Flowable]:
    """A grid of the groups' typed key ideas, then the photos with theirs.

    A photo whose thumbnail is missing says so.
    """
    if not lesson.photos and not lesson.typed_key_ideas:
        return [muted(_("No key ideas were typed and no iBoard photos were added."))]
    cells = [_typed_cell(typed) for typed in lesson.typed_key_ideas]
    cells += [_cell(photo, photo_paths.get(photo.id)) for photo in lesson.photos]
    return [ContactRow(cells[i:i + COLUMNS]) for i in range(0, len(cells), COLUMNS)]


def _title(text: str) -> CellText:
    return CellText((Span(text, bold=True),), TITLE_SIZE, TITLE_LEADING)


def _muted(text: str) -> CellText:
    return CellText((Span(text, color=Ink.MUTED),), NOTE_SIZE, NOTE_LEADING)


def _ideas(ideas: Sequence[str]) -> list[CellText]:
    """"1. …", "2. …", continuation lines indented under the text."""
    return [CellText((Span(f"{n}. {_short(idea)}"),), IDEA_SIZE, IDEA_LEADING, indent=8)
            for n, idea in enumerate(ideas, start=1)]


def _cell(photo: PacketPhoto, path: Path | None) -> ContactCell:
    texts: list[CellText] = [] if path else [_muted(_("(no thumbnail stored)"))]
    texts.append(_title(photo_title(photo)))
    if photo.key_ideas:
        texts.extend(_ideas(photo.key_ideas))
    else:
        texts.append(_muted(_("Key ideas not transcribed.")))
    ratio = photo.height / photo.width if photo.width > 0 and photo.height > 0 else 0.75
    return ContactCell(path, ratio, tuple(texts))


def _typed_cell(typed: PacketKeyIdeas) -> ContactCell:
    title = _("{group}: key ideas typed from its board").format(group=typed.group)
    return ContactCell(None, 0.75, (_title(title), *_ideas(typed.ideas)))


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= IDEA_CHARS else flat[: IDEA_CHARS - 1] + "…"


def photo_title(photo: PacketPhoto) -> str:
    """Group and caption, without saying the group twice ("Group A iBoard: …")."""
    if photo.caption and photo.group and photo.caption.startswith(photo.group):
        return photo.caption
    return " · ".join(p for p in (photo.group, photo.caption) if p) or "iBoard"
