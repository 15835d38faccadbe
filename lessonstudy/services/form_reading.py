"""Open a filled observation form and check it against the teaching it names.

Split from :mod:`lessonstudy.services.form_import` so that everything that
can be wrong with a file (not a PDF, damaged, password-protected, flattened
so it has no fields, not one of our forms, a newer format) is found before a
transaction opens, and everything that can be wrong against the library
(groups, segments or case pupils that no longer exist) is found before
anything is written. Problems are collected and reported together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lessonstudy.domain.errors import ImportRejectedError, LessonStudyError
from lessonstudy.domain.observation_form import (
    CASE_PUPIL_KIND,
    COLUMN_KINDS,
    FORM_FORMAT,
    FORMAT_FIELD,
    GROUP_FIELD,
    KEY_IDEA_COUNT,
    OBSERVER_FIELD,
    TEACHING_FIELD,
    FieldName,
    parse_field,
)
from lessonstudy.domain.text_rules import control_problem
from lessonstudy.i18n import N_, _
from lessonstudy.storage.models import Observer, ObserverGroup, Teaching

PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class FilledCell:
    """A grid cell with writing, resolved to database ids."""

    segment_id: int
    case_pupil_id: int | None
    kind: str
    text: str


@dataclass(frozen=True)
class ImportPlan:
    """What a checked form will store: its group, observer, notes and key ideas."""

    group: ObserverGroup
    observer: Observer | None
    cells: list[FilledCell]
    key_ideas: dict[int, str]


@dataclass
class FilledForm:
    """The identity and the non-empty writing fields of a filled form."""

    name: str
    teaching_uuid: str
    group_uuid: str
    observer_uuid: str
    values: dict[str, str] = field(default_factory=dict)

    def resolve(self, teaching: Teaching, source: Path) -> ImportPlan:
        """Map every filled field to this teaching's rows, or refuse with all problems."""
        problems: list[str] = []
        group = next((g for g in teaching.groups if g.uuid == self.group_uuid), None)
        if group is None:
            raise ImportRejectedError(
                N_("'{name}' is the form of an observer group that no longer exists in this "
                   "teaching. Nothing was imported."), name=source.name
            )
        observer = None
        if self.observer_uuid:
            observer = next(
                (o for g in teaching.groups for o in g.observers if o.uuid == self.observer_uuid),
                None,
            )
            if observer is None:
                problems.append(_("the observer it was printed for is no longer in this teaching"))
        segments = {s.lineage: s.id for s in teaching.version.segments}
        pupils = {p.uuid: p.id for p in teaching.version.lesson.case_pupils}
        cells: list[FilledCell] = []
        ideas: dict[int, str] = {}
        for name, text in sorted(self.values.items()):
            parsed = parse_field(name)
            if parsed is None or parsed.teaching != teaching.uuid or parsed.group != group.uuid:
                problems.append(_("field '{name}' is not a field of this group's form").format(
                                    name=name))
            elif parsed.key_idea is not None:
                if 1 <= parsed.key_idea <= KEY_IDEA_COUNT:
                    ideas[parsed.key_idea] = text
                else:
                    problems.append(_("there is no key idea {key_idea}").format(
                                        key_idea=parsed.key_idea))
            else:
                cell = _cell(parsed, text, segments, pupils, problems)
                if cell is not None:
                    cells.append(cell)
        if problems:
            raise ImportRejectedError.from_problems(
                N_("'{name}' does not match the teaching as it is now; nothing was imported:"),
                problems, name=source.name,
            )
        return ImportPlan(group, observer, cells, ideas)


def _cell(
    parsed: FieldName,
    text: str,
    segments: dict[str, int],
    pupils: dict[str, int],
    problems: list[str],
) -> FilledCell | None:
    segment_id = segments.get(parsed.segment or "")
    if segment_id is None:
        problems.append(_("segment {segment} is not in the lesson version taught").format(
                            segment=parsed.segment))
        return None
    if parsed.pupil is not None:
        pupil_id = pupils.get(parsed.pupil)
        if pupil_id is None:
            problems.append(_("case pupil {pupil} is no longer in the lesson").format(
                                pupil=parsed.pupil))
            return None
        return FilledCell(segment_id, pupil_id, CASE_PUPIL_KIND.value, text)
    kind = COLUMN_KINDS.get(parsed.column or "")
    if kind is None:
        problems.append(_("column '{column}' is unknown to this version of Lesson Study").format(
                            column=parsed.column))
        return None
    return FilledCell(segment_id, None, kind.value, text)


def read_filled_form(path: Path) -> FilledForm:
    """The form's identity and writing; refuses files that are not our fillable forms."""
    _check_is_pdf(path)
    fields = _read_fields(path)
    if not fields:
        raise ImportRejectedError(
            N_("'{name}' has no form fields. Use a fillable form (printed with 'fillable'), and "
               "save it from the PDF viewer; 'Print to PDF' removes the fields."), name=path.name
        )
    teaching = fields.get(TEACHING_FIELD, "").strip()
    if not teaching or FORMAT_FIELD not in fields:
        raise ImportRejectedError(
            N_("'{name}' is a PDF form, but not a Lesson Study observation form."), name=path.name
        )
    if fields[FORMAT_FIELD].strip() != FORM_FORMAT:
        raise ImportRejectedError(
            N_("'{name}' was made by another version of Lesson Study (form format '{format}'); "
               "update Lesson Study."),
            name=path.name, format=fields[FORMAT_FIELD]
        )
    identity = {FORMAT_FIELD, TEACHING_FIELD, GROUP_FIELD, OBSERVER_FIELD}
    values = {
        name: _clean(value)
        for name, value in fields.items()
        if name not in identity and name.startswith("ls.") and _clean(value)
    }
    _refuse_invisible_characters(path, values)
    if not values:
        raise ImportRejectedError(
            N_("'{name}' is blank: no cell or key idea has writing in it. Nothing was imported."),
            name=path.name
        )
    return FilledForm(
        path.name,
        teaching,
        fields.get(GROUP_FIELD, "").strip(),
        fields.get(OBSERVER_FIELD, "").strip(),
        values,
    )


def _refuse_invisible_characters(path: Path, values: dict[str, str]) -> None:
    """Filled-in text obeys the same character rules as every other source (text_rules)."""
    problems = [f"the field {name} {why}" for name, value in sorted(values.items())
                if (why := control_problem(value))]
    if problems:
        raise ImportRejectedError.from_problems(
            N_("'{name}' was not imported: some writing contains invisible control characters. "
               "Nothing was imported."), problems, name=path.name)


def _clean(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _check_is_pdf(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        raise ImportRejectedError(N_("There is no file '{path}'."), path=path) from None
    except OSError as error:
        raise ImportRejectedError(N_("Cannot read '{name}': {strerror}."),
                                  name=path.name, strerror=error.strerror) from None
    if PDF_MAGIC not in head:
        raise ImportRejectedError(
            N_("'{name}' is not a PDF file, so it cannot be a filled observation form."),
            name=path.name
        )


def _read_fields(path: Path) -> dict[str, str]:
    """Field name -> value text, via pypdf; any parser failure means a damaged file."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf ships with Lesson Study
        raise LessonStudyError(
            N_("Reading filled forms needs the 'pypdf' package, which is missing from this "
               "installation.")
        ) from None
    _quiet_pypdf()
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRejectedError(
                N_("'{name}' is password-protected; save it without a password and import it "
                   "again."), name=path.name
            )
        raw = reader.get_fields() or {}
        return {name: _text(data.get("/V")) for name, data in raw.items()}
    except ImportRejectedError:
        raise
    except Exception:  # pypdf raises many different types for damaged files
        raise ImportRejectedError(
            N_("'{name}' is damaged or incomplete and cannot be read as a PDF. Nothing was "
               "imported."), name=path.name
        ) from None


def _quiet_pypdf() -> None:
    """pypdf's repair notes ("incorrect startxref") are not the user's business.

    With no handler configured they went to stderr through logging's last resort,
    a second line after the command's one-line answer. A damaged file is still
    refused by the checks above; the notes stay available to a configured logger.
    """
    pypdf_logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in pypdf_logger.handlers):
        pypdf_logger.addHandler(logging.NullHandler())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
