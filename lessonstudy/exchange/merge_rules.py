"""The merge rule for one record, and how a conflict is described — pure, so it is easy to test.

Rule (documented in docs/lesson-json.md, "How imports merge"): compare the
fingerprint of the incoming record, of the record here, and of the *base* —
the state the other side last received (from the bundle's manifest) or, when
the file carries no bases, the state this library last imported.

- same content on both sides: nothing to do;
- here still equals the base: only they changed it, so take theirs;
- theirs equals the base (or what we last imported): only we changed it, keep ours;
- otherwise both changed it: keep ours, and keep theirs too — as a second
  record for notes, feedback, key ideas and actions; listed for review for
  everything else (a plan segment cannot sensibly exist twice).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from lessonstudy.exchange.lesson_records import Record
from lessonstudy.exchange.results import FieldChange, MergeConflict


class Outcome(StrEnum):
    """What to do with one incoming record that already exists here."""

    SAME = "same"
    TAKE = "take"
    KEEP = "keep"
    CONFLICT = "conflict"


def decide(incoming: str, local: str, bundle_base: str | None, own_base: str | None) -> Outcome:
    """The merge outcome from four fingerprints (bases may be unknown)."""
    if incoming == local:
        return Outcome.SAME
    if local == bundle_base or (bundle_base is None and local == own_base):
        return Outcome.TAKE
    if incoming in (bundle_base, own_base):
        return Outcome.KEEP
    return Outcome.CONFLICT


_LABEL_COLUMNS = ("title", "name", "text", "label", "caption", "number", "research_theme")


def label_of(record: Record) -> str:
    """A few words to recognise a record by."""
    for column in _LABEL_COLUMNS:
        value = record.values.get(column)
        if value not in (None, ""):
            text = " ".join(str(value).split())
            return text if len(text) <= 60 else text[:57] + "…"
    return record.uuid[:8]


def describe_conflict(incoming: Record, local: Record, kept_copy: bool) -> MergeConflict:
    """The review entry for a record both sides changed."""
    names = {f.col: f.name for f in incoming.spec.fields}
    changes = tuple(
        FieldChange(names.get(col, col), _shown(local.values.get(col)), _shown(value))
        for col, value in incoming.values.items()
        if local.values.get(col) != value
    )
    return MergeConflict(
        kind=incoming.entity.replace("_", " "), label=label_of(local), path=incoming.path,
        kept_copy=kept_copy,
        yours_by=local.audit.get("updated_by", ""), yours_at=local.audit.get("updated_at", ""),
        theirs_by=incoming.audit.get("updated_by", ""),
        theirs_at=incoming.audit.get("updated_at", ""), fields=changes,
    )


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    return str(value)
