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

if TYPE_CHECKING:
    from lessonstudy.domain.diff import FieldChange, SegmentChange, VersionDiff
    from lessonstudy.domain.segments import SegmentDraft


def describe_diff(diff: VersionDiff) -> list[str]:
    """Lesson fields, then the total time, then each segment in row order."""
    lines = [_describe_lesson_field(change) for change in diff.lesson_fields]
    if diff.total_delta:
        lines.append(
            f"Total planned time {format_duration(diff.old_total)} → "
            f"{format_duration(diff.new_total)} ({format_delta(diff.total_delta)})"
        )
    for change in diff.changes:
        lines += _describe_segment(change)
    return lines


_SHORT = 40


def _describe_lesson_field(change: FieldChange) -> str:
    label = change.label if change.label.startswith("Lesson") else f"Lesson {change.label.lower()}"
    old, new = str(change.old), str(change.new)
    if max(len(old), len(new)) <= _SHORT and "\n" not in old + new:
        return f"{label} '{old}' → '{new}'"
    return f"{label} changed"


def _describe_segment(change: SegmentChange) -> list[str]:
    name = change.title
    if change.old is None or change.old_index is None:
        return [f"Segment '{name}' added at {_number(change.new_index)} ({_length(change.new)})"]
    if change.new is None or change.new_index is None:
        return [
            f"Segment '{name}' removed (was {_number(change.old_index)}, {_length(change.old)})"
        ]
    lines = []
    if change.moved:
        moved = f"from {_number(change.old_index)} to {_number(change.new_index)}"
        lines.append(f"Segment '{name}' moved {moved}")
    lines += [_describe_segment_field(name, field) for field in change.fields]
    timing = change.timing
    if timing and timing.duration_changed:
        lines.append(
            f"'{name}' planned time {format_duration(timing.old_seconds)} → "
            f"{format_duration(timing.new_seconds)}"
        )
    return lines


def _describe_segment_field(name: str, change: FieldChange) -> str:
    if change.field == "title":
        return f"Segment '{change.old}' renamed to '{change.new}'"
    if change.field == "kind":
        return f"'{name}' kind {_kind_label(change.old)} → {_kind_label(change.new)}"
    return f"'{name}' {change.label[0].lower()}{change.label[1:]} changed"


def _kind_label(value: object) -> str:
    return value.label if isinstance(value, SegmentKind) else str(value)


def _number(index: int | None) -> str:
    """Positions as teachers count them, from 1."""
    return "?" if index is None else str(index + 1)


def _length(segment: SegmentDraft | None) -> str:
    return "" if segment is None else format_duration(segment.planned_seconds)
