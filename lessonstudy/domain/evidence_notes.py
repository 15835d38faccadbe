"""Every observation note of a teaching as plain data, and its order on paper.

Notes are the lesson's main evidence. The report and the packet print all of
them ("Evidence by segment"), and ``lessonstudy notes`` exports them one row
per note; all three read the same :class:`EvidenceNote` records (see
:mod:`lessonstudy.services.evidence_notes`) and sort them with
:func:`by_segment`, so the paper and the spreadsheet agree on what a note says
and where it belongs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NO_POSITION = 1 << 30
"""Sort key of notes without a segment or group: after every real one."""


@dataclass(frozen=True)
class EvidenceNote:
    """One observation note with the names it is printed and exported with.

    ``segment_number`` is the segment's 1-based place in the version taught
    (``None`` for a note outside any segment); ``planned_start`` and
    ``planned_end`` are that segment's planned times into the lesson, in
    seconds. ``feedback_ids`` are the feedback items quoting the note as
    evidence; ``feedback_numbers`` are their 1-based places in the
    conference's feedback list, as the report numbers them.
    """

    id: int
    teaching_id: int
    segment_number: int | None
    segment_title: str
    planned_start: int | None
    planned_end: int | None
    elapsed_seconds: int | None
    group_position: int | None
    group_name: str
    focus: str
    observer: str
    role: str
    case_pupil: str
    kind: str
    flagged: bool
    text: str
    source: str = "app"
    feedback_ids: tuple[int, ...] = ()
    feedback_numbers: tuple[int, ...] = ()

    @property
    def quoted(self) -> bool:
        """Whether a feedback item already quotes this note as evidence."""
        return bool(self.feedback_ids)


@dataclass(frozen=True)
class NoteGroupBlock:
    """The notes one observer group (or nobody's group) took during one segment."""

    group_name: str
    focus: str
    notes: tuple[EvidenceNote, ...]


@dataclass(frozen=True)
class SegmentBlock:
    """One segment of the plan with its notes, group by group."""

    number: int | None
    title: str
    planned_start: int | None
    planned_end: int | None
    groups: tuple[NoteGroupBlock, ...]

    @property
    def note_count(self) -> int:
        return sum(len(g.notes) for g in self.groups)


def note_order(note: EvidenceNote) -> tuple[int, int, str, int, int]:
    """Segments in plan order, then groups in board order, then time into the lesson."""
    return (NO_POSITION if note.segment_number is None else note.segment_number,
            NO_POSITION if note.group_position is None else note.group_position,
            note.group_name,
            NO_POSITION if note.elapsed_seconds is None else note.elapsed_seconds,
            note.id)


def by_segment(notes: Iterable[EvidenceNote]) -> list[SegmentBlock]:
    """The notes grouped by segment (plan order, no-segment last), then by group."""
    ordered = sorted(notes, key=note_order)
    blocks: list[SegmentBlock] = []
    start = 0
    while start < len(ordered):
        end = start
        first = ordered[start]
        while end < len(ordered) and ordered[end].segment_number == first.segment_number:
            end += 1
        blocks.append(SegmentBlock(first.segment_number, first.segment_title,
                                   first.planned_start, first.planned_end,
                                   tuple(_group_blocks(ordered[start:end]))))
        start = end
    return blocks


def _group_blocks(notes: Sequence[EvidenceNote]) -> list[NoteGroupBlock]:
    blocks: list[NoteGroupBlock] = []
    current: list[EvidenceNote] = []
    for note in notes:
        if current and (current[0].group_position, current[0].group_name) != (
                note.group_position, note.group_name):
            blocks.append(NoteGroupBlock(current[0].group_name, current[0].focus, tuple(current)))
            current = []
        current.append(note)
    if current:
        blocks.append(NoteGroupBlock(current[0].group_name, current[0].focus, tuple(current)))
    return blocks
