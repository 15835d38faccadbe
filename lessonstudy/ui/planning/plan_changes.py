"""Name the step from one segment list to the next: an edit, an insert, a removal, a move.

Undo commands keep whole before/after snapshots of a plan (simple and always
correct); the table model still wants to tell its views *what* happened so
that selection, scrolling and drag feedback stay put. This pure function
recovers the single step between two snapshots, or says "reset" when there
is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from lessonstudy.domain.segments import SegmentDraft

StepKind = Literal["same", "edit", "insert", "remove", "move", "reset"]


@dataclass(frozen=True)
class Step:
    """One way from the old list to the new: ``first``/``last`` are row numbers.

    ``edit``: rows first..last changed in place; ``insert``/``remove``: one row
    at ``first`` (in the new/old list); ``move``: the row at ``first`` in the
    old list is at ``last`` in the new list.
    """

    kind: StepKind
    first: int = 0
    last: int = 0


def step_between(old: Sequence[SegmentDraft], new: Sequence[SegmentDraft]) -> Step:
    """The single step that turns ``old`` into ``new``."""
    old_keys = [d.lineage for d in old]
    new_keys = [d.lineage for d in new]
    if old_keys == new_keys:
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        return Step("edit", changed[0], changed[-1]) if changed else Step("same")
    if len(new) == len(old) + 1:
        return _one_extra(new, old, "insert")
    if len(old) == len(new) + 1:
        return _one_extra(old, new, "remove")
    if len(old) == len(new) and sorted(old_keys) == sorted(new_keys):
        return _moved(old, new)
    return Step("reset")


def _one_extra(longer: Sequence[SegmentDraft], shorter: Sequence[SegmentDraft],
               kind: StepKind) -> Step:
    for index in range(len(longer)):
        if [*longer[:index], *longer[index + 1:]] == list(shorter):
            return Step(kind, index, index)
    return Step("reset")


def _moved(old: Sequence[SegmentDraft], new: Sequence[SegmentDraft]) -> Step:
    first = next(i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
    last = max(i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
    for src, dst in ((first, last), (last, first)):
        rest = [*old[:src], *old[src + 1:]]
        rest.insert(dst, old[src])
        if rest == list(new):
            return Step("move", src, dst)
    return Step("reset")
