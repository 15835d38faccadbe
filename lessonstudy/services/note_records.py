"""Plain data for observation notes, so no ORM object leaves the notes service.

A :class:`Note` carries the names it points at (segment title, group,
observer, case pupil) for lists and searches; :class:`NoteFields` is the
editable part, which undo commands keep as "before" and "after".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lessonstudy.domain.enums import NoteKind
from lessonstudy.storage.models import CasePupil, ObservationNote, Observer, ObserverGroup, Segment


@dataclass(frozen=True)
class QuickNote:
    """What an observer typed and picked before pressing Enter."""

    text: str
    kind: str = NoteKind.EVIDENCE
    group_id: int | None = None
    observer_id: int | None = None
    case_pupil_id: int | None = None
    flagged: bool = False


@dataclass(frozen=True)
class NoteFields:
    """The editable part of a note."""

    text: str
    kind: str = NoteKind.EVIDENCE
    segment_id: int | None = None
    elapsed_seconds: int | None = None
    group_id: int | None = None
    observer_id: int | None = None
    case_pupil_id: int | None = None
    flagged: bool = False


@dataclass(frozen=True)
class Note:
    """A stored note with the names of what it refers to."""

    id: int
    uuid: str
    teaching_id: int
    fields: NoteFields
    segment_title: str
    group_name: str
    observer_name: str
    case_pupil_label: str
    photo_id: int | None
    source: str
    row_version: int = 0  # the stored note's version when read (edits send it back)

    @property
    def text(self) -> str:
        return self.fields.text

    @property
    def kind(self) -> str:
        return self.fields.kind

    @property
    def segment_id(self) -> int | None:
        return self.fields.segment_id

    @property
    def elapsed_seconds(self) -> int | None:
        return self.fields.elapsed_seconds

    @property
    def flagged(self) -> bool:
        return self.fields.flagged

    @property
    def search_text(self) -> str:
        """Everything a search may match, folded (full-width, case) once."""
        parts = (self.text, self.kind, self.segment_title, self.group_name,
                 self.observer_name, self.case_pupil_label)
        return unicodedata.normalize("NFKC", " ".join(parts)).casefold()


@dataclass(frozen=True)
class NoteChoices:
    """What a note of one teaching may point at: (id, name) pairs in display order.

    Observers are (id, name, group id) so the UI can suggest the group.
    """

    segments: tuple[tuple[int, str], ...]
    groups: tuple[tuple[int, str], ...]
    observers: tuple[tuple[int, str, int | None], ...]
    case_pupils: tuple[tuple[int, str], ...]


def note_from(session: Session, row: ObservationNote) -> Note:
    """The plain form of a stored note (related rows come from the session's identity map)."""
    segment = session.get(Segment, row.segment_id) if row.segment_id else None
    group = session.get(ObserverGroup, row.group_id) if row.group_id else None
    observer = session.get(Observer, row.observer_id) if row.observer_id else None
    pupil = session.get(CasePupil, row.case_pupil_id) if row.case_pupil_id else None
    fields = NoteFields(text=row.text, kind=row.kind, segment_id=row.segment_id,
                        elapsed_seconds=row.elapsed_seconds, group_id=row.group_id,
                        observer_id=row.observer_id, case_pupil_id=row.case_pupil_id,
                        flagged=bool(row.flagged))
    return Note(id=row.id, uuid=row.uuid, teaching_id=row.teaching_id, fields=fields,
                segment_title=segment.title if segment else "",
                group_name=group.name if group else "",
                observer_name=observer.name if observer else "",
                case_pupil_label=pupil.label if pupil else "",
                photo_id=row.photo_id, source=row.source, row_version=row.row_version)
