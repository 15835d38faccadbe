"""Build a finished PDF from a story: the one page frame every Lesson Study print shares.

Every document (lesson plan, observation forms, conference report, packet)
gets the same header (document title and subtitle), footer ("Page x of y" with
the real total), metadata, paper size, bookmarks for its headings and a
correct table of contents, by calling :func:`build_pdf`.

Everything is laid out in one pass. The page total costs nothing extra: each
page's footer is a PDF form that the page refers to while it is laid out and
that is drawn when the file is saved, once the total is known. The contents
page works the same way (:mod:`lessonstudy.printing.contents`): its lines are
the headings marked ``in_toc``, known before layout, and each page number is
a form drawn at save time. ReportLab's ``multiBuild`` laid the whole document
out two or three times only to learn those numbers.

Content wrapped in :class:`~lessonstudy.printing.sections.Later` is made only
when layout reaches it, so a long packet holds one lesson's flowables at a time.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

import lessonstudy
from lessonstudy.i18n import _
from lessonstudy.printing.contents import (
    ContentsEntry,
    ContentsPlace,
    contents_key,
    contents_lines,
    draw_number_forms,
)
from lessonstudy.printing.fonts import LATIN, register_fonts
from lessonstudy.printing.pdfstream import StreamingCanvas
from lessonstudy.printing.sections import Heading, Later, Section, flatten
from lessonstudy.printing.styles import Ink, Paper, get_styles
from lessonstudy.printing.textruns import draw_string, fit_text, string_width

ProgressCallback = Callable[[str, int], None]


@dataclass(frozen=True)
class DocumentMeta:
    """What the PDF says about itself: header text and the file's properties.

    ``page_label`` is the footer, with ``{page}`` and ``{pages}`` filled in;
    e.g. ``"第 {page} 頁，共 {pages} 頁"`` for a Chinese print.
    """

    title: str
    subtitle: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    page_label: str = field(default_factory=lambda: _("Page {page} of {pages}"))


@dataclass(frozen=True)
class Margins:
    """Page margins in points; the header and footer sit inside top and bottom."""

    top: float = 22 * mm
    right: float = 18 * mm
    bottom: float = 20 * mm
    left: float = 18 * mm


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: where, how many pages, how many layout passes (always one)."""

    path: Path
    pages: int
    passes: int
    bookmarks: list[str] = field(default_factory=list)


HEADER_SIZE = 8.5
FOOTER_SIZE = 8


class LessonStudyDocTemplate(BaseDocTemplate):
    """ReportLab document with Lesson Study's page frame, bookmarks and page total.

    Use :func:`build_pdf`; this class is public only for documents that need
    their own page templates.
    """

    def __init__(self, path: Path, meta: DocumentMeta, paper: Paper, margins: Margins,
                 invariant: bool, landscape: bool = False) -> None:
        width, height = paper.size
        super().__init__(
            str(path), pagesize=(height, width) if landscape else (width, height),
            leftMargin=margins.left, rightMargin=margins.right,
            topMargin=margins.top, bottomMargin=margins.bottom, title=meta.title,
            author=meta.author, subject=meta.subject, keywords=list(meta.keywords),
            creator=f"{lessonstudy.APP_NAME} {lessonstudy.__version__}",
            invariant=1 if invariant else 0, displayDocTitle=1,
            # ReportLab opens every page with a font; the default Helvetica is not embedded.
            initialFontName=LATIN, initialFontSize=10, initialLeading=14,
        )
        self.meta = meta
        self.margins = margins
        self.bookmarks: list[str] = []
        self.contents_pages: dict[int, int] = {}
        self.contents_count = 0
        self._header: tuple[str, str] | None = None
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate_page)])

    # -- the pass -------------------------------------------------------------
    def beforeDocument(self) -> None:
        self._last_level = -1
        self._heading_count = 0
        self.bookmarks = []
        self.contents_pages = {}

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, Later):  # made now, laid out next; earlier content is gone
            flowables[0:1] = first.expand()
            return
        super().handle_flowable(flowables)

    # -- page starts (see sections.NewPage / OddPage) -------------------------
    def handle_newPageIfNotEmpty(self) -> None:
        if self._curPageFlowableCount > 0:
            self.handle_pageBreak()

    def handle_oddPage(self) -> None:
        if self.page % 2 == 0:
            self.handle_pageBreak()  # this even page stays blank

    # -- bookmarks and contents ------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and (flowable.bookmark or flowable.in_toc):
            self._mark_heading(flowable)

    def _mark_heading(self, heading: Heading) -> None:
        self._heading_count += 1
        index = heading.contents_index if heading.in_toc else None
        key = f"h{self._heading_count}" if index is None else contents_key(index)
        level = min(heading.level, self._last_level + 1)
        self.canv.bookmarkPage(key)
        if heading.bookmark:
            self.canv.showOutline()
            self.canv.addOutlineEntry(heading.title, key, level=level, closed=level > 0)
            self.bookmarks.append(heading.title)
            self._last_level = level
        if index is not None:
            self.contents_pages[index] = self.page

    # -- header and footer ---------------------------------------------------
    def _decorate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self._curPageFlowableCount > 0:  # blank pages (odd-page starts) stay clean
            self._draw_header(canvas)
        canvas.doForm(_footer_form(self.page))  # drawn by draw_footers() at save time
        canvas.restoreState()

    def _header_texts(self) -> tuple[str, str]:
        """The title and subtitle as they fit the header, worked out once per document.

        Shortening a long (bilingual) title to fit measures it character by
        character; done for every page it was a noticeable part of a packet.
        """
        if self._header is None:
            subtitle = (fit_text(self.meta.subtitle, self.width * 0.45, HEADER_SIZE)
                        if self.meta.subtitle else "")
            room = self.width - (string_width(subtitle, HEADER_SIZE) if subtitle else 0) - 6 * mm
            self._header = (fit_text(self.meta.title, room, HEADER_SIZE, bold=True), subtitle)
        return self._header

    def _draw_header(self, canvas: Canvas) -> None:
        left, right = self.leftMargin, self.leftMargin + self.width
        baseline = self.pagesize[1] - self.margins.top + 5 * mm
        title, subtitle = self._header_texts()
        canvas.setFillColor(Ink.MUTED)
        if subtitle:
            draw_string(canvas, right, baseline, subtitle, HEADER_SIZE, align="right")
        draw_string(canvas, left, baseline, title, HEADER_SIZE, bold=True)
        canvas.setStrokeColor(Ink.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, baseline - 2 * mm, right, baseline - 2 * mm)

    def draw_footers(self, canvas: Canvas, total: int) -> None:
        """Draw every page's footer form and the contents' numbers, now that they are known."""
        body = get_styles().body
        draw_number_forms(canvas, self.contents_pages, self.contents_count, body.fontName,
                          body.fontSize)
        centre = self.leftMargin + self.width / 2
        for page in range(1, total + 1):
            canvas.beginForm(_footer_form(page))
            canvas.setFillColor(Ink.MUTED)
            label = self.meta.page_label.format(page=page, pages=total)
            draw_string(canvas, centre, self.margins.bottom - 10 * mm, label, FOOTER_SIZE,
                        align="centre")
            canvas.endForm()


def _footer_form(page: int) -> str:
    return f"ls-footer-{page}"


class _FooterCanvas(StreamingCanvas):
    """A canvas that draws the footer forms just before the file is finished.

    Pages and images are written to the file as they are finished
    (:mod:`lessonstudy.printing.pdfstream`), so a long packet does not hold
    them all in memory.
    """

    template: LessonStudyDocTemplate | None = None

    def save(self) -> None:
        if self.template is not None:
            self.template.draw_footers(self, self.getPageNumber() - 1)
        super().save()


def build_pdf(
    path: str | Path,
    content: Iterable[Flowable | Section],
    meta: DocumentMeta,
    *,
    paper: Paper = Paper.A4,
    landscape: bool = False,
    margins: Margins | None = None,
    invariant: bool = False,
    progress: ProgressCallback | None = None,
) -> BuildResult:
    """Lay out ``content`` and write the PDF to ``path``.

    ``content`` mixes flowables and :class:`Section` objects. ``invariant``
    fixes the creation date and document id so the same input gives the same
    bytes (tests). ``progress`` receives ReportLab's ``(kind, value)`` events,
    e.g. ``("PASS", 2)`` and ``("PAGE", 5)``, to drive a progress bar.
    """
    target = Path(path)
    register_fonts()
    story = flatten(content)
    doc = LessonStudyDocTemplate(target, meta, paper, margins or Margins(), invariant, landscape)
    story, doc.contents_count = _with_contents(story)
    if progress is not None:
        doc.setProgressCallBack(progress)

    # The file is written while it is laid out, so it goes to a name of its own and replaces
    # the target only when finished: a failed build leaves any older file at the target as it was.
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = _FooterCanvas(partial, *args[1:], **kwargs)
        canvas.template = doc
        return canvas

    try:
        doc.build(story, canvasmaker=make_canvas)
        os.replace(partial, target)
    except BaseException:
        canvas = getattr(doc, "canv", None)
        if isinstance(canvas, StreamingCanvas):
            canvas.abandon()
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress("PASS", 1)
    return BuildResult(target, doc.page, 1, list(doc.bookmarks))


def _with_contents(story: list[Flowable]) -> tuple[list[Flowable], int]:
    """The story with each contents place replaced by a line per ``in_toc`` heading.

    The levels follow the same rule as the bookmarks (never more than one
    deeper than the previous bookmarked heading), and each heading learns its
    entry's index so the builder can record the page it lands on.
    """
    if not any(isinstance(f, ContentsPlace) for f in story):
        return story, 0
    entries: list[ContentsEntry] = []
    last_level = -1
    for flowable in story:
        if not isinstance(flowable, Heading) or not (flowable.bookmark or flowable.in_toc):
            continue
        level = min(flowable.level, last_level + 1)
        if flowable.bookmark:
            last_level = level
        if flowable.in_toc:
            flowable.contents_index = len(entries)
            entries.append(ContentsEntry(len(entries), level, flowable.title,
                                         contents_key(len(entries))))
    lines = contents_lines(entries)
    out: list[Flowable] = []
    for flowable in story:
        out.extend(lines if isinstance(flowable, ContentsPlace) else [flowable])
    return out, len(entries)
