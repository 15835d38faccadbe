"""A contact sheet of a lesson's iBoards: thumbnails in a grid, each with its key ideas.

The packet shows every iBoard of every lesson, so it prints the stored
thumbnails (320 px on the long side) rather than the 2560 px photos: three
to a row is about 55 mm each, where 320 px gives roughly 150 dpi, sharp
enough to recognise a board, while the transcribed key ideas underneath
carry the words. The full photos cost about forty times the bytes and
would make a twenty-lesson packet hundreds of megabytes (the conference
report prints them large). Thumbnails are placed by file path (DESIGN §8).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle

from lessonstudy.domain.packet import PacketLesson, PacketPhoto
from lessonstudy.printing.fonts import LATIN
from lessonstudy.printing.packet.layout import label_style, muted, tiny_style
from lessonstudy.printing.styles import Ink, para

COLUMNS = 3
IMAGE_HEIGHT = 42 * mm
GUTTER = 3 * mm


def contact_sheet(lesson: PacketLesson, width: float,
                  photo_paths: dict[int, Path]) -> list[Flowable]:
    """A grid of the lesson's photos; a photo whose thumbnail is missing says so."""
    if not lesson.photos:
        return [muted("No iBoard photos were added for this lesson.")]
    column = width / COLUMNS
    cells: list[list[Flowable] | str] = [
        _cell(photo, column - 2 * GUTTER, photo_paths.get(photo.id)) for photo in lesson.photos]
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    rows[-1] += [""] * (COLUMNS - len(rows[-1]))
    table = Table(rows, colWidths=[column] * COLUMNS)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), GUTTER),
        ("RIGHTPADDING", (0, 0), (-1, -1), GUTTER),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, Ink.GRID),
    ]))
    return [table]


def _cell(photo: PacketPhoto, width: float, path: Path | None) -> list[Flowable]:
    cell: list[Flowable] = []
    if path is not None:
        cell.append(_image(path, photo, width))
    else:
        cell.append(muted("(no thumbnail stored)"))
    title = photo_title(photo)
    cell.append(para(title, label_style()))
    cell += [para(f"{n}. {idea}", tiny_style()) for n, idea in enumerate(photo.key_ideas, 1)]
    if not photo.key_ideas:
        cell.append(muted("Key ideas not transcribed."))
    return cell


def _image(path: Path, photo: PacketPhoto, width: float) -> Image:
    """Scaled from the stored photo's proportions (the thumbnail keeps them): no file read."""
    ratio = photo.height / photo.width if photo.width > 0 and photo.height > 0 else 0.75
    draw_width = min(width, IMAGE_HEIGHT / ratio)
    image = Image(str(path), width=draw_width, height=draw_width * ratio)
    image.hAlign = "LEFT"
    return image


def photo_title(photo: PacketPhoto) -> str:
    """Group and caption, without saying the group twice ("Group A iBoard: …")."""
    if photo.caption and photo.group and photo.caption.startswith(photo.group):
        return photo.caption
    return " · ".join(p for p in (photo.group, photo.caption) if p) or "iBoard"


def photo_ids(lessons: Sequence[PacketLesson]) -> list[list[int]]:
    """Each lesson's photo ids, in printing order."""
    return [[photo.id for photo in lesson.photos] for lesson in lessons]
