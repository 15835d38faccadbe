"""Plain data for iBoard photos, so no ORM object (and no stray image bytes) leaves a service.

A gallery lists many photos and must stay light: :class:`PhotoSummary` is
metadata only, thumbnails come from a separate call, and the full image only
from :class:`PhotoImage` when the viewer opens one photo. :class:`PhotoFields`
is the editable part that undo commands keep as "before" and "after".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from lessonstudy.domain.late_text import LateText
from lessonstudy.i18n import BILINGUAL, current_language, pgettext, sentence_end

KEY_IDEA_COUNT = 4


@dataclass(frozen=True)
class PhotoFields:
    """What a teacher edits about a photo besides its pixels and key ideas.

    A photo belongs to an observer group (``group_id``) or, for pupils' work,
    carries a free ``group_label`` such as "Table 3"; ``segment_id`` is the
    lesson segment it was taken in, if known.
    """

    caption: str = ""
    group_id: int | None = None
    group_label: str = ""
    segment_id: int | None = None


@dataclass(frozen=True)
class PhotoSummary:
    """One stored photo as the gallery shows it: names resolved, no image bytes.

    ``segment_number`` is the segment's position as teachers count it
    (1 = first). ``revision`` changes on every stored change, so an edit made
    from a stale copy is refused instead of silently overwriting.
    """

    id: int
    uuid: str
    teaching_id: int
    fields: PhotoFields
    group_name: str
    segment_number: int | None
    segment_title: str
    taken_at: datetime | None
    width: int
    height: int
    original_name: str
    key_ideas: tuple[str, str, str, str]
    revision: int

    @property
    def row_version(self) -> int:
        """The photo row's version (the same number as ``revision``)."""
        return self.revision

    @property
    def caption(self) -> str:
        return self.fields.caption

    @property
    def group_text(self) -> str:
        """The observer group's name, else the pupils' group label, else ""."""
        return self.group_name or self.fields.group_label

    @property
    def segment_text(self) -> str:
        if self.segment_number is None:
            return ""
        return f"{self.segment_number}. {self.segment_title}"

    @property
    def title(self) -> str:
        """A short name for lists: the caption, else the file name, else the id."""
        return self.caption.strip() or self.original_name or f"#{self.id}"


@dataclass(frozen=True)
class PhotoImage:
    """The stored JPEG of one photo (upright, metadata-free) and its thumbnail."""

    photo_id: int
    image: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int
    revision: int
    problem: str = ""  # the stored file is missing or damaged: what to tell the teacher


@dataclass(frozen=True)
class PhotoEdit:
    """A rotate or redact that was stored, with the image as it was before (for undo)."""

    photo: PhotoSummary
    before: PhotoImage


@dataclass(frozen=True)
class SegmentChoice:
    """A segment a photo may be linked to, numbered as in the plan."""

    id: int
    number: int
    title: str


@dataclass(frozen=True)
class PhotoChoices:
    """The groups and segments a photo of this teaching may name."""

    groups: tuple[tuple[int, str], ...]
    segments: tuple[SegmentChoice, ...]


@dataclass(frozen=True)
class ImportTarget:
    """Where a batch of photos goes: a teaching and, for all of them, a group and segment."""

    teaching_id: int
    group_id: int | None = None
    group_label: str = ""
    segment_id: int | None = None


class ImportStatus(StrEnum):
    """What happened to one file of an import."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ImportOutcome:
    """One file of an import: stored, skipped as a duplicate, refused, or not reached.

    ``message`` starts with the file name and is written for the teacher, in the
    language in force when it is read (``text`` keeps the message id and arguments, since
    results are made on worker processes and threads); ``problem`` is the imaging problem
    code for refused files (e.g. "truncated").
    """

    path: Path
    status: ImportStatus
    text: LateText | str
    photo_id: int | None = None
    problem: str | None = None

    @property
    def message(self) -> str:
        return str(self.text)


@dataclass(frozen=True)
class ImportReport:
    """Every file of an import, in the order they were given."""

    outcomes: tuple[ImportOutcome, ...]

    def _with(self, status: ImportStatus) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status is status]

    @property
    def imported(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.DUPLICATE)

    @property
    def failures(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.FAILED)

    @property
    def cancelled(self) -> list[ImportOutcome]:
        return self._with(ImportStatus.CANCELLED)

    @property
    def ok(self) -> bool:
        """True when no file failed (duplicates and a cancel are not failures)."""
        return not self.failures


def summary_sentence(parts: list[str]) -> str:
    """Parts of a result summary as one sentence: "a; b; c." / "a；b；c。" / "a、b、c。".

    Bilingual text keeps the English marks, as :func:`lessonstudy.i18n.separated` does.
    """
    english = current_language() == BILINGUAL
    between = "; " if english else pgettext("between the parts of a summary", "; ")
    return between.join(parts) + sentence_end()
