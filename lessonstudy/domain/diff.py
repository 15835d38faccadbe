"""What changed between two versions of a lesson plan.

After a rehearsal and its conference the team revises the plan; the
department head and the next conference want to see exactly what the revision
did. Segments are matched by lineage, so a renamed or retimed segment is still
"the same segment". Moves are found with a longest common subsequence over
the segments both versions share: inserting one segment does not make every
later segment look moved, and moving one segment marks only that one.
Start times that merely shifted because of an earlier edit are kept in the
data but are not counted as a change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lessonstudy.domain.alignment import aligned_order, longest_common_order
from lessonstudy.domain.diff_text import describe_diff
from lessonstudy.domain.segments import SEGMENT_FIELDS, SegmentDraft, plan_schedule
from lessonstudy.domain.timing import Slot

Key = tuple[str, int]
"""A segment's lineage plus which occurrence it is (guards against duplicated lineages)."""


class ChangeKind(StrEnum):
    """The ways a segment can differ between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"
    RETIMED = "retimed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FieldChange:
    """One field whose value differs: a segment's activity, a lesson's goals."""

    field: str
    label: str
    old: object
    new: object


@dataclass(frozen=True)
class TimingChange:
    """A shared segment's planned time and derived start, before and after."""

    old_seconds: int
    new_seconds: int
    old_start: int
    new_start: int

    @property
    def duration_changed(self) -> bool:
        return self.old_seconds != self.new_seconds

    @property
    def start_shifted(self) -> bool:
        return self.old_start != self.new_start

    @property
    def delta(self) -> int:
        return self.new_seconds - self.old_seconds


@dataclass(frozen=True)
class SegmentChange:
    """One row of the comparison: a segment in the old version, the new, or both."""

    lineage: str
    old: SegmentDraft | None
    new: SegmentDraft | None
    old_index: int | None
    new_index: int | None
    old_slot: Slot | None
    new_slot: Slot | None
    moved: bool = False
    fields: tuple[FieldChange, ...] = ()

    @property
    def title(self) -> str:
        """The title to show: the new one, or the old one for a removed segment."""
        shown = self.new or self.old
        assert shown is not None
        return shown.title

    @property
    def timing(self) -> TimingChange | None:
        """Planned duration and start, old and new, for a segment in both versions."""
        if self.old is None or self.new is None or not self.old_slot or not self.new_slot:
            return None
        return TimingChange(
            self.old.planned_seconds,
            self.new.planned_seconds,
            self.old_slot.start,
            self.new_slot.start,
        )

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        """Every way this segment changed; {UNCHANGED} when it did not."""
        if self.old is None:
            return frozenset({ChangeKind.ADDED})
        if self.new is None:
            return frozenset({ChangeKind.REMOVED})
        found = set()
        if self.moved:
            found.add(ChangeKind.MOVED)
        if self.fields:
            found.add(ChangeKind.CHANGED)
        timing = self.timing
        if timing and timing.duration_changed:
            found.add(ChangeKind.RETIMED)
        return frozenset(found or {ChangeKind.UNCHANGED})

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """Names of the fields to highlight, including ``planned_seconds`` if retimed."""
        names = tuple(change.field for change in self.fields)
        return (*names, "planned_seconds") if ChangeKind.RETIMED in self.kinds else names


@dataclass(frozen=True)
class VersionDiff:
    """Everything that differs between an old and a new version of one lesson."""

    changes: tuple[SegmentChange, ...]
    lesson_fields: tuple[FieldChange, ...]
    old_total: int
    new_total: int

    @property
    def total_delta(self) -> int:
        return self.new_total - self.old_total

    @property
    def has_changes(self) -> bool:
        return (
            bool(self.lesson_fields)
            or self.total_delta != 0
            or any(ChangeKind.UNCHANGED not in change.kinds for change in self.changes)
        )

    def of_kind(self, kind: ChangeKind) -> list[SegmentChange]:
        """The segments that changed in this way, in row order."""
        return [change for change in self.changes if kind in change.kinds]

    def rows(self) -> list[SegmentChange]:
        """Rows for a two-column view: old side left, new side right, aligned.

        Rows follow the new version's order; a removed segment sits just after
        the segment it followed in the old version; a moved segment appears
        once, at its new place, with its old position on the left.
        """
        return list(self.changes)

    def describe(self) -> list[str]:
        """Short plain-English lines for printed reports; empty when nothing changed."""
        return describe_diff(self)


def diff_versions(
    old: Sequence[SegmentDraft],
    new: Sequence[SegmentDraft],
    *,
    old_lesson: Mapping[str, str] | None = None,
    new_lesson: Mapping[str, str] | None = None,
) -> VersionDiff:
    """Compare two versions' segments (and lesson fields, when both are given)."""
    sides = _Sides(old, new)
    anchors = longest_common_order(sides.old_keys, sides.new_keys)
    rows = aligned_order(sides.old_keys, sides.new_keys, anchors)
    anchor_set = set(anchors)
    lesson_fields = (
        _lesson_changes(old_lesson, new_lesson)
        if old_lesson is not None and new_lesson is not None
        else ()
    )
    return VersionDiff(
        tuple(sides.change(key, moved=key not in anchor_set) for key in rows),
        lesson_fields,
        sum(segment.planned_seconds for segment in old),
        sum(segment.planned_seconds for segment in new),
    )


def _keys(segments: Sequence[SegmentDraft]) -> list[Key]:
    seen: dict[str, int] = {}
    keys = []
    for segment in segments:
        occurrence = seen.get(segment.lineage, 0)
        seen[segment.lineage] = occurrence + 1
        keys.append((segment.lineage, occurrence))
    return keys


class _Sides:
    """Both versions indexed by key, so each row can be built from its key alone."""

    def __init__(self, old: Sequence[SegmentDraft], new: Sequence[SegmentDraft]) -> None:
        self.old, self.new = old, new
        self.old_keys, self.new_keys = _keys(old), _keys(new)
        self.old_at = {key: index for index, key in enumerate(self.old_keys)}
        self.new_at = {key: index for index, key in enumerate(self.new_keys)}
        self.old_slots, self.new_slots = plan_schedule(old), plan_schedule(new)

    def change(self, key: Key, *, moved: bool) -> SegmentChange:
        old_index, new_index = self.old_at.get(key), self.new_at.get(key)
        before = None if old_index is None else self.old[old_index]
        after = None if new_index is None else self.new[new_index]
        return SegmentChange(
            lineage=key[0],
            old=before,
            new=after,
            old_index=old_index,
            new_index=new_index,
            old_slot=None if old_index is None else self.old_slots[old_index],
            new_slot=None if new_index is None else self.new_slots[new_index],
            moved=moved and before is not None and after is not None,
            fields=_field_changes(before, after),
        )


def _field_changes(old: SegmentDraft | None, new: SegmentDraft | None) -> tuple[FieldChange, ...]:
    if old is None or new is None:
        return ()
    return tuple(
        FieldChange(field.name, field.label, getattr(old, field.name), getattr(new, field.name))
        for field in SEGMENT_FIELDS
        if field.name != "planned_seconds" and getattr(old, field.name) != getattr(new, field.name)
    )


LESSON_FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "subject": "Subject",
    "grade": "Grade / class",
    "unit": "Unit",
    "goals": "Lesson goals",
    "rationale": "Rationale",
    "duration": "Lesson length",
}


def lesson_field_label(name: str) -> str:
    """The label for a lesson-level field, guessing from its name if unknown."""
    return LESSON_FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _lesson_changes(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[FieldChange, ...]:
    names = [*old, *(name for name in new if name not in old)]
    return tuple(
        FieldChange(name, lesson_field_label(name), old.get(name, ""), new.get(name, ""))
        for name in names
        if old.get(name, "") != new.get(name, "")
    )
