"""Feedback during the conference: the list so far, the form, and "key ideas → feedback".

As each group reports, the recorder either types what is said or turns the
group's iBoard key ideas into feedback items with one click, then adjusts
their types. Every change goes through the feedback service and onto the
conference's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.enums import FeedbackType
from lessonstudy.domain.palette import feedback_colour
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.evidence import EvidenceChoices
from lessonstudy.ui.conference.commands import EditFactory
from lessonstudy.ui.conference.feedback_form import TYPE_LABELS, FeedbackForm
from lessonstudy.ui.conference.key_idea_types import ask_types
from lessonstudy.ui.conference.models import Column, RecordTableModel
from lessonstudy.ui.conference.typed_key_ideas import ask_typed_ideas, type_key_ideas
from lessonstudy.ui.messages import show_error, show_info


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


def _type_label(record: fb.FeedbackRecord) -> str:
    try:
        return tr(TYPE_LABELS[FeedbackType(record.type)])
    except ValueError:
        return record.type


def _type_colour(record: fb.FeedbackRecord) -> str | None:
    try:
        return feedback_colour(FeedbackType(record.type))
    except ValueError:
        return None


def _feedback_tip(record: fb.FeedbackRecord) -> str:
    """The whole feedback text, then the details a narrow table may have put aside."""
    details = [(tr("Focus"), record.focus), (tr("Group"), record.group_name),
               (tr("Author"), record.author), (tr("Segment"), record.segment_title)]
    lines = [f"{label}: {value}" for label, value in details if value]
    return record.text + ("\n\n" + "\n".join(lines) if lines else "")


TEXT_COLUMN = 5
# (column, width it gets when shown) for the details beside the text, in the order they
# step aside when the window is narrow: the segment first, the group last.
SIDE_COLUMNS = ((4, 120), (1, 120), (3, 110), (2, 90))
FIXED_COLUMNS = ((0, 100), (6, 70))  # type, evidence count: always shown
TEXT_SHARE = 0.45  # the feedback text keeps at least this share of the table's width


class FeedbackColumns(QObject):
    """Keeps the feedback text the widest column: the details step aside when space is short.

    At 1024×768 five detail columns of 100 px left the text about 100 px. Now the
    type and evidence count are narrow and fixed, each detail column has a narrow
    width, and when the text would get less than :data:`TEXT_SHARE` of the table
    the segment, focus, author and group columns are hidden in that order (their
    values are in the text's tooltip).
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in (*FIXED_COLUMNS, *SIDE_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Hide the detail columns the width cannot afford, show the others."""
        width = self.table.viewport().width()
        spare = width - int(width * TEXT_SHARE) - sum(w for _c, w in FIXED_COLUMNS)
        shown = list(SIDE_COLUMNS)
        while shown and sum(w for _c, w in shown) > spare:
            shown.pop(0)
        for column, _width in SIDE_COLUMNS:
            self.table.setColumnHidden(column, (column, _width) not in shown)


class FeedbackPanel(QWidget):
    """Feedback table, key-ideas button and the feedback form with Add / Save / Delete."""

    action_requested = Signal(int)
    choose_types = staticmethod(ask_types)  # tests put their answer here instead of a dialog
    ask_typed_ideas = staticmethod(ask_typed_ideas)  # likewise for "Type key ideas…"

    def __init__(self, edits: EditFactory, stack: QUndoStack, reload: Callable[[], None],
                 announce: Callable[[str], None] = lambda _what: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits, self._stack, self._reload = edits, stack, reload
        self._announce = announce
        self._conference_id = 0
        self.model: RecordTableModel[fb.FeedbackRecord] = RecordTableModel([
            Column(tr("Type"), _type_label, colour=_type_colour),
            Column(tr("Focus"), lambda r: r.focus),
            Column(tr("Group"), lambda r: r.group_name),
            Column(tr("Author"), lambda r: r.author + (" ★" if r.critical_friend else "")),
            Column(tr("Segment"), lambda r: r.segment_title),
            Column(tr("Feedback"), lambda r: r.text, tip=_feedback_tip),
            Column(tr("Evidence"), lambda r: str(len(r.evidence)) if r.evidence else ""),
        ], parent=self)
        self.table = QTableView()
        self.table.setObjectName("feedbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.columns = FeedbackColumns(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.form = FeedbackForm()
        self.key_ideas_group = QComboBox()
        self.key_ideas_group.setObjectName("keyIdeasGroup")
        self.key_ideas_button = QPushButton(tr("Key ideas → feedback"))
        self.type_ideas_button = QPushButton(tr("Type key ideas…"))
        self.type_ideas_button.setObjectName("typeKeyIdeas")
        self.type_ideas_button.setToolTip(tr("Type the group's four key ideas from its board "
                                             "or its report, without a photo"))
        self.add_button = QPushButton(tr("Add feedback"))
        self.save_button = QPushButton(tr("Save changes"))
        self.delete_button = QPushButton(tr("Delete"))
        self.action_button = QPushButton(tr("Agree an action from it"))
        for button, slot in ((self.key_ideas_button, self.key_ideas_to_feedback),
                             (self.type_ideas_button, self.type_key_ideas),
                             (self.add_button, self.add), (self.save_button, self.save),
                             (self.delete_button, self.delete),
                             (self.action_button, self._request_action)):
            button.clicked.connect(slot)
        self.setLayout(self._layout())
        self._selected()

    def _layout(self) -> QVBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.key_ideas_group)
        top.addWidget(self.type_ideas_button)
        top.addWidget(self.key_ideas_button)
        top.addStretch(1)
        top.addWidget(self.action_button)
        top.addWidget(self.delete_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.form)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(splitter)
        return layout

    def set_data(self, info: conf.ConferenceInfo, records: list[fb.FeedbackRecord],
                 evidence: EvidenceChoices | None) -> None:
        """Show the conference's feedback; choices are refilled when ``evidence`` is given."""
        self._conference_id = info.id
        if evidence is not None:
            self.form.set_choices(info, evidence)
            chosen = self.key_ideas_group.currentData()
            self.key_ideas_group.clear()
            self._group_names = {group.id: group.name for group in info.groups}
            for group in info.groups:
                label = tr("{group} ({n} key ideas)").format(group=group.name,
                                                             n=group.key_idea_count)
                self.key_ideas_group.addItem(label, group.id)
            self.key_ideas_group.setCurrentIndex(max(0, self.key_ideas_group.findData(chosen)))
            self.key_ideas_button.setEnabled(bool(info.groups))
            self.type_ideas_button.setEnabled(bool(info.groups))
        self.model.set_records(records)
        self._selected()

    def selected(self) -> fb.FeedbackRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        record = self.selected()
        for button in (self.save_button, self.delete_button, self.action_button):
            button.setEnabled(record is not None)
        if record is not None:
            self.form.load(record)

    # -- edits --------------------------------------------------------------
    def _try(self, call: Callable[[], object]) -> object | None:
        try:
            return call()
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return None

    def add(self) -> None:
        lib = self._edits.library
        record = self._try(lambda: fb.add_feedback(lib, self._conference_id, self.form.draft()))
        if isinstance(record, fb.FeedbackRecord):
            self._stack.push(self._edits.added_feedback(tr("Add feedback"), [record]))
            self.form.clear_text()
            self._reload()

    def save(self) -> None:
        old = self.selected()
        if old is None:
            return
        new = self.form.draft()
        lib, edits = self._edits.library, self._edits
        saved = self._try(lambda: edits.save_checked(
            ("feedback", old.id), lambda v: fb.update_feedback(lib, old.id, new, v),
            old.row_version, reload=lambda: self._reload_showing(old.id)))
        if saved is not None:  # None: a colleague's change was reloaded instead
            self._stack.push(self._edits.edited_feedback(tr("Edit feedback"), old.id,
                                                         old.draft(), new))
            self._reload()

    def _reload_showing(self, feedback_id: int) -> None:
        """Reload, then show the stored item in the form (their version, my edit dropped)."""
        self._reload()
        for row, record in enumerate(self.model.records):
            if record.id == feedback_id:
                self.table.selectRow(row)

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        gone = self._try(lambda: fb.delete_feedback(self._edits.library, record.id))
        if isinstance(gone, fb.DeletedFeedback):
            self._stack.push(self._edits.deleted_feedback(tr("Delete feedback"), gone))
            self._reload()

    def key_ideas_to_feedback(self) -> None:
        group_id = self.key_ideas_group.currentData()
        if group_id is None:
            return
        lib = self._edits.library
        pending = self._try(lambda: fb.pending_key_ideas(lib, self._conference_id, group_id))
        if pending == []:
            show_info(self, tr("Every key idea of this group is already a feedback item."))
            return
        if not isinstance(pending, list):
            return
        group = getattr(self, "_group_names", {}).get(group_id, "")
        types = self.choose_types(self, group, pending)
        if types is None:
            return
        made = self._try(lambda: fb.key_ideas_to_feedback(lib, self._conference_id, group_id,
                                                          types=types))
        if isinstance(made, list) and made:
            self._stack.push(self._edits.added_feedback(tr("Key ideas to feedback"), made))
            self._reload()
        elif made == []:
            show_info(self, tr("Every key idea of this group is already a feedback item."))

    def type_key_ideas(self) -> None:
        """Type the chosen group's key ideas (one undoable step; the broadcast refreshes)."""
        group_id = self.key_ideas_group.currentData()
        if group_id is not None:
            type_key_ideas(self, self._edits.library, group_id, self._stack, self._announce,
                           ask=self.ask_typed_ideas)

    def _request_action(self) -> None:
        record = self.selected()
        if record is not None:
            self.action_requested.emit(record.id)
