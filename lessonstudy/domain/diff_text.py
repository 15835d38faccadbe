"""Plain-English lines describing a version comparison, for printed reports.

The department head's packet and the conference handout print "what changed"
as short sentences a teacher reads at a glance: "Segment 'Pair work' moved
from 3 to 5", "'Group writing' planned time 8:00 → 10:00". Start times that
merely shifted are not mentioned; they follow from the other lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.timing import format_delta, format_duration
from lessonstudy.i18n import N_, _
from lessonstudy.i18n.vocabulary import segment_kind_name

if TYPE_CHECKING:
    from lessonstudy.domain.diff import FieldChange, SegmentChange, VersionDiff
    from lessonstudy.domain.segments import SegmentDraft


#: Field names as the printed sentences say them (segment and lesson fields).
_FIELD_NAMES = {
    "title": N_("title"),
    "kind": N_("kind"),
    "planned_seconds": N_("planned time"),
    "activity": N_("learning activities and key questions"),
    "anticipated_responses": N_("anticipated student responses"),
    "teacher_support": N_("teacher support"),
    "evaluation": N_("points to evaluate"),
    "materials": N_("materials"),
    "subject": N_("subject"),
    "grade": N_("grade / class"),
    "unit": N_("unit"),
    "goals": N_("goals"),
    "rationale": N_("rationale"),
    "duration": N_("length"),
}


def _field_name(change: FieldChange) -> str:
    known = _FIELD_NAMES.get(change.field)
    return _(known) if known else change.label.lower()


def describe_diff(diff: VersionDiff) -> list[str]:
    """Lesson fields, then the total time, then each segment in row order."""
    lines = [_describe_lesson_field(change) for change in diff.lesson_fields]
    if diff.total_delta:
        lines.append(_("Total planned time {old} → {new} ({delta})").format(
            old=format_duration(diff.old_total), new=format_duration(diff.new_total),
            delta=format_delta(diff.total_delta)))
    for change in diff.changes:
        lines += _describe_segment(change)
    return lines


_SHORT = 40


def _describe_lesson_field(change: FieldChange) -> str:
    field = _field_name(change)
    old, new = str(change.old), str(change.new)
    if max(len(old), len(new)) <= _SHORT and "\n" not in old + new:
        return _("Lesson {field} '{old}' → '{new}'").format(field=field, old=old, new=new)
    return _("Lesson {field} changed").format(field=field)


def _describe_segment(change: SegmentChange) -> list[str]:
    name = change.title
    if change.old is None or change.old_index is None:
        return [_("Segment '{name}' added at {number} ({length})").format(
            name=name, number=_number(change.new_index), length=_length(change.new))]
    if change.new is None or change.new_index is None:
        return [_("Segment '{name}' removed (was {number}, {length})").format(
            name=name, number=_number(change.old_index), length=_length(change.old))]
    lines = []
    if change.moved:
        lines.append(_("Segment '{name}' moved from {old} to {new}").format(
            name=name, old=_number(change.old_index), new=_number(change.new_index)))
    lines += [_describe_segment_field(name, field) for field in change.fields]
    timing = change.timing
    if timing and timing.duration_changed:
        lines.append(_("'{name}' planned time {old} → {new}").format(
            name=name, old=format_duration(timing.old_seconds),
            new=format_duration(timing.new_seconds)))
    return lines


def _describe_segment_field(name: str, change: FieldChange) -> str:
    if change.field == "title":
        return _("Segment '{old}' renamed to '{new}'").format(old=change.old, new=change.new)
    if change.field == "kind":
        return _("'{name}' kind {old} → {new}").format(
            name=name, old=_kind_label(change.old), new=_kind_label(change.new))
    return _("'{name}' {field} changed").format(name=name, field=_field_name(change))


def _kind_label(value: object) -> str:
    return segment_kind_name(value) if isinstance(value, SegmentKind) else str(value)


def _number(index: int | None) -> str:
    """Positions as teachers count them, from 1."""
    return "?" if index is None else str(index + 1)


def _length(segment: SegmentDraft | None) -> str:
    return "" if segment is None else format_duration(segment.planned_seconds)
