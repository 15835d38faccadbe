"""Plain data for observation notes, so no ORM object leaves the notes service.

A :class:`Note` carries the names it points at (segment title, group,
observer, case pupil) for lists and searches; :class:`NoteFields` is the
editable part, which undo commands keep as "before" and "after".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
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


def _named_notes() -> Select[*tuple[Any, ...]]:
    """Notes with the names they point at, outer-joined: one query for a whole list."""
    n = ObservationNote
    return (select(n.id, n.uuid, n.teaching_id, n.text, n.kind, n.segment_id,
                   n.elapsed_seconds, n.group_id, n.observer_id, n.case_pupil_id, n.flagged,
                   n.photo_id, n.source, n.row_version, Segment.title, ObserverGroup.name,
                   Observer.name, CasePupil.label)
            .outerjoin(Segment, Segment.id == n.segment_id)
            .outerjoin(ObserverGroup, ObserverGroup.id == n.group_id)
            .outerjoin(Observer, Observer.id == n.observer_id)
            .outerjoin(CasePupil, CasePupil.id == n.case_pupil_id))


def teaching_notes(session: Session, teaching_id: int, words: Sequence[str] = ()) -> list[Note]:
    """A teaching's notes in lesson order (untimed last), in one query however many there are.

    A note per row through :func:`note_from` cost three lookups each: 2.8 s for
    2,000 notes; the join takes a few milliseconds. ``words`` keeps the notes
    whose text, kind, segment, group, observer or case pupil mention every
    word (case-insensitive), filtered by the database.
    """
    n = ObservationNote
    query = (_named_notes().where(n.teaching_id == teaching_id)
             .order_by(n.elapsed_seconds.is_(None), n.elapsed_seconds, n.id))
    if words:
        named = (Segment.title, ObserverGroup.name, Observer.name, CasePupil.label)
        blob = n.text + " " + n.kind
        for column in named:
            blob = blob + " " + func.coalesce(column, "")
        query = query.where(*(blob.ilike(f"%{_escaped(word)}%", escape="\\") for word in words))
    return [_note(row) for row in session.connection().execute(query)]


def one_note(session: Session, note_id: int) -> Note | None:
    """One stored note with its names (a single query), or None if it is gone."""
    row = session.connection().execute(_named_notes().where(ObservationNote.id == note_id)).first()
    return _note(tuple(row)) if row is not None else None


def _escaped(word: str) -> str:
    """A word for LIKE, so ``%`` and ``_`` in a search are matched as themselves."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _note(row: Any) -> Note:
    (note_id, uuid, teaching_id, text, kind, segment_id, elapsed, group_id, observer_id,
     pupil_id, flagged, photo_id, source, row_version, segment, group, observer, pupil) = row
    fields = NoteFields(text=text, kind=kind, segment_id=segment_id, elapsed_seconds=elapsed,
                        group_id=group_id, observer_id=observer_id, case_pupil_id=pupil_id,
                        flagged=bool(flagged))
    return Note(id=note_id, uuid=uuid, teaching_id=teaching_id, fields=fields,
                segment_title=segment or "", group_name=group or "",
                observer_name=observer or "", case_pupil_label=pupil or "",
                photo_id=photo_id, source=source, row_version=row_version)


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
