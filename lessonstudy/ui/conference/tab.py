"""The "Conference" tab of a teaching: who runs it, its principles, agenda, feedback, actions.

One tab holds the whole post-lesson conference so the recorder never hunts
for a screen mid-discussion: details and principles at the top, then the
agenda with its timer, feedback, and actions in sub-tabs, and the report
button. Its edits share one undo stack, joined to the window's undo group.
Data is read from services on every change; the widgets keep no records of
their own beyond what they show.
"""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.conference import Clock
from lessonstudy.services import actions as act
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.evidence import evidence_choices
from lessonstudy.services.plans import load_plan
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.conference.actions_panel import ActionsPanel
from lessonstudy.ui.conference.agenda_panel import AgendaPanel
from lessonstudy.ui.conference.commands import EditFactory
from lessonstudy.ui.conference.feedback_panel import FeedbackPanel
from lessonstudy.ui.conference.report_button import ReportButton, suggested_file_name
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import confirm, show_error, show_info


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


class ConferenceTab(QWidget):
    """Prepare, run and record the post-lesson conference of one teaching."""

    def __init__(self, context: AppContext, teaching: TeachingRef,
                 clock: Clock = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conferenceTab")
        self.context, self.teaching, self._clock = context, teaching, clock
        self.library = context.library
        self.stack = QUndoStack(self)
        context.undo_group.addStack(self.stack)
        self.edits = EditFactory(self.library, self.reload, lambda e: show_error(self, e),
                                 parent=self)
        self.info: conf.ConferenceInfo | None = None
        self._layout = QVBoxLayout(self)
        self.prepare_button: QPushButton | None = None
        existing = conf.load_conference(self.library, teaching.id)
        if existing is None:
            self._build_prepare_page()
        else:
            self._build(existing)
        context.changed.connect(self._library_changed)

    def update_node(self, teaching: TeachingRef) -> None:
        """The detail pane keeps this tab for the same teaching and hands over fresh facts."""
        self.teaching = teaching

    def _library_changed(self, _what: str) -> None:
        """Notes, photos, groups or versions may have changed elsewhere: read them again."""
        if self.info is not None and self.context.has_library:
            self.reload(full=True)

    def showEvent(self, event: QShowEvent) -> None:
        self.stack.setActive(True)
        super().showEvent(event)

    # -- before the conference ---------------------------------------------
    def _build_prepare_page(self) -> None:
        note = QLabel(tr("No conference has been prepared for this teaching yet. Preparing one "
                         "sets out the protocol agenda (thanks, the teacher's reflection, one "
                         "report per observer group, critical friends, open discussion, final "
                         "comments, agreed actions) and the five feedback principles."))
        note.setWordWrap(True)
        self.prepare_button = QPushButton(tr("Prepare the conference"))
        self.prepare_button.setObjectName("prepareConference")
        self.prepare_button.clicked.connect(self.prepare)
        self._layout.addWidget(note)
        self._layout.addWidget(self.prepare_button)
        self._layout.addStretch(1)

    def prepare(self) -> None:
        try:
            info = conf.open_conference(self.library, self.teaching.id)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.prepare_button = None
        self._build(info)

    # -- the conference -----------------------------------------------------
    def _build(self, info: conf.ConferenceInfo) -> None:
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setObjectName("facilitator")
        self.recorder_edit = QLineEdit()
        self.recorder_edit.setObjectName("recorder")
        self.principles_edit = QPlainTextEdit()
        self.principles_edit.setObjectName("principles")
        self.principles_edit.setMaximumHeight(160)
        self.save_details_button = QPushButton(tr("Save details"))
        self.save_details_button.clicked.connect(self.save_details)
        when = self.teaching.date.isoformat() if self.teaching.date else ""
        self.report_button = ReportButton(self.library, self.teaching.id,
                                          suggested_file_name(info.lesson_title, when))
        self.agenda = AgendaPanel(self.edits, self.stack, self.reload, self._clock)
        self.feedback = FeedbackPanel(self.edits, self.stack, self.reload,
                                      self.context.notify_changed)
        self.actions_panel = ActionsPanel(self.edits, self.stack, self.reload)
        self.feedback.action_requested.connect(self._action_from_feedback)
        self.actions_panel.revise_requested.connect(self.create_revised_version)
        self.sections = QTabWidget()
        self.sections.setObjectName("conferenceSections")
        self.sections.addTab(self._details_page(), tr("Details and principles"))
        self.sections.addTab(self.agenda, tr("Agenda"))
        self.sections.addTab(self.feedback, tr("Feedback"))
        self.sections.addTab(self.actions_panel, tr("Actions"))
        self.sections.setCurrentWidget(self.agenda)
        self.title_label = QLabel()
        self.title_label.setObjectName("conferenceTitle")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.report_button)
        self._layout.addLayout(top)
        self._layout.addWidget(self.sections, 1)
        self.reload(full=True)

    def _details_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.addRow(tr("Facilitator"), self.facilitator_edit)
        form.addRow(tr("Recorder"), self.recorder_edit)
        form.addRow(tr("Feedback principles\n(one per line)"), self.principles_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_details_button)
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addLayout(buttons)
        outer.addStretch(1)
        return page

    def reload(self, full: bool = False) -> None:
        """Read the conference again; ``full`` also refreshes the form's choices."""
        try:
            info = conf.load_conference(self.library, self.teaching.id)
            if info is None:
                return
            feedback = fb.list_feedback(self.library, info.id)
            actions = act.list_actions(self.library, self.teaching.id)
            versions = load_plan(self.library, info.lesson_id).versions
            evidence = evidence_choices(self.library, info.id) if full else None
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        self.info = info
        when = self.teaching.date.isoformat() if self.teaching.date else ""
        self.title_label.setText(
            tr("<b>Post-lesson conference</b> · {lesson} · version {n} · {when}")
            .format(lesson=escape(info.lesson_title), n=info.version_number, when=when))
        self.facilitator_edit.setText(info.facilitator)
        self.recorder_edit.setText(info.recorder)
        self.principles_edit.setPlainText("\n".join(info.principles))
        self.agenda.set_agenda(info.agenda)
        self.feedback.set_data(info, feedback, evidence)
        self.actions_panel.set_data(info, actions, versions)

    def save_details(self) -> None:
        old = self.info
        if old is None:
            return
        principles = self.principles_edit.toPlainText().splitlines()
        facilitator, recorder = self.facilitator_edit.text(), self.recorder_edit.text()
        library = self.library
        try:
            new = self.edits.save_checked(
                ("conference", old.id),
                lambda v: conf.update_details(library, old.id, facilitator=facilitator,
                                              recorder=recorder, principles=principles,
                                              expected_version=v),
                old.row_version)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        if new is None:  # a colleague's details were reloaded instead
            return
        self.stack.push(self.edits.details(tr("Edit conference details"), old, new))
        self.reload()

    def _action_from_feedback(self, feedback_id: int) -> None:
        self.actions_panel.add_from_feedback(feedback_id)
        self.sections.setCurrentWidget(self.actions_panel)

    def create_revised_version(self, *, ask: bool = True) -> None:
        """Copy the plan into a new draft version with the open actions linked."""
        from lessonstudy.services.revision import create_revised_version

        question = tr("Create the next version of this lesson, linked to every open action?")
        if ask and not confirm(self, question):
            return
        try:
            revised = create_revised_version(self.library, self.teaching.id)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        self.reload()
        message = tr("Version {n} was created as a draft with {k} open action(s) linked.")
        self.context.status.emit(message.format(n=revised.version.number, k=len(revised.linked)))
        if ask:
            show_info(self, message.format(n=revised.version.number, k=len(revised.linked)))
        self.context.notify_changed(f"lesson:{revised.version.lesson_id}")
