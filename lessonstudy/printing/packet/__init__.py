"""The department head's debrief packet: many lessons in one PDF with contents and bookmarks.

Cover (school, department, dates) → contents → a summary table across the
lessons → per lesson: summary and flow, version history, conference summary,
key ideas and iBoards, actions, evidence by segment. Each lesson starts on a
new page (on an odd page with ``odd_pages``), is a contents line and a
top-level bookmark, and its parts are nested bookmarks.

Usage::

    from lessonstudy.printing.packet import build_packet
    build_packet(data, Path("packet.pdf"), thumbnails, PacketOptions(odd_pages=True))

The packet is laid out in one pass and lesson by lesson: each lesson's pages
are made only when layout reaches it (``sections.Later``), its thumbnails
fetched from ``thumbnails`` and written to a temporary folder just then, and
placed by path; earlier lessons' flowables are gone by then, so memory does
not grow with the number of lessons. ``progress(done, total)`` and a
``cancel`` event make it usable off the GUI thread; a cancel raises
:class:`OperationCancelled` mid-layout.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from lessonstudy.domain.packet import PacketData, PacketLesson, PacketOptions, ThumbnailSource
from lessonstudy.i18n import _, print_language
from lessonstudy.printing.document import BuildResult, DocumentMeta, Margins, build_pdf
from lessonstudy.printing.packet.front import contents, cover, school_text, summary
from lessonstudy.printing.packet.layout import date_range, packet_title
from lessonstudy.printing.packet.lesson import lesson_section
from lessonstudy.printing.packet.progress import BuildProgress, Progress
from lessonstudy.printing.styles import Paper

__all__ = ["build_packet", "packet_meta"]


def packet_meta(data: PacketData, options: PacketOptions) -> DocumentMeta:
    """Header text and PDF properties."""
    subtitle = " · ".join(p for p in (school_text(data, options), date_range(data)) if p)
    return DocumentMeta(title=packet_title(options), subtitle=subtitle,
                        subject=_("Lesson study debrief"),
                        keywords=("lesson study", "debrief", "packet"))


def build_packet(data: PacketData, path: Path, thumbnails: ThumbnailSource | None = None,
                 options: PacketOptions | None = None, *, paper: Paper = Paper.A4,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 invariant: bool = False, language: str | None = None) -> BuildResult:
    """Write the packet PDF to ``path`` (callers write to a temporary name and rename).

    ``language`` is the print language; None keeps the one in force.
    """
    with print_language(language):
        return _build(data, path, thumbnails, options, paper, progress, cancel, invariant)


def _build(data: PacketData, path: Path, thumbnails: ThumbnailSource | None,
           options: PacketOptions | None, paper: Paper, progress: Progress | None,
           cancel: threading.Event | None, invariant: bool) -> BuildResult:
    chosen = options or PacketOptions()
    tracker = BuildProgress(progress, cancel, len(data.rows))
    margins = Margins()
    width = paper.size[0] - margins.left - margins.right
    with tempfile.TemporaryDirectory(prefix="lessonstudy-packet-") as folder:
        files = ThumbnailFiles(thumbnails, Path(folder), tracker)
        content = [*cover(data, chosen, width), contents(chosen),
                   summary(data, chosen, width),
                   *(lesson_section(data, index, chosen, width, files)
                     for index in range(len(data.rows)))]
        result = build_pdf(path, content, packet_meta(data, chosen), paper=paper,
                           margins=margins, invariant=invariant, progress=tracker.reportlab)
    tracker.done()
    return result


class ThumbnailFiles:
    """Writes one lesson's thumbnails to ``folder/<photo id>.jpg`` when its pages are made.

    Called by each lesson's :class:`~lessonstudy.printing.sections.Later` as
    layout reaches that lesson, so thumbnails are fetched lesson by lesson and
    the progress bar moves a lesson at a time.
    """

    def __init__(self, source: ThumbnailSource | None, folder: Path,
                 tracker: BuildProgress) -> None:
        self.source = source
        self.folder = folder
        self.tracker = tracker

    def __call__(self, lesson: PacketLesson) -> dict[int, Path]:
        self.tracker.lesson_started()
        ids = [photo.id for photo in lesson.photos]
        paths: dict[int, Path] = {}
        if self.source is not None and ids:
            for photo_id, jpeg in self.source(ids):
                target = self.folder / f"{photo_id}.jpg"
                target.write_bytes(jpeg)
                paths[photo_id] = target
        return paths
