"""A contact sheet of a lesson's key ideas: typed ones, then iBoard thumbnails with theirs.

The packet shows every iBoard of every lesson, so it prints the stored
thumbnails (320 px on the long side) rather than the 2560 px photos: three
to a row is about 55 mm each, where 320 px gives roughly 150 dpi, sharp
enough to recognise a board, while the transcribed key ideas underneath
carry the words. The full photos cost about forty times the bytes and
would make a twenty-lesson packet hundreds of megabytes (the conference
report prints them large). Thumbnails are placed by file path (DESIGN §8).

Each row of the grid is one :class:`ContactRow` flowable rather than a
table: ReportLab tables wrap every cell paragraph several times per layout
pass, and Chinese key ideas wrap character by character, which made the
contact sheets of a twenty-lesson packet cost seven times the rest of it.
A row wraps its paragraphs once per width and reuses that in every pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from lessonstudy.domain.packet import PacketKeyIdeas, PacketLesson, PacketPhoto
from lessonstudy.i18n import _
from lessonstudy.printing.packet.layout import label_style, muted, tiny_style
from lessonstudy.printing.styles import Ink, para

COLUMNS = 3
IMAGE_HEIGHT = 42 * mm
GUTTER = 3 * mm
IDEA_CHARS = 160
"""Longer key ideas are shortened on the contact sheet (the conference report has them whole)."""


@dataclass(frozen=True)
class ContactCell:
    """One photo on the sheet: its file (None if no thumbnail), size ratio and text lines."""

    path: Path | None
    ratio: float
    lines: tuple[Paragraph, ...]


class ContactRow(Flowable):
    """Up to three photos side by side with their titles and key ideas, ruled below."""

    def __init__(self, cells: Sequence[ContactCell]) -> None:
        super().__init__()
        self.cells = list(cells)
        self._wrapped_for: float | None = None
        self._height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth:
            self._wrapped_for = availWidth
            inner = availWidth / COLUMNS - 2 * GUTTER
            self._height = max(self._cell_height(cell, inner) for cell in self.cells) + 9
        self.width = availWidth
        return availWidth, self._height

    def _cell_height(self, cell: ContactCell, inner: float) -> float:
        image = self._image_size(cell, inner)[1] + 2 if cell.path else 0.0
        return image + sum(line.wrap(inner, 10_000)[1] for line in cell.lines)

    @staticmethod
    def _image_size(cell: ContactCell, inner: float) -> tuple[float, float]:
        width = min(inner, IMAGE_HEIGHT / cell.ratio)
        return width, width * cell.ratio

    def draw(self) -> None:
        canvas, column = self.canv, self.width / COLUMNS
        inner = column - 2 * GUTTER
        for index, cell in enumerate(self.cells):
            x, top = index * column + GUTTER, self._height - 3
            if cell.path is not None:
                width, height = self._image_size(cell, inner)
                canvas.drawImage(str(cell.path), x, top - height, width, height)
                top -= height + 2
            for line in cell.lines:
                top -= line.height
                line.drawOn(canvas, x, top)
        canvas.setStrokeColor(Ink.GRID)
        canvas.setLineWidth(0.3)
        canvas.line(0, 0, self.width, 0)


def contact_sheet(lesson: PacketLesson, width: float,
                  photo_paths: dict[int, Path]) -> list[Flowable]:
    """A grid of the groups' typed key ideas, then the photos with theirs.

    A photo whose thumbnail is missing says so.
    """
    if not lesson.photos and not lesson.typed_key_ideas:
        return [muted(_("No key ideas were typed and no iBoard photos were added."))]
    cells = [_typed_cell(typed) for typed in lesson.typed_key_ideas]
    cells += [_cell(photo, photo_paths.get(photo.id)) for photo in lesson.photos]
    return [ContactRow(cells[i:i + COLUMNS]) for i in range(0, len(cells), COLUMNS)]


def _cell(photo: PacketPhoto, path: Path | None) -> ContactCell:
    lines: list[Paragraph] = [] if path else [muted(_("(no thumbnail stored)"))]
    lines.append(para(photo_title(photo), label_style()))
    if photo.key_ideas:  # one paragraph for all four: a paragraph's set-up costs more than a line
        ideas = "\n".join(f"{n}. {_short(idea)}" for n, idea in enumerate(photo.key_ideas, 1))
        lines.append(para(ideas, tiny_style()))
    else:
        lines.append(muted(_("Key ideas not transcribed.")))
    ratio = photo.height / photo.width if photo.width > 0 and photo.height > 0 else 0.75
    return ContactCell(path, ratio, tuple(lines))


def _typed_cell(typed: PacketKeyIdeas) -> ContactCell:
    title = _("{group}: key ideas typed from its board").format(group=typed.group)
    ideas = "\n".join(f"{n}. {_short(idea)}" for n, idea in enumerate(typed.ideas, 1))
    return ContactCell(None, 0.75, (para(title, label_style()), para(ideas, tiny_style())))


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= IDEA_CHARS else flat[: IDEA_CHARS - 1] + "…"


def photo_title(photo: PacketPhoto) -> str:
    """Group and caption, without saying the group twice ("Group A iBoard: …")."""
    if photo.caption and photo.group and photo.caption.startswith(photo.group):
        return photo.caption
    return " · ".join(p for p in (photo.group, photo.caption) if p) or "iBoard"


def photo_ids(lessons: Sequence[PacketLesson]) -> list[list[int]]:
    """Each lesson's photo ids, in printing order."""
    return [[photo.id for photo in lesson.photos] for lesson in lessons]
