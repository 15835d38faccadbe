"""Read a filled, fillable observation form back into notes and key ideas.

Observers who type into the fillable PDF send it back; the recorder imports
it (GUI "Import filled form…", or ``lessonstudy import FORM.pdf``). Each
non-empty cell becomes an :class:`ObservationNote` (source ``"form"``) of the
form's teaching, group and segment, of the note kind its column stands for,
linked to the case pupil of a pupil column and, for a per-observer form, to
the observer. The four key-idea boxes become the group's key ideas 1–4.

The import is all-or-nothing: the whole form is checked (is it a PDF, is it
ours, does it belong to this library and to the teaching the user chose, do
all its groups, segments and pupils still exist) before anything is written,
and every problem is reported at once. Importing the same form again adds
nothing: notes already imported are kept, not duplicated; a per-observer form
replaces that observer's earlier form notes, so a corrected form can be
re-imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.i18n import N_, _, ngettext
from lessonstudy.services.form_reading import FilledForm, read_filled_form
from lessonstudy.services.key_ideas import store_typed_ideas
from lessonstudy.services.lookup import find_teaching
from lessonstudy.storage.library import Library
from lessonstudy.storage.locks import lock_teaching
from lessonstudy.storage.models import ObservationNote, Teaching

FORM_SOURCE = "form"

NoteKey = tuple[int | None, int | None, int | None, str, str]
"""(group id, segment id, case pupil id, kind, text): what makes two form notes the same."""


@dataclass(frozen=True)
class FormImportResult:
    """What an import did, for a status line or the CLI."""

    path: Path
    teaching_id: int
    lesson_title: str
    group_name: str
    observer_name: str | None
    notes_added: int
    notes_kept: int
    notes_removed: int
    key_ideas: int

    def summary(self) -> str:
        who = f"{self.group_name}, {self.observer_name}" if self.observer_name else self.group_name
        notes = ngettext("{n} new note", "{n} new notes", self.notes_added).format(
            n=self.notes_added)
        text = _("Imported the form of {who} for '{title}' (teaching {teaching}): {notes}").format(
            who=who, title=self.lesson_title, teaching=self.teaching_id, notes=notes)
        if self.notes_kept:
            text += _(", {n} already imported").format(n=self.notes_kept)
        if self.notes_removed:
            text += ngettext(", {n} earlier note replaced", ", {n} earlier notes replaced",
                             self.notes_removed).format(n=self.notes_removed)
        return text + ngettext(", {n} key idea.", ", {n} key ideas.", self.key_ideas).format(
            n=self.key_ideas)


def import_filled_form(
    library: Library, path: str | Path, *, teaching_ref: str | int | None = None
) -> FormImportResult:
    """Store a filled form's writing; refuses the whole form on any problem.

    ``teaching_ref`` (id or lesson title), when given, is the teaching the user
    means: a form of any other teaching is refused.
    """
    source = Path(path)
    filled = read_filled_form(source)
    with library.unit_of_work() as session:
        teaching = session.scalar(select(Teaching).where(Teaching.uuid == filled.teaching_uuid))
        if teaching is None:
            raise ImportRejectedError(
                N_("'{name}' is a form of a teaching that is not in this library (it was "
                   "printed from another library, or the teaching was deleted)."),
                name=source.name
            )
        lock_teaching(session, teaching.id)  # two recorders importing one form: one waits
        if teaching_ref is not None:
            _check_expected(session, teaching, teaching_ref, source)
        plan = filled.resolve(teaching, source)
        notes = [
            ObservationNote(
                teaching_id=teaching.id,
                group_id=plan.group.id,
                observer_id=plan.observer.id if plan.observer else None,
                segment_id=cell.segment_id,
                case_pupil_id=cell.case_pupil_id,
                kind=cell.kind,
                text=cell.text,
                source=FORM_SOURCE,
            )
            for cell in plan.cells
        ]
        added, kept, removed = _store_notes(
            session, teaching, plan.group.id, plan.observer.id if plan.observer else None, notes
        )
        store_typed_ideas(session, plan.group.id, plan.key_ideas)
        return FormImportResult(
            path=source,
            teaching_id=teaching.id,
            lesson_title=teaching.version.lesson.title,
            group_name=plan.group.name,
            observer_name=plan.observer.name if plan.observer else None,
            notes_added=added,
            notes_kept=kept,
            notes_removed=removed,
            key_ideas=len(plan.key_ideas),
        )


def _check_expected(session: Session, teaching: Teaching, ref: str | int, source: Path) -> None:
    expected = find_teaching(session, ref)
    if expected.id != teaching.id:
        raise ImportRejectedError(
            N_("'{name}' belongs to another teaching: '{title}' (teaching {id}), not teaching "
               "{expected_id}. Nothing was imported."),
            name=source.name, title=teaching.version.lesson.title, id=teaching.id,
            expected_id=expected.id)


def _key(note: ObservationNote) -> NoteKey:
    return (note.group_id, note.segment_id, note.case_pupil_id, note.kind, note.text)


def _store_notes(
    session: Session,
    teaching: Teaching,
    group_id: int,
    observer_id: int | None,
    notes: Iterable[ObservationNote],
) -> tuple[int, int, int]:
    """Add new notes, keep those already imported; a per-observer form drops its stale ones."""
    query = select(ObservationNote).where(
        ObservationNote.teaching_id == teaching.id,
        ObservationNote.source == FORM_SOURCE,
        ObservationNote.observer_id == observer_id
        if observer_id is not None
        else ObservationNote.observer_id.is_(None),
    )
    if observer_id is None:
        query = query.where(ObservationNote.group_id == group_id)
    existing = {_key(note): note for note in session.scalars(query)}
    wanted: dict[NoteKey, ObservationNote] = {}
    for note in notes:
        wanted.setdefault(_key(note), note)
    fresh = [note for key, note in wanted.items() if key not in existing]
    session.add_all(fresh)
    removed = 0
    if observer_id is not None:
        for key, note in existing.items():
            if key not in wanted:
                session.delete(note)
                removed += 1
    return len(fresh), len(wanted) - len(fresh), removed


__all__ = ["FORM_SOURCE", "FilledForm", "FormImportResult", "import_filled_form"]
