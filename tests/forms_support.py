"""Helpers for the observation form tests: print a teaching's forms, fill them like a viewer would.

Filling uses pypdf's writer (``update_page_form_field_values``), the same way a
script or a PDF viewer stores typed text in the fields' values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from lessonstudy.services.form_export import FormExportOptions, FormExportResult, export_forms
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObservationNote

RESEARCH_TEACHING = 2
"""The demo's research lesson: 10 segments, 3 groups of 8, 3 case pupils."""


def print_forms(library: Library, out: Path, **options: Any) -> FormExportResult:
    """Forms of the demo research lesson into ``out`` (invariant bytes)."""
    return export_forms(
        library, RESEARCH_TEACHING, out, FormExportOptions(invariant=True, **options)
    )


def field_values(path: Path) -> dict[str, str]:
    """Every field of a PDF form with its value ("" when empty)."""
    fields = PdfReader(path).get_fields() or {}
    return {name: str(field.get("/V", "") or "") for name, field in fields.items()}


def names_ending(path: Path, suffix: str) -> list[str]:
    """Field names ending with ``suffix`` (e.g. ``.wonder`` or ``keyidea2``), in page order."""
    return [name for name in field_values(path) if name.endswith(suffix)]


def fill_form(source: Path, target: Path, values: dict[str, str]) -> Path:
    """A copy of ``source`` with ``values`` typed into the named fields."""
    known = set(field_values(source))
    missing = set(values) - known
    assert not missing, f"no such fields: {missing}"
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.write(target)
    return target


def stored_counts(library: Library) -> tuple[int, int, list[tuple[object, ...]]]:
    """Number of notes, number of key ideas, and every note's content: proof of no change."""
    with library.unit_of_work() as session:
        notes = session.scalar(select(func.count(ObservationNote.id))) or 0
        ideas = session.scalar(select(func.count(KeyIdea.id))) or 0
        rows = session.execute(
            select(
                ObservationNote.group_id,
                ObservationNote.segment_id,
                ObservationNote.kind,
                ObservationNote.text,
            ).order_by(ObservationNote.id)
        ).all()
        return notes, ideas, [tuple(r) for r in rows]


def print_one(
    library: Library,
    path: Path,
    *,
    group: int = 0,
    observer: int | None = None,
    fillable: bool = False,
) -> Path:
    """One form of the demo research lesson (a group's, or one observer's) written to ``path``."""
    from lessonstudy.printing.forms import FormBook, FormCopy
    from lessonstudy.services.forms import load_forms

    forms = load_forms(library, RESEARCH_TEACHING)
    chosen = forms.groups[group]
    who = chosen.observers[observer] if observer is not None else None
    FormBook(forms, invariant=True).write(path, FormCopy(chosen, who), fillable=fillable)
    return path
