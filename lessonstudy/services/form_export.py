"""Print a teaching's observation forms to a folder (or one file): ``lessonstudy forms``.

The CLI command and the GUI action both call :func:`export_forms`, so they
name files the same way: ``01-Group-A.pdf`` per group, or
``01-Group-A-03-Ms-Chan.pdf`` per observer. Names keep Chinese but drop
characters file systems refuse (:mod:`lessonstudy.domain.filenames`), and
the leading numbers keep them unique and in group order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.filenames import numbered_name
from lessonstudy.i18n import N_, ngettext, print_language
from lessonstudy.services.forms import FormGroup, FormObserver, TeachingForms, load_forms
from lessonstudy.storage.library import Library

if TYPE_CHECKING:
    from lessonstudy.printing.forms import FormCopy
    from lessonstudy.printing.styles import Paper

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FormExportOptions:
    """How to print: per observer or per group, fillable or not, paper, one file or many."""

    per_observer: bool = False
    fillable: bool = False
    paper: str = "a4"
    combined: bool = False
    invariant: bool = False
    language: str | None = None  # print language (en, zh-HK, zh-CN, ja, bilingual); None: current


@dataclass(frozen=True)
class FormExportResult:
    """What was written: the files, how many forms and pages, for which lesson."""

    lesson_title: str
    files: tuple[Path, ...]
    forms: int
    pages: int

    def summary(self) -> str:
        where = self.files[0] if len(self.files) == 1 else self.files[0].parent
        return ngettext("Printed {n} observation form, {pages} pages, for '{title}' into {where}",
                        "Printed {n} observation forms, {pages} pages, for '{title}' into {where}",
                        self.forms).format(n=self.forms, pages=self.pages,
                                           title=self.lesson_title, where=where)


def export_forms(
    library: Library,
    teaching_ref: str | int,
    out: Path,
    options: FormExportOptions = FormExportOptions(),
    progress: Progress | None = None,
) -> FormExportResult:
    """Write the forms; ``out`` is a folder, or the PDF file when ``options.combined``."""
    with print_language(options.language):
        return _export(library, teaching_ref, out, options, progress)


def _export(library: Library, teaching_ref: str | int, out: Path, options: FormExportOptions,
            progress: Progress | None) -> FormExportResult:
    from lessonstudy.printing.forms import FormBook

    if options.combined and options.fillable:
        raise ValidationError(
            N_("A combined PDF cannot be fillable: each observer needs a file "
               "of their own. Print fillable forms to a folder.")
        )
    paper = _paper(options.paper)
    forms = load_forms(library, teaching_ref)
    copies = _copies(forms, options.per_observer)
    book = FormBook(forms, paper, invariant=options.invariant)
    if options.combined:
        target = _combined_target(out)
        with _writing(target):
            pages = book.write_combined(target, copies)
        return FormExportResult(forms.lesson_title, (target,), len(copies), pages)
    folder = _folder(out)
    files: list[Path] = []
    pages = 0
    for done, copy in enumerate(copies, start=1):
        path = folder / _file_name(copy.group, copy.observer)
        with _writing(path):
            pages += book.write(path, copy, fillable=options.fillable)
        files.append(path)
        if progress is not None:
            progress(done, len(copies))
    return FormExportResult(forms.lesson_title, tuple(files), len(copies), pages)


def _copies(forms: TeachingForms, per_observer: bool) -> list[FormCopy]:
    from lessonstudy.printing.forms import FormCopy

    if not per_observer:
        return [FormCopy(group) for group in forms.groups]
    copies = [FormCopy(group, observer) for group in forms.groups for observer in group.observers]
    if not copies:
        raise ValidationError(
            N_("No observers are assigned to a group yet, so there are no "
               "per-observer forms: assign observers or print one per group.")
        )
    return copies


def _paper(name: str) -> Paper:
    from lessonstudy.printing.styles import Paper

    try:
        return Paper(name.strip().lower())
    except ValueError:
        raise ValidationError(N_("Unknown paper size '{name}': use a4 or letter."),
                              name=name) from None


def _file_name(group: FormGroup, observer: FormObserver | None) -> str:
    if observer is None:
        return numbered_name(group.number, group.name)
    index = group.observers.index(observer) + 1
    return numbered_name(group.number, group.name, f"{index:02d}", observer.name)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn a failed write (disk full, no permission, file open elsewhere) into a message."""
    try:
        yield
    except OSError as error:
        raise ValidationError(N_("Cannot write '{path}': {why}."), path=path,
                              why=error.strerror or error) from None


def _folder(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise ValidationError(
            N_("'{path}' is a file; give a folder to print the forms into "
               "(or ask for one combined PDF)."), path=out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ValidationError(N_("Cannot create the folder '{path}': {why}."), path=out,
                              why=error.strerror) from None
    return out


def _combined_target(out: Path) -> Path:
    target = out / "observation-forms.pdf" if out.is_dir() else out
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    if not target.parent.is_dir():
        raise ValidationError(N_("The folder '{path}' does not exist."), path=target.parent)
    return target
