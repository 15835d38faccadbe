"""Export a teaching's observation notes, one row per note, as CSV or Excel.

Notes are the lesson's main evidence and teams want them raw: to sort, filter
and code in a spreadsheet. ``lessonstudy notes TEACHING --out notes.csv`` (or
``.xlsx``) and the Live lesson notes view's "Export notes…" both call
:func:`export_notes`.

Cells a spreadsheet would run as a formula (text starting with ``= + - @``, a
tab or a carriage return) get a leading apostrophe, so a note such as
``=HYPERLINK(…)`` stays text (OWASP "CSV injection"). CSV is UTF-8 with a
byte-order mark so Excel opens Chinese correctly. The file is written under a
temporary name in the target folder and renamed at the end: a failed export
leaves nothing behind and never half-overwrites an earlier one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lessonstudy.domain.errors import StorageError, ValidationError
from lessonstudy.domain.evidence_notes import EvidenceNote
from lessonstudy.domain.timing import format_clock
from lessonstudy.i18n import N_, _
from lessonstudy.services.evidence_notes import read_evidence_notes
from lessonstudy.services.lookup import find_teaching
from lessonstudy.storage.library import Library

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".csv", ".xlsx")

#: (header, column width in characters for .xlsx)
COLUMNS: tuple[tuple[str, int], ...] = (
    (N_("Teaching"), 28), (N_("Date"), 11), (N_("Segment no."), 8), (N_("Segment"), 28),
    (N_("Planned"), 12), (N_("Elapsed"), 8), (N_("Group"), 12), (N_("Focus"), 26),
    (N_("Observer"), 20), (N_("Role"), 14), (N_("Case pupil"), 9), (N_("Kind"), 13),
    (N_("Flagged"), 8), (N_("Text"), 70), (N_("Feedback ids"), 12),
)


@dataclass(frozen=True)
class NotesExport:
    """What an export wrote: where, how many notes."""

    path: Path
    notes: int


@dataclass(frozen=True)
class NoteTable:
    """The rows of an export before they are written: headers, then one list per note."""

    headers: tuple[str, ...]
    rows: list[list[str | int]]


def export_notes(library: Library, teaching: str | int, out: str | Path) -> NotesExport:
    """Write every note of ``teaching`` to ``out`` (.csv or .xlsx), all or nothing."""
    target = _checked_target(Path(out))
    table = note_table(library, teaching)
    write_table(table, target)
    return NotesExport(target, len(table.rows))


def note_table(library: Library, teaching: str | int) -> NoteTable:
    """The teaching's notes as export rows (segment order, then group, then time)."""
    with library.reading() as session:
        row = find_teaching(session, teaching)
        notes = read_evidence_notes(session, [row.id]).get(row.id, [])
        label = f"{row.version.lesson.title} ({row.id})"
        when = row.date.isoformat() if row.date else ""
    return NoteTable(tuple(_(h) for h, _w in COLUMNS),
                     [note_cells(label, when, note) for note in notes])


def note_cells(teaching: str, when: str, note: EvidenceNote) -> list[str | int]:
    """One note's export row, formula-like text neutralised."""
    planned = ""
    if note.planned_start is not None and note.planned_end is not None:
        planned = f"{format_clock(note.planned_start)}–{format_clock(note.planned_end)}"
    elapsed = format_clock(note.elapsed_seconds) if note.elapsed_seconds is not None else ""
    cells: list[str | int] = [
        teaching, when, note.segment_number if note.segment_number is not None else "",
        note.segment_title, planned, elapsed, note.group_name, note.focus, note.observer,
        note.role, note.case_pupil, note.kind, _("yes") if note.flagged else "", note.text,
        " ".join(str(i) for i in note.feedback_ids)]
    return [safe_cell(c) if isinstance(c, str) else c for c in cells]


def safe_cell(text: str) -> str:
    """``text``, with a leading apostrophe if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def write_table(table: NoteTable, target: Path) -> None:
    """Write to a temporary file beside ``target``, then rename it into place."""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".notes-", suffix=target.suffix,
                                             dir=target.parent)
    except OSError as error:
        raise StorageError(_("Cannot write in {folder}: {reason}.").format(
            folder=target.parent, reason=error.strerror or error)) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        if target.suffix.lower() == ".csv":
            _write_csv(table, temp)
        else:
            _write_xlsx(table, temp)
        os.replace(temp, target)
    except OSError as error:
        raise StorageError(_("Could not write {path}: {reason}.").format(
            path=target, reason=error.strerror or error)) from error
    finally:
        temp.unlink(missing_ok=True)


def _checked_target(target: Path) -> Path:
    if target.suffix.lower() not in FORMATS:
        raise ValidationError(_("Export notes to a .csv or .xlsx file, not '{name}'.").format(
            name=target.name))
    if target.is_dir():
        raise StorageError(_("{path} is a folder; give a file name such as notes.csv.").format(
            path=target))
    if not target.parent.is_dir():
        raise StorageError(_("The folder {folder} does not exist.").format(
            folder=target.parent))
    if not os.access(target.parent, os.W_OK) or (target.exists()
                                                  and not os.access(target, os.W_OK)):
        raise StorageError(_("Cannot write {path}: permission denied.").format(path=target))
    return target


def _write_csv(table: NoteTable, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.headers)
        writer.writerows(table.rows)


def _sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: the bilingual title "筆記 / Notes" has a slash, which
    Excel (and openpyxl) refuse in sheet names, as they refuse ``\\ ? * [ ] :`` and > 31 chars."""
    cleaned = "".join("·" if ch in '\\/?*[]:' else ch for ch in text).strip()
    return cleaned[:31] or "Notes"


def _write_xlsx(table: NoteTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(_("Notes")))
    sheet.freeze_panes = "A2"
    for index, (_header, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for text in table.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(cell)
    sheet.append(header)
    for row in table.rows:  # control characters Excel refuses (not tab/newline) are dropped
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c
                      for c in row])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(table.rows) + 1}"
    book.save(path)
