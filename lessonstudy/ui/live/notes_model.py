"""Observation notes grouped by segment, as a Qt tree model over plain lists.

The top rows are the lesson's segments (in plan order, each with its note
count), the rows under them the notes taken while it ran. Editing a cell does
not change the model: it emits ``edit_requested`` with the new fields, the
panel turns that into an undoable command, and the model is reloaded from
the service, so what is shown is always what is stored.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import parse_clock
from lessonstudy.services.notes import Note, NoteChoices, NoteFields
from lessonstudy.ui.live.look import elapsed_text, kind_label, tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("time", "kind", "text", "segment_id", "group_id", "observer_id", "case_pupil_id",
           "flagged", "photo")


@dataclass
class SegmentGroup:
    """One top row: a segment (or "no segment") and the notes taken in it."""

    segment_id: int | None
    title: str
    notes: list[Note] = field(default_factory=list)


class NotesModel(QAbstractItemModel):
    """Two-level tree: segments, then their notes; edits become requests, not changes."""

    edit_requested = QtSignal(object, object)
    edit_refused = QtSignal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[SegmentGroup] = []
        self.choices = NoteChoices((), (), (), ())

    def set_notes(self, notes: list[Note], choices: NoteChoices) -> None:
        """Replace everything shown (after any change or a new search)."""
        self.beginResetModel()
        self.choices = choices
        groups = {sid: SegmentGroup(sid, title) for sid, title in choices.segments}
        loose = SegmentGroup(None, tr("Not in a segment"))
        for note in notes:
            group = groups.get(note.segment_id) if note.segment_id is not None else None
            (group or loose).notes.append(note)
        self.groups = [g for g in groups.values() if g.notes] + ([loose] if loose.notes else [])
        self.endResetModel()

    def note_at(self, index: Index) -> Note | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].notes[index.row()]

    def index_of(self, note_id: int) -> QModelIndex:
        for g, group in enumerate(self.groups):
            for row, note in enumerate(group.notes):
                if note.id == note_id:
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    # -- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not parent.isValid():
            ok = 0 <= row < len(self.groups)
            return self.createIndex(row, column, 0) if ok else QModelIndex()
        if parent.internalId() != 0 or not 0 <= row < len(self.groups[parent.row()].notes):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        return len(self.groups[parent.row()].notes) if parent.internalId() == 0 else 0

    def columnCount(self, _parent: Index = _ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Time"), tr("Kind"), tr("Note"), tr("Segment"), tr("Group"), tr("Observer"),
                tr("Case pupil"), tr("Flag"), tr("Photo"))[section]

    # -- data ----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self.note_at(index)
        if note is None:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return tr("{title} ({count})").format(title=group.title, count=len(group.notes))
            return None
        column = COLUMNS[index.column()]
        if role == NOTE_ROLE:
            return note
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "flagged":
            return Qt.CheckState.Checked if note.flagged else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._shown(note, column, role == Qt.ItemDataRole.EditRole)
        return None

    def _shown(self, note: Note, column: str, editing: bool) -> Any:
        if column == "time":
            return elapsed_text(note.elapsed_seconds)
        if column == "kind":
            return note.kind if editing else kind_label(note.kind)
        if column == "photo":
            return "📷" if note.photo_id else ""
        if column == "flagged":
            return None
        if column == "text":
            return note.text
        value = getattr(note.fields, column)
        if editing:
            return value
        return "" if value is None else dict(self._choices(column)).get(value, "")

    def _choices(self, column: str) -> list[tuple[Any, str]]:
        none = [(None, tr("—"))]
        if column == "kind":
            return [(k.value, kind_label(k)) for k in NoteKind]
        if column == "segment_id":
            return [*none, *self.choices.segments]
        if column == "group_id":
            return [*none, *self.choices.groups]
        if column == "observer_id":
            return [*none, *((oid, name) for oid, name, _g in self.choices.observers)]
        if column == "case_pupil_id":
            return [*none, *self.choices.case_pupils]
        return []

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.note_at(index) is None:
            return base
        column = COLUMNS[index.column()]
        if column == "flagged":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base if column == "photo" else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        note = self.note_at(index)
        if note is None:
            return False
        try:
            fields = self._changed(note, COLUMNS[index.column()], value, role)
        except LessonStudyError as error:
            self.edit_refused.emit(error)
            return False
        if fields is None or fields == note.fields:
            return False
        self.edit_requested.emit(note, fields)
        return True

    def _changed(self, note: Note, column: str, value: Any, role: int) -> NoteFields | None:
        if column == "flagged" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return dataclasses.replace(note.fields, flagged=checked)
        if role != Qt.ItemDataRole.EditRole or column in ("flagged", "photo"):
            return None
        if column == "time":
            text = str(value).strip()
            seconds = None if text in ("", "–", "-") else parse_clock(text)
            return dataclasses.replace(note.fields, elapsed_seconds=seconds)
        return dataclasses.replace(note.fields, **{column: value})
