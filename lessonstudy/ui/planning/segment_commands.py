"""Undoable segment edits: each command swaps a whole before/after plan and saves it.

A lesson plan has a dozen segments, so a command simply remembers the list
before and after the edit. Redo shows and saves "after", undo shows and saves
"before", each in one transaction through the versions service: what the
teacher sees is what is stored, after every step, so a crash loses nothing.
If saving fails (the version was frozen meanwhile, the disk is full) the
editor reloads what is stored and the command drops out of the stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from lessonstudy.domain.segments import SegmentDraft


class PlanHolder(Protocol):
    """What a command needs from the segment editor."""

    def apply_plan(self, drafts: tuple[SegmentDraft, ...], focus: str | None) -> bool:
        """Show and save ``drafts``, select segment ``focus``; False if saving failed."""
        ...


class PlanEdit(QUndoCommand):
    """One edit of a version's segments (change a field, add, delete, duplicate, move)."""

    def __init__(self, holder: PlanHolder, text: str, before: Sequence[SegmentDraft],
                 after: Sequence[SegmentDraft], focus: str | None) -> None:
        super().__init__(text)
        self._holder = holder
        self.before, self.after = tuple(before), tuple(after)
        self._focus = focus

    def redo(self) -> None:
        if not self._holder.apply_plan(self.after, self._focus):
            self.setObsolete(True)

    def undo(self) -> None:
        focus = self._focus if any(d.lineage == self._focus for d in self.before) else None
        if not self._holder.apply_plan(self.before, focus):
            self.setObsolete(True)
