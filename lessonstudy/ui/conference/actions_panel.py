"""Agreed actions and the step into the next version.

The last agenda step agrees what the team will change. Each action gets an
owner and a target (a segment, a part of the plan). "Create revised version"
copies the plan into a new draft with the open actions linked to it; when a
version really addresses an action, the recorder marks it done by that
version.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.conference import PLAN_FIELDS
from lessonstudy.services import actions as act
from lessonstudy.services import conference as conf
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.ui.conference.commands import EditFactory
from lessonstudy.ui.conference.models import Column, RecordTableModel
from lessonstudy.ui.messages import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


def status_label(record: act.ActionRecord) -> str:
    """"Open", "Open · in version 3", "Done in version 3", "Dropped"."""
    if record.status == "done":
        return tr("Done in version {n}").format(n=record.closed_by_version_number)
    if record.status == "dropped":
        return tr("Dropped")
    if record.linked_version_number:
        return tr("Open · in version {n}").format(n=record.linked_version_number)
    return tr("Open")


class ActionsPanel(QWidget):
    """Action table, the new-action form, status buttons and "Create revised version"."""

    revise_requested = Signal()

    def __init__(self, edits: EditFactory, stack: QUndoStack, reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits, self._stack, self._reload = edits, stack, reload
        self._teaching_id = 0
        self.model: RecordTableModel[act.ActionRecord] = RecordTableModel([
            Column(tr("Action"), lambda r: r.text),
            Column(tr("Target"), lambda r: r.target_label),
            Column(tr("Owner"), lambda r: r.owner),
            Column(tr("Status"), status_label),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 220), (2, 160), (3, 150)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("actionText")
        self.text_edit.setPlaceholderText(tr("What will the team change?"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("actionOwner")
        self.segment_box = QComboBox()
        self.segment_box.setObjectName("actionSegment")
        self.field_box = QComboBox()
        self.field_box.setObjectName("actionField")
        self.field_box.addItem(tr("(any part)"), "")
        for key, label in PLAN_FIELDS.items():
            self.field_box.addItem(tr(label), key)
        self.link_label = QLabel()
        self.link_label.setObjectName("actionFeedbackLink")
        self.link_label.setWordWrap(True)
        self.unlink_button = QPushButton(tr("Unlink"))
        self.unlink_button.setObjectName("actionUnlink")
        self.unlink_button.clicked.connect(lambda: self.link_feedback(None))
        self._linked_feedback: int | None = None
        self.version_box = QComboBox()
        self.version_box.setObjectName("closingVersion")
        self.add_button = QPushButton(tr("Add action"))
        self.done_button = QPushButton(tr("Done by version"))
        self.drop_button = QPushButton(tr("Drop"))
        self.reopen_button = QPushButton(tr("Reopen"))
        self.revise_button = QPushButton(tr("Create revised version…"))
        self.revise_button.setObjectName("reviseButton")
        for button, slot in ((self.add_button, self.add), (self.done_button, self.mark_done),
                             (self.drop_button, lambda: self.set_status("dropped")),
                             (self.reopen_button, lambda: self.set_status("open")),
                             (self.revise_button, self.revise_requested.emit)):
            button.clicked.connect(slot)
        self.setLayout(self._layout())
        self.link_feedback(None)
        self._update_buttons()

    def _layout(self) -> QVBoxLayout:
        status = QHBoxLayout()
        status.addWidget(QLabel(tr("Closing version:")))
        for widget in (self.version_box, self.done_button, self.drop_button, self.reopen_button):
            status.addWidget(widget)
        status.addStretch(1)
        status.addWidget(self.revise_button)
        link = QHBoxLayout()
        link.addWidget(self.link_label, 1)
        link.addWidget(self.unlink_button)
        form = QFormLayout()
        form.addRow(tr("From feedback"), link)
        form.addRow(tr("Action"), self.text_edit)
        form.addRow(tr("Owner"), self.owner_edit)
        form.addRow(tr("Segment"), self.segment_box)
        form.addRow(tr("Part of the plan"), self.field_box)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout()
        layout.addLayout(status)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(add_row)
        return layout

    def set_data(self, info: conf.ConferenceInfo, records: list[act.ActionRecord],
                 versions: tuple[VersionInfo, ...]) -> None:
        self._teaching_id = info.teaching_id
        self.segment_box.clear()
        self.segment_box.addItem(tr("(whole lesson)"), "")
        for segment in info.segments:
            self.segment_box.addItem(f"{segment.position + 1}. {segment.title}", segment.lineage)
        self.version_box.clear()
        for version in versions:
            if version.number > info.version_number:
                self.version_box.addItem(tr("Version {n}").format(n=version.number), version.id)
        self.version_box.setEnabled(self.version_box.count() > 0)
        if not self.version_box.count():
            self.version_box.addItem(tr("(no later version yet)"), None)
        self.model.set_records(records)
        self._update_buttons()

    def selected(self) -> act.ActionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        record = self.selected()
        self.done_button.setEnabled(record is not None and self.version_box.isEnabled())
        self.drop_button.setEnabled(record is not None and record.status != "dropped")
        self.reopen_button.setEnabled(record is not None and record.status != "open")

    def _try(self, call: Callable[[], act.ActionRecord]) -> act.ActionRecord | None:
        try:
            return call()
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return None

    def add(self) -> None:
        linked = self._linked_feedback
        draft = act.ActionDraft(self.text_edit.text(), self.owner_edit.text(), linked,
                                self.segment_box.currentData() or "",
                                self.field_box.currentData() or "")
        record = self._try(lambda: act.add_action(self._edits.library, self._teaching_id, draft))
        if record is not None:
            text = tr("Agree action from feedback") if linked else tr("Add action")
            self._stack.push(self._edits.added_action(text, record))
            self.text_edit.clear()
            self.link_feedback(None)
            self._reload()

    def add_from_feedback(self, feedback_id: int) -> None:
        """Open the form linked to the feedback item: its text and segment, ready to agree."""
        try:
            _teaching, draft = act.feedback_action_draft(self._edits.library, feedback_id)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        self.text_edit.setText(draft.text)
        index = self.segment_box.findData(draft.target_segment_lineage)
        self.segment_box.setCurrentIndex(max(index, 0))
        self.link_feedback(feedback_id, draft.text)
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    def link_feedback(self, feedback_id: int | None, text: str = "") -> None:
        """Show (or clear) which feedback item the action in the form will be linked to."""
        self._linked_feedback = feedback_id
        self.unlink_button.setVisible(feedback_id is not None)
        if feedback_id is None:
            self.link_label.setText(tr("(none: a new action of its own)"))
            self.add_button.setText(tr("Add action"))
            return
        short = text if len(text) <= 90 else text[:89] + "…"
        self.link_label.setText(tr("“{text}” — the action will be linked to it").format(
            text=short))
        self.add_button.setText(tr("Agree action"))

    def mark_done(self) -> None:
        version_id = self.version_box.currentData()
        lib = self._edits.library
        self._change(tr("Mark action done"),
                     lambda i, v: act.close_action(lib, i, version_id, v))

    def set_status(self, status: str) -> None:
        lib = self._edits.library
        self._change(tr("Change action status"),
                     lambda i, v: act.set_action_status(lib, i, status, v))

    def _change(self, text: str,
                step: Callable[[int, int | None], act.ActionRecord]) -> None:
        """Apply a status change to the action as shown (a colleague's change meanwhile asks)."""
        before = self.selected()
        if before is None:
            return
        edits = self._edits
        if self._try(lambda: edits.save_checked(
                ("action", before.id), lambda v: step(before.id, v), before.row_version,
                reload=self._reload)) is None:
            return
        self._stack.push(self._edits.changed_action(text, before, step))
        self._reload()
