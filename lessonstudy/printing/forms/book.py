"""Draw whole forms: cover, grid pages and iBoard page, one file per form or all in one.

:class:`FormBook` is prepared once per teaching and keeps what it laid out
per group, so printing thirty per-observer forms lays out the lesson once,
each group once, and only the observer's name block thirty times. The page
total of a form is known from the layout before anything is drawn, so each
form is drawn in a single pass. Pages that every form of a group (or of the
teaching) shares are drawn once and copied into the next files
(:mod:`.replay`); only the cover's observer block, the running header and the
page numbers are drawn for each form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from lessonstudy.i18n import _
from lessonstudy.i18n.formats import format_date
from lessonstudy.printing.forms.blocks import FormStyles
from lessonstudy.printing.forms.classroom_pages import ClassroomPages
from lessonstudy.printing.forms.cover import LessonHalf
from lessonstudy.printing.forms.fields import identity_fields
from lessonstudy.printing.forms.frame import PdfInfo, Running, Sheet, draw_running, new_canvas
from lessonstudy.printing.forms.grid import GridPart, segment_labels
from lessonstudy.printing.forms.iboard import IBoardPart
from lessonstudy.printing.forms.replay import Fragments, SharedGlyphs
from lessonstudy.printing.forms.subsets import compressing_once, remember_subsets
from lessonstudy.printing.styles import Paper
from lessonstudy.services.forms import FormGroup, FormObserver, TeachingForms


@dataclass(frozen=True)
class FormCopy:
    """One form to print: a group's, or (with ``observer``) one observer's own."""

    group: FormGroup
    observer: FormObserver | None = None


class _GroupParts:
    """Everything laid out for one group."""

    def __init__(self, book: FormBook, group: FormGroup) -> None:
        forms, sheet, styles = book.forms, book.sheet, book.styles
        self.group_stack = book.lesson.group_stack(group)
        self.grid = GridPart(forms, group, sheet, styles, book.labels)
        self.iboard = IBoardPart(forms.teaching_uuid, group, sheet, styles)
        self.classroom = book.classroom

    @property
    def pages(self) -> int:
        return 1 + len(self.grid.pages) + 1 + self.classroom.pages


class FormBook:
    """Observation forms of one teaching, ready to draw as many copies as needed."""

    def __init__(
        self, forms: TeachingForms, paper: Paper = Paper.A4, *, invariant: bool = False
    ) -> None:
        remember_subsets()
        self.forms = forms
        self.sheet = Sheet.for_paper(paper)
        self.invariant = invariant
        self.styles = FormStyles()
        self.lesson = LessonHalf(forms, self.sheet, self.styles)
        self.labels = segment_labels(forms.segments, self.styles)
        self.classroom = ClassroomPages(forms.classroom, self.sheet, self.styles)  # issue 18
        self._groups: dict[int, _GroupParts] = {}
        self.glyphs = SharedGlyphs()
        self.fragments = Fragments(self.glyphs)

    def _parts(self, group: FormGroup) -> _GroupParts:
        if group.id not in self._groups:
            self._groups[group.id] = _GroupParts(self, group)
        return self._groups[group.id]

    def page_count(self, copy: FormCopy) -> int:
        return self._parts(copy.group).pages

    def write(self, path: Path, copy: FormCopy, *, fillable: bool = False) -> int:
        """Write one form to ``path``; returns its page count."""
        canvas = self._canvas(path, [copy])
        with compressing_once():
            pages = self.draw(canvas, copy, fillable=fillable)
            canvas.save()
        return pages

    def write_combined(self, path: Path, copies: Iterable[FormCopy]) -> int:
        """Write many printed (not fillable) forms into one file; returns the page count."""
        chosen = list(copies)
        canvas = self._canvas(path, chosen)
        with compressing_once():
            pages = sum(self.draw(canvas, copy, fillable=False) for copy in chosen)
            canvas.save()
        return pages

    def _canvas(self, path: Path, copies: list[FormCopy]) -> Canvas:
        canvas = new_canvas(path, self.sheet, self._info(copies), invariant=self.invariant)
        self.glyphs.attach(canvas)
        return canvas

    def draw(self, canvas: Canvas, copy: FormCopy, *, fillable: bool) -> int:
        """Draw every page of one form onto ``canvas``; returns how many pages it has."""
        parts = self._parts(copy.group)
        running = self._running(copy)
        # Each form's running header is an XObject named by its place in the file, so
        # that separate files give the same page streams (compressed once, subsets.py).
        drawn = getattr(canvas, "_ls_forms_drawn", 0) + 1
        canvas._ls_forms_drawn = drawn  # type: ignore[attr-defined]
        frame = f"lsRunning{drawn}"
        total = parts.pages
        observer_stack = self.lesson.observer_stack(copy.group, copy.observer)
        self.lesson.draw(canvas, parts.group_stack, observer_stack, self.fragments, copy.group.id)
        if fillable:
            identity_fields(
                canvas,
                self.forms.teaching_uuid,
                copy.group.uuid,
                copy.observer.uuid if copy.observer else "",
            )
        self._end_page(canvas, running, frame, 1, total)
        group_id, shared = copy.group.id, self.fragments.draw
        for index in range(len(parts.grid.pages)):
            if fillable:  # the fields are the file's own: drawn every time
                parts.grid.draw_page(canvas, index, fillable)
            else:
                shared(canvas, ("grid", group_id, index),
                       partial(parts.grid.draw_page, page=index, fillable=False))
            self._end_page(canvas, running, frame, 2 + index, total)
        if fillable:
            parts.iboard.draw_page(canvas, fillable)
        else:
            shared(canvas, ("iboard", group_id), partial(parts.iboard.draw_page, fillable=False))
        page = 2 + len(parts.grid.pages)
        self._end_page(canvas, running, frame, page, total)
        if self.classroom.has_map:
            page += 1
            shared(canvas, ("map",), self.classroom.draw_map_page)
            self._end_page(canvas, running, frame, page, total)
        for index in range(len(self.classroom.tables)):
            page += 1
            shared(canvas, ("prediction", index),
                   partial(self.classroom.draw_prediction_page, index=index))
            self._end_page(canvas, running, frame, page, total)
        return total

    def _end_page(
        self, canvas: Canvas, running: Running, frame: str, page: int, pages: int
    ) -> None:
        draw_running(canvas, self.sheet, running, page, pages, frame)
        canvas.showPage()

    def _running(self, copy: FormCopy) -> Running:
        forms = self.forms
        when = format_date(forms.date, "medium") if forms.date else ""
        subtitle = " · ".join(p for p in (forms.lesson_title, forms.class_name, when) if p)
        focus = f" — {copy.group.focus}" if copy.group.focus else ""
        return Running(
            title=_("Observation form") + f" · {copy.group.name}",
            subtitle=subtitle,
            footer_left=copy.group.name + focus,
            footer_right=copy.observer.name if copy.observer else "",
        )

    def _info(self, copies: list[FormCopy]) -> PdfInfo:
        forms = self.forms
        names = sorted({c.group.name for c in copies})
        keywords = [
            f"ls-teaching:{forms.teaching_uuid}",
            *(f"ls-group:{c.group.uuid}" for c in copies[:1]),
        ]
        if len(copies) == 1 and copies[0].observer is not None:
            keywords.append(f"ls-observer:{copies[0].observer.uuid}")
        return PdfInfo(
            title=_("Observation form") + f": {forms.lesson_title}",
            subject=_("Observation form") + ", " + ", ".join(names),
            keywords=tuple(keywords),
        )
