"""Observation notes grouped by segment, as a Qt tree model whose cells live in C++.

The top rows are the lesson's segments (in plan order, each with its note
count), the rows under them the notes taken while it ran. Editing a cell does
not change the model: it emits ``edit_requested`` with the new fields, the
panel turns that into an undoable command and puts the stored note back with
:meth:`NotesModel.put_note`, so what is shown is always what is stored.

A teaching can hold 20,000 notes: a saved or edited note moves one row (never
a reset of everything), and each segment hands its notes to the view a
screenful at a time (:meth:`NotesModel.show_more`), so the view never lays
out rows nobody scrolled to. Opening shows about a screenful in all (the
first segment's); the others get theirs when they scroll into view.

A segment's rows are the first notes of its list (the *head*) and, once the
observer saves a note past them, the last ones (the *tail*): a note typed 40
minutes into a lesson of 20,000 notes lands after thousands nobody has
scrolled to, and showing it must not build a row for each of those (it did:
a second-long freeze at the first note of a long segment).

Why a :class:`QStandardItemModel` and not a Python ``data()``: the view asks
each visible cell for seven roles on every paint and every row for its index
and flags on every layout, each a call from C++ into Python. A save with 500
rows shown made about 4,000 such calls (a relayout, then a repaint: 25-40 ms
of a 30 ms budget). The texts of a row are now worked out once, when the row
is handed to the view, and Qt paints and lays out without calling Python.
The plain-Python lists (``groups``) stay the truth the panel works from.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import parse_clock
from lessonstudy.services.notes import Note, NoteChoices, NoteFields
from lessonstudy.ui.live.look import elapsed_text, kind_label, tr

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored value of a choice cell (an id, a kind)
SCREENFUL = 25  # notes handed to the view at a time, per segment (about a screen)
FIRST_ROWS = SCREENFUL  # notes shown in all when a teaching opens or a search is shown
COLUMNS = ("time", "kind", "text", "segment_id", "group_id", "observer_id", "case_pupil_id",
           "flagged", "photo")
_CHOICE_COLUMNS = ("kind", "segment_id", "group_id", "observer_id", "case_pupil_id")
_TEXT = COLUMNS.index("text")
_ABOUT = tuple(COLUMNS.index(name) for name in _CHOICE_COLUMNS)  # in the text's tooltip


def lesson_order(note: Note) -> tuple[bool, int, int]:
    """Where a note sits in its segment: by time into the lesson, untimed last (as stored)."""
    return (note.elapsed_seconds is None, note.elapsed_seconds or 0, note.id)


@dataclass
class SegmentGroup:
    """One top row: a segment (or "no segment") and the notes taken in it.

    The view has rows for ``notes[:shown]`` (the head) and the last ``tail``
    notes; those between are counted in the title and not built yet.
    """

    segment_id: int | None
    title: str
    notes: list[Note] = field(default_factory=list)
    shown: int = 0
    tail: int = 0

    @property
    def tail_start(self) -> int:
        """Where in ``notes`` the tail's rows begin (``len(notes)`` when there is none)."""
        return len(self.notes) - self.tail

    def row_of(self, position: int) -> int | None:
        """The view's row of ``notes[position]``, or None while it is not built."""
        if position < self.shown:
            return position
        if position >= self.tail_start:
            return self.shown + position - self.tail_start
        return None

    def position_of(self, row: int) -> int:
        """Which of ``notes`` the view's row shows."""
        return row if row < self.shown else self.tail_start + row - self.shown


@dataclass
class GroupedNotes:
    """Notes grouped for the tree, and which top row each note is under (by note id)."""

    groups: list[SegmentGroup]
    segment_of: dict[int, int | None]


def group_notes(notes: list[Note], choices: NoteChoices) -> GroupedNotes:
    """Notes in lesson order, grouped under their segments in plan order (plain Python:
    the notes panel runs it with the load, off the GUI thread; ~30 ms for 20,000 notes)."""
    groups = _empty_groups(choices)
    segment_of: dict[int, int | None] = {}
    for note in notes:
        group = groups.get(note.segment_id, groups[None])
        group.notes.append(note)
        segment_of[note.id] = group.segment_id
    return GroupedNotes([g for g in groups.values() if g.notes], segment_of)


def _empty_groups(choices: NoteChoices) -> dict[int | None, SegmentGroup]:
    groups: dict[int | None, SegmentGroup] = {
        sid: SegmentGroup(sid, title) for sid, title in choices.segments}
    groups[None] = SegmentGroup(None, tr("Not in a segment"))
    return groups


_SEGMENT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NOTE_FLAGS = tuple(
    _SEGMENT_FLAGS | Qt.ItemFlag.ItemNeverHasChildren | {
        "flagged": Qt.ItemFlag.ItemIsUserCheckable, "photo": Qt.ItemFlag.NoItemFlags,
    }.get(column, Qt.ItemFlag.ItemIsEditable)
    for column in COLUMNS)


class NotesModel(QStandardItemModel):
    """Two-level tree: segments, then their notes; edits become requests, not changes."""

    edit_requested = QtSignal(object, object)
    edit_refused = QtSignal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._headers = [tr("Time"), tr("Kind"), tr("Note"), tr("Segment"), tr("Group"),
                         tr("Observer"), tr("Case pupil"), tr("Flag"), tr("Photo")]
        self.setHorizontalHeaderLabels(self._headers)
        self.groups: list[SegmentGroup] = []
        self.choices = NoteChoices((), (), (), ())
        self._names: dict[str, dict[Any, str]] = {}  # column → id → name, made once per load
        self._kinds: dict[str, str] = {}  # kind → its label, made once per load
        self._segment_of: dict[int, int | None] = {}  # note id → its top row's segment

    def set_notes(self, notes: list[Note], choices: NoteChoices) -> None:
        """Replace everything shown (a teaching opened, a new search, choices changed).

        ``notes`` come in lesson order, as the notes service lists them.
        """
        self.show_groups(group_notes(notes, choices), choices)

    def show_groups(self, grouped: GroupedNotes, choices: NoteChoices) -> None:
        """Replace everything shown by notes already grouped (off the GUI thread)."""
        groups = grouped.groups
        self.choices = choices
        self._names = {column: dict(self._choices(column))
                       for column in ("segment_id", "group_id", "observer_id", "case_pupil_id")}
        self._kinds = {kind.value: kind_label(kind) for kind in NoteKind}
        self._segment_of = grouped.segment_of
        self.beginResetModel()
        self.blockSignals(True)  # the reset tells the views; no signal per row meanwhile
        try:
            self.setRowCount(0)
            self.groups = groups
            budget = FIRST_ROWS
            for g, group in enumerate(self.groups):
                group.shown = group.tail = 0
                self.insertRow(g, self._segment_items(group))
                self._hand_over(g, min(SCREENFUL, budget))
                budget -= group.shown
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _empty_groups(self) -> dict[int | None, SegmentGroup]:
        return _empty_groups(self.choices)

    def put_note(self, note: Note) -> QModelIndex:
        """Show a saved or edited note where it belongs, moving only its own row."""
        self.remove_note(note.id)
        g = self._group_row(note.segment_id)
        group = self.groups[g]
        position = bisect.bisect(group.notes, lesson_order(note), key=lesson_order)
        tail_start = group.tail_start
        group.notes.insert(position, note)
        self._segment_of[note.id] = group.segment_id
        if position <= group.shown:
            group.shown += 1
            row = position
        elif group.tail and position >= tail_start:
            group.tail += 1
            row = group.shown + position - tail_start
        else:  # among the notes not built yet: it arrives with them (index_of shows it now)
            self._count_changed(g)
            return QModelIndex()
        top = self._top(g)
        top.insertRow(row, self._note_items(note))
        self._count_changed(g)
        return self.index(row, 0, top.index())

    def remove_note(self, note_id: int) -> bool:
        """Take a deleted note's row out (and its segment's, if it was the last)."""
        found = self._find(note_id)
        if found is None:
            return False
        self._remove_row(*found)
        return True

    def _find(self, note_id: int) -> tuple[int, int] | None:
        """(top row, position in its notes) of a note shown here: only its own segment's
        notes are looked through (a save at 20,000 notes looked through them all, twice)."""
        if note_id not in self._segment_of:
            return None
        segment_id = self._segment_of[note_id]
        for g, group in enumerate(self.groups):
            if group.segment_id == segment_id:
                for position, note in enumerate(group.notes):
                    if note.id == note_id:
                        return g, position
        return None

    def _remove_row(self, g: int, position: int) -> None:
        group = self.groups[g]
        if len(group.notes) == 1:
            self._segment_of.pop(group.notes[0].id, None)
            del self.groups[g]
            self.removeRow(g)
            return
        row = group.row_of(position)
        self._segment_of.pop(group.notes[position].id, None)
        del group.notes[position]
        if row is not None:
            if position < group.shown:
                group.shown -= 1
            else:
                group.tail -= 1
            self._top(g).removeRow(row)
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
        group = self._empty_groups()[segment_id]
        self.groups.insert(g, group)
        self.insertRow(g, self._segment_items(group))
        return g

    def _top(self, g: int) -> QStandardItem:
        top = self.item(g, 0)
        assert top is not None  # every group has its top row
        return top

    def _count_changed(self, g: int) -> None:
        self._top(g).setText(self._segment_text(self.groups[g]))

    def note_at(self, index: Index) -> Note | None:
        if not index.isValid():
            return None
        top = index.parent()
        if not top.isValid():
            return None
        group = self.groups[top.row()]
        return group.notes[group.position_of(index.row())]

    def index_of(self, note_id: int) -> QModelIndex:
        """The note's row, building it (and the rows between it and the nearer of the head
        and the tail, so the rows stay in lesson order) if the view did not have it yet."""
        found = self._find(note_id)
        return QModelIndex() if found is None else self._reveal(*found)

    def _reveal(self, g: int, position: int) -> QModelIndex:
        group = self.groups[g]
        row = group.row_of(position)
        if row is None:
            if group.tail_start - position < position + 1 - group.shown:
                self._hand_over_tail(g, position)
            else:
                self._hand_over(g, position + 1)
            row = group.row_of(position)
            assert row is not None
        return self.index(row, 0, self.index(g, 0))

    # -- a screenful at a time ------------------------------------------------------
    # Not Qt's canFetchMore/fetchMore: QTreeView calls fetchMore for every expanded
    # segment on every layout, so all notes arrived after a few saves. The panel
    # asks for more when a segment's last shown note scrolls into view.
    def has_more(self, top: Index) -> bool:
        """True when a segment row has notes the view was not handed yet."""
        if not top.isValid() or top.parent().isValid() or top.column() != 0:
            return False
        group = self.groups[top.row()]
        return group.shown < group.tail_start

    def shown_rows(self, top: Index) -> int:
        """How many of a segment's notes come before those not built yet (its head)."""
        return self.groups[top.row()].shown

    def show_more(self, top: Index) -> None:
        """Hand the view the next screenful of a segment's notes."""
        if self.has_more(top):
            group = self.groups[top.row()]
            self._hand_over(top.row(), min(len(group.notes), group.shown + SCREENFUL))

    def _hand_over(self, g: int, upto: int) -> None:
        """Make the rows of a segment's notes up to ``upto`` after its head (before its
        tail, which they join when they reach it)."""
        group, top = self.groups[g], self._top(g)
        upto = min(upto, group.tail_start)
        for position in range(group.shown, upto):
            top.insertRow(position, self._note_items(group.notes[position]))
        group.shown = max(group.shown, upto)

    def _hand_over_tail(self, g: int, start: int) -> None:
        """Make the rows of a segment's notes from ``start`` to its tail, as tail rows."""
        group, top = self.groups[g], self._top(g)
        for k, position in enumerate(range(start, group.tail_start)):
            top.insertRow(group.shown + k, self._note_items(group.notes[position]))
        group.tail = len(group.notes) - start

    # -- the cells -------------------------------------------------------------------
    def _segment_text(self, group: SegmentGroup) -> str:
        return tr("{title} ({count})").format(title=group.title, count=len(group.notes))

    def _segment_items(self, group: SegmentGroup) -> list[QStandardItem]:
        items = [QStandardItem(self._segment_text(group))]
        items += [QStandardItem() for _ in COLUMNS[1:]]
        for item in items:
            item.setFlags(_SEGMENT_FLAGS)
        return items

    def _note_items(self, note: Note) -> list[QStandardItem]:
        """A note's row: the texts a teacher reads, the stored values for the editors.

        The text's tooltip is the whole note with its kind, segment, group, observer and
        case pupil: in a narrow window those columns step aside (and the text is cut).
        """
        items = []
        texts = [self._shown(note, name) for name in COLUMNS]
        for column, name in enumerate(COLUMNS):
            item = QStandardItem(texts[column])
            item.setFlags(_NOTE_FLAGS[column])
            if name in _CHOICE_COLUMNS:
                item.setData(note.kind if name == "kind" else getattr(note.fields, name),
                             VALUE_ROLE)
            items.append(item)
        items[COLUMNS.index("flagged")].setCheckState(
            Qt.CheckState.Checked if note.flagged else Qt.CheckState.Unchecked)
        items[_TEXT].setToolTip("\n".join([note.text, *(
            f"{self._headers[column]}: {texts[column]}" for column in _ABOUT if texts[column])]))
        return items

    def _shown(self, note: Note, column: str) -> str:
        if column == "time":
            return elapsed_text(note.elapsed_seconds)
        if column == "kind":
            return self._kinds.get(note.kind) or kind_label(note.kind)
        if column == "photo":
            return "📷" if note.photo_id else ""
        if column == "flagged":
            return ""
        if column == "text":
            return note.text
        value = getattr(note.fields, column)
        return "" if value is None else self._names.get(column, {}).get(value, "")

    def choices_for(self, column: int) -> list[tuple[Any, str]]:
        """What a cell of this column may be set to, as (value, label) pairs (editors)."""
        return self._choices(COLUMNS[column])

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

    # -- edits ---------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit typed or picked in the view: asked for, never applied here."""
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
