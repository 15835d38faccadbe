"""The form a recorder fills in for one feedback item, and reads back as a draft.

It offers the conference's groups, segments, people and evidence as choices,
ticks "critical friend" by itself when the author is one (the recorder can
untick it), and fills the focus from the chosen group. It knows nothing
about storing: the feedback panel turns its draft into a service call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from lessonstudy.domain.enums import FeedbackType
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.evidence import EvidenceChoices, EvidenceRef

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


TYPE_LABELS = {
    FeedbackType.STRENGTH: "Strength",
    FeedbackType.QUESTION: "Question",
    FeedbackType.SUGGESTION: "Suggestion",
    FeedbackType.CONCERN: "Concern",
}


class FeedbackForm(QWidget):
    """Type, group, author, critical friend, focus, segment, text and evidence of one item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._friends: set[str] = set()
        self._groups: dict[int, conf.GroupChoice] = {}
        self.type_box = QComboBox()
        for kind, label in TYPE_LABELS.items():
            self.type_box.addItem(tr(label), kind.value)
        self.group_box = QComboBox()
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(tr("Who said it"))
        self.friend_check = QCheckBox(tr("Critical friend"))
        self.focus_box = QComboBox()
        self.focus_box.setEditable(True)
        self.segment_box = QComboBox()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(tr("What the group saw, asked or suggests"))
        self.text_edit.setMaximumHeight(80)
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(110)
        for widget, name in ((self.type_box, "feedbackType"), (self.group_box, "feedbackGroup"),
                             (self.author_edit, "feedbackAuthor"),
                             (self.friend_check, "feedbackCriticalFriend"),
                             (self.focus_box, "feedbackFocus"),
                             (self.segment_box, "feedbackSegment"),
                             (self.text_edit, "feedbackText"),
                             (self.evidence_list, "feedbackEvidence")):
            widget.setObjectName(name)
        form = QFormLayout(self)
        form.addRow(tr("Type"), self.type_box)
        form.addRow(tr("Group"), self.group_box)
        form.addRow(tr("Author"), self.author_edit)
        form.addRow("", self.friend_check)
        form.addRow(tr("Focus"), self.focus_box)
        form.addRow(tr("Segment"), self.segment_box)
        form.addRow(tr("Feedback"), self.text_edit)
        form.addRow(tr("Evidence"), self.evidence_list)
        self.author_edit.textChanged.connect(self._author_changed)
        self.group_box.currentIndexChanged.connect(self._group_changed)

    def set_choices(self, info: conf.ConferenceInfo, evidence: EvidenceChoices) -> None:
        """Fill the lists from the conference (keeps what is typed)."""
        self._groups = {g.id: g for g in info.groups}
        self._friends = {name.casefold() for g in info.groups for name in g.critical_friends}
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(tr("(whole conference)"), None)
        for group in info.groups:
            self.group_box.addItem(group.name, group.id)
        self.group_box.blockSignals(False)
        self.focus_box.clear()
        self.focus_box.addItems(["", *dict.fromkeys(g.focus for g in info.groups if g.focus)])
        self.segment_box.clear()
        self.segment_box.addItem(tr("(no particular segment)"), None)
        for segment in info.segments:
            self.segment_box.addItem(f"{segment.position + 1}. {segment.title}", segment.id)
        self.author_edit.setCompleter(QCompleter(list(info.people), self))
        self.evidence_list.clear()
        for ref in (*evidence.notes, *evidence.photos):
            item = QListWidgetItem(ref.label)
            item.setData(EVIDENCE_ROLE, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.evidence_list.addItem(item)

    def draft(self) -> fb.FeedbackDraft:
        """What the form says, as a draft for the feedback service."""
        refs = [self.evidence_list.item(i).data(EVIDENCE_ROLE)
                for i in range(self.evidence_list.count())
                if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked]
        return fb.FeedbackDraft(
            text=self.text_edit.toPlainText(), type=self.type_box.currentData(),
            focus=self.focus_box.currentText(), group_id=self.group_box.currentData(),
            author=self.author_edit.text(), segment_id=self.segment_box.currentData(),
            critical_friend=self.friend_check.isChecked(),
            note_ids=tuple(r.note_id for r in refs if r.note_id is not None),
            photo_ids=tuple(r.photo_id for r in refs if r.photo_id is not None))

    def load(self, record: fb.FeedbackRecord) -> None:
        """Show a stored item, to edit it."""
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(record.type)))
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(record.group_id)))
        self.author_edit.setText(record.author)
        self.friend_check.setChecked(record.critical_friend)
        self.focus_box.setCurrentText(record.focus)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(record.segment_id)))
        self.text_edit.setPlainText(record.text)
        chosen = {(e.note_id, e.photo_id) for e in record.evidence}
        for i in range(self.evidence_list.count()):
            ref: EvidenceRef = self.evidence_list.item(i).data(EVIDENCE_ROLE)
            state = Qt.CheckState.Checked if (ref.note_id, ref.photo_id) in chosen else \
                Qt.CheckState.Unchecked
            self.evidence_list.item(i).setCheckState(state)

    def clear_text(self) -> None:
        """Ready for the next item from the same group: only text and evidence are cleared."""
        self.text_edit.clear()
        for i in range(self.evidence_list.count()):
            self.evidence_list.item(i).setCheckState(Qt.CheckState.Unchecked)

    def _author_changed(self, text: str) -> None:
        self.friend_check.setChecked(text.strip().casefold() in self._friends)

    def _group_changed(self, _index: int) -> None:
        group = self._groups.get(self.group_box.currentData())
        if group is not None:
            self.focus_box.setCurrentText(group.focus)
