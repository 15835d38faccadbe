"""Observation notes grouped by segment, as a Qt tree model over plain lists.

The top rows are the lesson's segments (in plan order, each with its note
count), the rows under them the notes taken while it ran. Editing a cell does
not change the model: it emits ``edit_requested`` with the new fields, the
panel turns that into an undoable command and puts the stored note back with
:meth:`NotesModel.put_note`, so what is shown is always what is stored.

A teaching can hold 20,000 notes: a saved or edited note moves one row (never
a reset of everything), and each segment hands its notes to the view a
screenful at a time (:meth:`NotesModel.show_more`), so the view never lays
out rows nobody scrolled to.
"""

from __future__ import annotations

import bisect
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
SCREENFUL = 50  # notes handed to the view at a time, per segment
COLUMNS = ("time", "kind", "text", "segment_id", "group_id", "observer_id", "case_pupil_id",
           "flagged", "photo")


def lesson_order(note: Note) -> tuple[bool, int, int]:
    """Where a note sits in its segment: by time into the lesson, untimed last (as stored)."""
    return (note.elapsed_seconds is None, note.elapsed_seconds or 0, note.id)


@dataclass
class SegmentGroup:
    """One top row: a segment (or "no segment") and the notes taken in it.

    ``shown`` is how many of ``notes`` the view has fetched so far.
    """

    segment_id: int | None
    title: str
    notes: list[Note] = field(default_factory=list)
    shown: int = 0


_SEGMENT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NOTE_FLAGS = tuple(
    _SEGMENT_FLAGS | Qt.ItemFlag.ItemNeverHasChildren | {
        "flagged": Qt.ItemFlag.ItemIsUserCheckable, "photo": Qt.ItemFlag.NoItemFlags,
    }.get(column, Qt.ItemFlag.ItemIsEditable)
    for column in COLUMNS)


_ROLES = frozenset(int(role.value) if hasattr(role, "value") else int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole,
    NOTE_ROLE, CHOICES_ROLE))


class NotesModel(QAbstractItemModel):
    """Two-level tree: segments, then their notes; edits become requests, not changes."""

    edit_requested = QtSignal(object, object)
    edit_refused = QtSignal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[SegmentGroup] = []
        self.choices = NoteChoices((), (), (), ())
        self._names: dict[str, dict[Any, str]] = {}  # column → id → name, made once per load

    def set_notes(self, notes: list[Note], choices: NoteChoices) -> None:
        """Replace everything shown (a teaching opened, a new search, choices changed).

        ``notes`` come in lesson order, as the notes service lists them.
        """
        self.beginResetModel()
        self.choices = choices
        self._names = {column: dict(self._choices(column))
                       for column in ("segment_id", "group_id", "observer_id", "case_pupil_id")}
        groups = self._empty_groups()
        for note in notes:
            groups.get(note.segment_id, groups[None]).notes.append(note)
        self.groups = [g for g in groups.values() if g.notes]
        for group in self.groups:
            group.shown = min(len(group.notes), SCREENFUL)
        self.endResetModel()

    def _empty_groups(self) -> dict[int | None, SegmentGroup]:
        groups: dict[int | None, SegmentGroup] = {
            sid: SegmentGroup(sid, title) for sid, title in self.choices.segments}
        groups[None] = SegmentGroup(None, tr("Not in a segment"))
        return groups

    def put_note(self, note: Note) -> QModelIndex:
        """Show a saved or edited note where it belongs, moving only its own row."""
        self.remove_note(note.id)
        g = self._group_row(note.segment_id)
        group = self.groups[g]
        row = bisect.bisect(group.notes, lesson_order(note), key=lesson_order)
        if row > group.shown:  # beyond what the view fetched: it arrives with the rest
            group.notes.insert(row, note)
            return QModelIndex()
        self.beginInsertRows(self.index(g, 0), row, row)
        group.notes.insert(row, note)
        group.shown += 1
        self.endInsertRows()
        self._count_changed(g)
        return self.createIndex(row, 0, g + 1)

    def remove_note(self, note_id: int) -> bool:
        """Take a deleted note's row out (and its segment's, if it was the last)."""
        for g, group in enumerate(self.groups):
            for row, note in enumerate(group.notes):
                if note.id == note_id:
                    self._remove_row(g, row)
                    return True
        return False

    def _remove_row(self, g: int, row: int) -> None:
        group = self.groups[g]
        if len(group.notes) == 1:
            self.beginRemoveRows(QModelIndex(), g, g)
            del self.groups[g]
            self.endRemoveRows()
            return
        if row >= group.shown:
            del group.notes[row]
            return
        self.beginRemoveRows(self.index(g, 0), row, row)
        del group.notes[row]
        group.shown -= 1
        self.endRemoveRows()
        self._count_changed(g)

    def _group_row(self, segment_id: int | None) -> int:
        """The top row of a segment, inserted in plan order if it had no notes yet."""
        order = [sid for sid, _title in self.choices.segments] + [None]
        if segment_id not in order:
            segment_id = None
        for g, group in enumerate(self.groups):
            if group.segment_id == segment_id:
                return g
        place = order.index(segment_id)
        g = sum(1 for group in self.groups if order.index(group.segment_id) < place)
        self.beginInsertRows(QModelIndex(), g, g)
        self.groups.insert(g, self._empty_groups()[segment_id])
        self.endInsertRows()
        return g

    def _count_changed(self, g: int) -> None:
        top = self.index(g, 0)
        self.dataChanged.emit(top, top, [Qt.ItemDataRole.DisplayRole])

    def note_at(self, index: Index) -> Note | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].notes[index.row()]

    def index_of(self, note_id: int) -> QModelIndex:
        """The note's row, fetching its segment's notes up to it if the view had not yet."""
        for g, group in enumerate(self.groups):
            for row, note in enumerate(group.notes):
                if note.id == note_id:
                    while row >= group.shown:
                        self.show_more(self.index(g, 0))
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    # -- a screenful at a time ------------------------------------------------------
    # Not Qt's canFetchMore/fetchMore: QTreeView calls fetchMore for every expanded
    # segment on every layout, so all notes arrived after a few saves. The panel
    # asks for more when a segment's last shown note scrolls into view.
    def has_more(self, top: Index) -> bool:
        """True when a segment row has notes the view was not handed yet."""
        if not top.isValid() or top.internalId() != 0 or top.column() != 0:
            return False
        group = self.groups[top.row()]
        return group.shown < len(group.notes)

    def show_more(self, top: Index) -> None:
        """Hand the view the next screenful of a segment's notes."""
        if not self.has_more(top):
            return
        group = self.groups[top.row()]
        more = min(len(group.notes), group.shown + SCREENFUL)
        self.beginInsertRows(self.index(top.row(), 0), group.shown, more - 1)
        group.shown = more
        self.endInsertRows()

    # -- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not parent.isValid():
            ok = 0 <= row < len(self.groups)
            return self.createIndex(row, column, 0) if ok else QModelIndex()
        if (parent.internalId() != 0 or parent.column() != 0
                or not 0 <= row < self.groups[parent.row()].shown):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        top = parent.internalId() == 0 and parent.column() == 0  # notes hang off column 0
        return self.groups[parent.row()].shown if top else 0

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
        if role not in _ROLES or not index.isValid():  # fonts, colours, sizes: the defaults
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
        return "" if value is None else self._names.get(column, {}).get(value, "")

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
        """Flags from a table made once: views ask for every visible row on each layout."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return _SEGMENT_FLAGS
        return _NOTE_FLAGS[index.column()]

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
