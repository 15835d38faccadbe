"""What an import did, as plain frozen data the CLI prints and the GUI lists for review.

A merge may meet records that both laptops changed. Nothing is dropped, but a
person has to look: each such record becomes a :class:`MergeConflict` saying
whose version is where, and what differs field by field.
"""

from __future__ import annotations

from dataclasses import dataclass

from lessonstudy.i18n import _, sentence_end


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between the record here and the incoming one."""

    field: str
    yours: str
    theirs: str


@dataclass(frozen=True)
class MergeConflict:
    """A record changed on both sides since they last exchanged it."""

    kind: str  # "note", "segment", …
    label: str  # a few words to recognise it by
    path: str  # where it is in the imported file
    kept_copy: bool  # True: theirs was saved as a second record next to yours
    yours_by: str
    yours_at: str
    theirs_by: str
    theirs_at: str
    fields: tuple[FieldChange, ...]

    def describe(self) -> str:
        """One line for a list or the command line."""
        what = (
            "both kept (theirs added as a copy)" if self.kept_copy
            else "yours kept; theirs listed here"
        )
        changed = ", ".join(f.field for f in self.fields) or "content"
        return (f"{self.kind} '{self.label}': changed here by {self.yours_by or '?'} "
                f"and there by {self.theirs_by or '?'} ({changed}) — {what}")


@dataclass(frozen=True)
class ImportResult:
    """The outcome of one import: counts, records to review, and remarks."""

    lesson_id: int
    title: str
    added: int
    updated: int
    unchanged: int
    conflicts: tuple[MergeConflict, ...] = ()
    remarks: tuple[str, ...] = ()
    backup: str = ""

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        head = _("Imported lesson {id} '{title}': {added} added, {updated} updated, {unchanged} "
                 "unchanged").format(id=self.lesson_id, title=self.title, added=self.added,
                                     updated=self.updated, unchanged=self.unchanged)
        if self.conflicts:
            head += _(", {n} changed on both sides (listed for review)").format(
                n=len(self.conflicts))
        return head + sentence_end()
