"""The segments of a lesson plan being edited, and the edits a team makes to them.

The segment editor and its undo stack need edits that are plain, checked and
trivially reversible: every operation here takes a sequence of
:class:`SegmentDraft` and returns a new tuple, never changing its input. Each
has an obvious inverse (``insert``/``remove``, ``move(a, b)``/``move(b, a)``,
``replace_field`` with the old value), so an undo command only has to remember
an index and a value. Values are checked on the way in, so a plan built only
through these functions never holds a blank title or an impossible duration.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS, SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.timing import (
    Slot,
    parse_duration,
    schedule,
    segment_duration_problem,
    validate_segment_duration,
)
from lessonstudy.i18n import N_, _


def new_lineage() -> str:
    """A fresh id for a segment that did not exist in any earlier version."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class SegmentDraft:
    """One timed segment of a lesson plan version, as the team writes it.

    ``lineage`` stays the same when a segment is carried into the next
    version, which is how version comparison knows "the same segment" even
    after it was renamed, retimed or moved.
    """

    lineage: str
    title: str
    kind: SegmentKind = SegmentKind.OTHER
    planned_seconds: int = 60
    activity: str = ""
    anticipated_responses: str = ""
    teacher_support: str = ""
    evaluation: str = ""
    materials: str = ""

    @classmethod
    def new(
        cls,
        title: str,
        kind: SegmentKind = SegmentKind.OTHER,
        planned_seconds: int = 60,
        *,
        activity: str = "",
        anticipated_responses: str = "",
        teacher_support: str = "",
        evaluation: str = "",
        materials: str = "",
    ) -> SegmentDraft:
        """A segment that is new to this lesson, with its own fresh lineage."""
        return cls(
            new_lineage(),
            title,
            kind,
            planned_seconds,
            activity,
            anticipated_responses,
            teacher_support,
            evaluation,
            materials,
        )


@dataclass(frozen=True)
class SegmentField:
    """An editable column of a segment: its attribute name and the label teachers see."""

    name: str
    label: str
    multiline: bool = False


SEGMENT_FIELDS: tuple[SegmentField, ...] = (
    SegmentField("title", "Title"),
    SegmentField("kind", "Kind"),
    SegmentField("planned_seconds", "Planned time"),
    SegmentField("activity", "Learning activities and key questions", multiline=True),
    SegmentField("anticipated_responses", "Anticipated student responses", multiline=True),
    SegmentField("teacher_support", "Teacher support", multiline=True),
    SegmentField("evaluation", "Points to evaluate", multiline=True),
    SegmentField("materials", "Materials", multiline=True),
)
FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in SEGMENT_FIELDS)
_LABELS = {field.name: field.label for field in SEGMENT_FIELDS}


def field_label(name: str) -> str:
    """The teachers' label for an editable field name."""
    return _LABELS[name]


def parse_kind(value: SegmentKind | str) -> SegmentKind:
    """A segment kind from its stored value or its English label, any case."""
    if isinstance(value, SegmentKind):
        return value
    wanted = value.strip().casefold()
    for kind in SegmentKind:
        if wanted in (kind.value, kind.label.casefold()):
            return kind
    raise ValidationError(N_("'{value}' is not a kind of segment"), value=value)


def clean_field_value(
    field: str, value: object, *, lesson_seconds: int = DEFAULT_LESSON_SECONDS
) -> object:
    """Check and normalise a value typed into ``field``; raise ValidationError if bad.

    ``planned_seconds`` takes whole seconds or any text :func:`parse_duration`
    reads; ``kind`` takes a SegmentKind, its value or its label.
    """
    if field not in _LABELS:
        raise ValueError(f"not an editable segment field: {field!r}")
    if field == "planned_seconds":
        seconds = _as_seconds(value)
        validate_segment_duration(seconds, lesson_seconds)
        return seconds
    if not isinstance(value, str):
        raise ValueError(f"{field} takes text, not {type(value).__name__}")
    if field == "kind":
        return parse_kind(value)
    if field == "title":
        title = " ".join(value.split())
        if not title:
            raise ValidationError(N_("A segment needs a title"))
        return title
    return value


def _as_seconds(value: object) -> int:
    if isinstance(value, str):
        return parse_duration(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"planned_seconds takes seconds or text, not {type(value).__name__}")


def _check_index(segments: Sequence[SegmentDraft], index: int, *, end_ok: bool = False) -> None:
    limit = len(segments) if end_ok else len(segments) - 1
    if not 0 <= index <= limit:
        raise IndexError(f"no segment position {index} in a plan of {len(segments)}")


def insert(
    segments: Sequence[SegmentDraft], index: int, draft: SegmentDraft
) -> tuple[SegmentDraft, ...]:
    """The plan with ``draft`` placed at ``index`` (0..len). Undo: ``remove(.., index)``."""
    _check_index(segments, index, end_ok=True)
    return (*segments[:index], draft, *segments[index:])


def remove(segments: Sequence[SegmentDraft], index: int) -> tuple[SegmentDraft, ...]:
    """The plan without the segment at ``index``. Undo: ``insert(.., index, old)``."""
    _check_index(segments, index)
    return (*segments[:index], *segments[index + 1 :])


def move(segments: Sequence[SegmentDraft], src: int, dst: int) -> tuple[SegmentDraft, ...]:
    """The plan with the segment at ``src`` now at position ``dst``. Undo: ``move(.., dst, src)``.

    ``dst`` is the segment's index *after* the move (Qt's ``beginMoveRows``
    wants ``dst + 1`` when moving down).
    """
    _check_index(segments, src)
    _check_index(segments, dst)
    rest = [*segments[:src], *segments[src + 1 :]]
    rest.insert(dst, segments[src])
    return tuple(rest)


def duplicate(segments: Sequence[SegmentDraft], index: int) -> tuple[SegmentDraft, ...]:
    """The plan with a copy of segment ``index`` right after it. Undo: ``remove(.., index + 1)``.

    The copy is a new segment (new lineage) titled "... (copy)", "... (copy 2)"
    so the two rows can be told apart in the editor and in version comparison.
    """
    _check_index(segments, index)
    original = segments[index]
    title = _copy_title(original.title, {segment.title for segment in segments})
    copy = dataclasses.replace(original, lineage=new_lineage(), title=title)
    return insert(segments, index + 1, copy)


def _copy_title(title: str, taken: set[str]) -> str:
    candidate = f"{title} (copy)"
    number = 2
    while candidate in taken:
        candidate = f"{title} (copy {number})"
        number += 1
    return candidate


def replace_field(
    segments: Sequence[SegmentDraft],
    index: int,
    field: str,
    value: object,
    *,
    lesson_seconds: int = DEFAULT_LESSON_SECONDS,
) -> tuple[SegmentDraft, ...]:
    """The plan with one field of one segment changed, after checking the value.

    Undo: ``replace_field(.., index, field, getattr(old_segment, field))``.
    """
    _check_index(segments, index)
    cleaned = clean_field_value(field, value, lesson_seconds=lesson_seconds)
    changes: dict[str, Any] = {field: cleaned}
    changed = dataclasses.replace(segments[index], **changes)
    return (*segments[:index], changed, *segments[index + 1 :])


def index_of(segments: Sequence[SegmentDraft], lineage: str) -> int:
    """Where the segment with ``lineage`` now sits, e.g. to reselect it after undo."""
    for index, segment in enumerate(segments):
        if segment.lineage == lineage:
            return index
    raise ValueError(f"no segment with lineage {lineage!r}")


def plan_schedule(segments: Sequence[SegmentDraft]) -> list[Slot]:
    """The derived start and end of every segment."""
    return schedule([segment.planned_seconds for segment in segments])


def draft_problems(draft: SegmentDraft, lesson_seconds: int = DEFAULT_LESSON_SECONDS) -> list[str]:
    """Everything wrong with one segment, e.g. one read from a file."""
    problems = []
    if not draft.title.strip():
        problems.append(_("A segment needs a title"))
    if not isinstance(draft.kind, SegmentKind):
        problems.append(_("'{kind}' is not a kind of segment").format(kind=draft.kind))
    problem = segment_duration_problem(draft.planned_seconds, lesson_seconds)
    if problem:
        problems.append(problem)
    return problems


def validate_plan(
    segments: Sequence[SegmentDraft], lesson_seconds: int = DEFAULT_LESSON_SECONDS
) -> None:
    """Raise one ValidationError listing every bad segment, numbered from 1.

    Running over the lesson in total is not an error (see ``timing.summarise``).
    """
    problems: list[str] = []
    seen: set[str] = set()
    for number, draft in enumerate(segments, start=1):
        name = _("Segment {number} '{title}'").format(number=number, title=draft.title)
        problems += [f"{name}: {problem}" for problem in draft_problems(draft, lesson_seconds)]
        if draft.lineage in seen:
            problems.append(_("{name}: appears twice (same lineage {lineage})").format(
                                name=name, lineage=draft.lineage))
        seen.add(draft.lineage)
    if problems:
        raise ValidationError.from_problems(N_("This lesson plan has problems"), problems)
