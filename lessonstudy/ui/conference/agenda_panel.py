"""The agenda as the recorder runs it: steps in protocol order, each with its own timer.

The recorder presses Start when a step begins and Next when the next speaker
takes over; the time used is stored on the step, so the report can show
planned minutes against actual time. Below the table the recorder writes down
what was said at the selected step (the teacher's reflection, the planning
team's rationale, the discussion, the final comments); the report prints it
under the agenda. Saving a record is one undoable step; moving to another
step saves what was typed first, so nothing typed is lost. The clock is injectable: tests drive
it by hand instead of waiting. A one-second display tick only repaints the
running time; nothing is stored by the tick.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.conference import AgendaTimer, Clock
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.timing import format_duration
from lessonstudy.services import conference as conf
from lessonstudy.ui.conference.commands import EditFactory
from lessonstudy.ui.conference.models import Column, RecordTableModel
from lessonstudy.ui.messages import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


def _planned(entry: conf.AgendaEntry) -> str:
    """Planned minutes, or "—" for a step nobody planned (never an invented number)."""
    return "—" if entry.planned_minutes is None else str(entry.planned_minutes)


def parse_minutes(value: Any) -> int | None:
    """What the recorder typed in the Planned column: blank or "—" means not planned."""
    text = str(value if value is not None else "").strip()
    if text in ("", "—", "-", "–"):
        return None
    if not text.isdigit():
        raise ValidationError(
            tr("Planned minutes must be a whole number, or blank if not planned."))
    return int(text)


def _actual(entry: conf.AgendaEntry) -> str:
    return format_duration(entry.actual_seconds) if entry.actual_seconds is not None else "–"


class AgendaPanel(QWidget):
    """Agenda table with Start / Next / Stop; planned minutes, titles and speakers editable."""

    timed = Signal(int, int)

    def __init__(self, edits: EditFactory, stack: QUndoStack, reload: Callable[[], None],
                 clock: Clock = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits, self._stack, self._reload = edits, stack, reload
        self.timer = AgendaTimer(clock)
        self.model: RecordTableModel[conf.AgendaEntry] = RecordTableModel([
            Column(tr("Step"), lambda e: e.title, lambda e: e.title),
            Column(tr("Speaker"), lambda e: e.speaker, lambda e: e.speaker),
            Column(tr("Planned (min)"), _planned,
                   lambda e: "" if e.planned_minutes is None else str(e.planned_minutes)),
            Column(tr("Time used"), _actual),
        ], on_edit=self._edit_step, parent=self)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.clock_label = QLabel(tr("No step is being timed."))
        self.clock_label.setObjectName("agendaClock")
        self.start_button = QPushButton(tr("Start step"))
        self.next_button = QPushButton(tr("Next step"))
        self.stop_button = QPushButton(tr("Stop"))
        for button, slot in ((self.start_button, self.start_selected),
                             (self.next_button, self.next_step), (self.stop_button, self.stop)):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for widget in (self.start_button, self.next_button, self.stop_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.clock_label)
        self.record_label = QLabel(tr("Record of the selected step"))
        self.record_edit = QPlainTextEdit()
        self.record_edit.setObjectName("agendaRecord")
        self.record_edit.setPlaceholderText(
            tr("What was said: the reflection, the rationale, the discussion, the comments…"))
        self.record_edit.setMaximumHeight(150)
        self.record_edit.setEnabled(False)
        self.save_record_button = QPushButton(tr("Save record"))
        self.save_record_button.setObjectName("saveAgendaRecord")
        self.save_record_button.setEnabled(False)
        self.save_record_button.clicked.connect(self.save_record)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_label, 1)
        record_row.addWidget(self.save_record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(record_row)
        layout.addWidget(self.record_edit)
        self._shown_id: int | None = None  # the step whose record the editor holds
        self.table.selectionModel().selectionChanged.connect(self._show_record)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show_clock)
        self._update_buttons()

    def set_agenda(self, agenda: tuple[conf.AgendaEntry, ...]) -> None:
        selected = self.selected_row()
        self.model.set_records(agenda)
        if selected is not None and selected < len(agenda):
            self.table.selectRow(selected)
        self._show_record()
        self._update_buttons()

    # -- the record of a step ---------------------------------------------------
    def selected_entry(self) -> conf.AgendaEntry | None:
        row = self.selected_row()
        return self.model.record(row) if row is not None else None

    def _show_record(self, *_args: object) -> None:
        """Show the selected step's record; typing left on another step is saved first."""
        entry = self.selected_entry()
        shown, typed = self._shown_id, self.record_edit.document().isModified()
        if typed and shown is not None and (entry is None or entry.id != shown):
            left = next((e for e in self.model.records if e.id == shown), None)
            if left is not None and self._save_record_of(left):
                QTimer.singleShot(0, self._reload)  # not inside the selection change
            elif left is not None and self.record_edit.document().isModified():
                row = list(self.model.records).index(left)  # refused (a busy library, a full
                QTimer.singleShot(0, lambda: self.table.selectRow(row))  # disk): stay on it
                return
        self._shown_id = entry.id if entry is not None else None
        self.record_edit.setEnabled(entry is not None)
        self.save_record_button.setEnabled(entry is not None)
        if entry is None:
            self.record_edit.setPlainText("")
            self.record_label.setText(tr("Select a step to write down what was said."))
            return
        self.record_label.setText(tr("Record of “{step}”").format(step=entry.title))
        if entry.id == shown and typed:
            return  # a reload while typing keeps what is being typed
        if self.record_edit.toPlainText().strip() != entry.record:
            self.record_edit.setPlainText(entry.record)
        self.record_edit.document().setModified(False)

    def save_record(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._save_record_of(entry):
            self._reload()

    def _save_record_of(self, entry: conf.AgendaEntry) -> bool:
        """Store the editor's text as ``entry``'s record (one undo step); True if stored."""
        text = self.record_edit.toPlainText().strip()
        self.record_edit.document().setModified(False)
        if text == entry.record:
            return False
        library = self._edits.library
        try:
            new = self._edits.save_checked(
                ("agenda", entry.id),
                lambda v: conf.write_agenda_record(library, entry.id, text, v),
                entry.row_version)
        except Exception as error:  # shown through the message bridge
            self.record_edit.document().setModified(True)  # still to be saved: never dropped
            show_error(self, error)
            return False
        if new is None:  # a colleague's record was reloaded instead
            return False
        self._stack.push(self._edits.agenda_record(tr("Write the record of a step"), entry.id,
                                                   entry.record, new.record))
        return True

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- timing -------------------------------------------------------------
    def start_selected(self) -> None:
        row = self.selected_row()
        self.start_row(0 if row is None else row)

    def start_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.stop()
        entry = self.model.record(row)
        self.timer.start(entry.id, entry.actual_seconds or 0)
        self.table.selectRow(row)
        self._tick.start()
        self.show_clock()

    def next_step(self) -> None:
        running = self.timer.running_item
        ids = [e.id for e in self.model.records]
        row = ids.index(running) + 1 if running in ids else (self.selected_row() or 0)
        self.stop()
        self.start_row(row)

    def stop(self) -> None:
        result = self.timer.stop()
        self._tick.stop()
        if result is not None:
            self._store(*result)
        self.show_clock()

    def _store(self, item_id: int, seconds: int) -> None:
        old = next((e.actual_seconds for e in self.model.records if e.id == item_id), None)
        try:
            conf.record_agenda_time(self._edits.library, item_id, seconds)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        self._stack.push(self._edits.agenda_time(tr("Time an agenda step"), item_id, old, seconds))
        self.timed.emit(item_id, seconds)
        self._reload()

    def show_clock(self) -> None:
        running = self.timer.running_item
        entry = next((e for e in self.model.records if e.id == running), None)
        if entry is None:
            self.clock_label.setText(tr("No step is being timed."))
        else:
            self.clock_label.setText(tr("{step}: {used} of {planned} min").format(
                step=entry.title, used=format_duration(self.timer.elapsed()),
                planned=_planned(entry)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.timer.running_item is not None
        self.stop_button.setEnabled(running)
        self.start_button.setEnabled(self.model.rowCount() > 0)
        self.next_button.setEnabled(self.model.rowCount() > 0)

    # -- editing ------------------------------------------------------------
    def _edit_step(self, entry: conf.AgendaEntry, column: int, value: Any) -> None:
        title, speaker, minutes = entry.title, entry.speaker, entry.planned_minutes
        try:
            if column == 0:
                title = str(value)
            elif column == 1:
                speaker = str(value)
            else:
                minutes = parse_minutes(value)
            new = conf.update_agenda_item(self._edits.library, entry.id, title=title,
                                          speaker=speaker, planned_minutes=minutes)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        self._stack.push(self._edits.agenda_step(tr("Edit agenda step"), entry, new))
        self._reload()
