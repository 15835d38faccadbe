"""The "Conference" tab of a teaching: who runs it, its principles, agenda, feedback, actions.

One tab holds the whole post-lesson conference so the recorder never hunts
for a screen mid-discussion: details and principles at the top, then the
agenda with its timer, feedback, and actions in sub-tabs, and the report
button. Its edits share one undo stack, joined to the window's undo group.
Data is read from services on every change; the widgets keep no records of
their own beyond what they show.

Its own edits are shown at once. Changes made elsewhere (broadcasts) are read
only when they concern this teaching's conference, off the GUI thread, one read
per burst (:class:`~lessonstudy.ui.background_read.BackgroundRead`): a conference
read costs ~70 ms, and the live clock alone broadcasts ``timings:`` on every press.

Opened from the library tree (``read_in_background=True``) the first read also
runs off the GUI thread behind a "Loading the conference…" line, so a click on
the tab shows at once (the read alone is ~200 ms of the ~330 ms a first show
cost on the demo). ``loaded`` says when the conference (or its "Prepare"
page) is on the screen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
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
from lessonstudy.services.evidence import EvidenceChoices, evidence_choices
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.services.plans import load_plan
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.background_read import BackgroundRead, Work
from lessonstudy.ui.conference.actions_panel import ActionsPanel
from lessonstudy.ui.conference.agenda_panel import AgendaPanel
from lessonstudy.ui.conference.commands import EditFactory
from lessonstudy.ui.conference.feedback_panel import FeedbackPanel
from lessonstudy.ui.conference.report_button import ReportButton, suggested_file_name
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import confirm, show_error, show_info
from lessonstudy.ui.subscriptions import follow

# Broadcast kinds that can change what the tab shows when they name this teaching
# (group names, evidence to link, key-idea counts) or anything (no id).
_TEACHING_KINDS = frozenset({"observers", "notes", "photos", "keyideas", "conference"})
_ANY_ID_KINDS = frozenset({"library", "teaching", "version", "lesson"})


def tr(text: str) -> str:
    return QCoreApplication.translate("Conference", text)


def concerns(what: str, teaching_id: int) -> bool:
    """Whether a broadcast can change the conference of ``teaching_id``."""
    kind, _, ident = what.partition(":")
    if kind in _ANY_ID_KINDS:
        return True
    return kind in _TEACHING_KINDS and (ident in ("", str(teaching_id)))


@dataclass(frozen=True)
class ConferenceData:
    """Everything the tab shows, read in one go (on a worker thread for broadcasts)."""

    info: conf.ConferenceInfo
    feedback: list[fb.FeedbackRecord]
    actions: list[act.ActionRecord]
    versions: tuple[VersionInfo, ...]
    evidence: EvidenceChoices | None


def read_conference(library: Library, teaching_id: int, full: bool,
                    info: conf.ConferenceInfo | None = None) -> ConferenceData | None:
    """The conference of a teaching with its feedback, actions and (``full``) evidence."""
    info = info or conf.load_conference(library, teaching_id)
    if info is None:
        return None
    return ConferenceData(
        info, fb.list_feedback(library, info.id), act.list_actions(library, teaching_id),
        tuple(load_plan(library, info.lesson_id).versions),
        evidence_choices(library, info.id) if full else None)


class ConferenceTab(QWidget):
    """Prepare, run and record the post-lesson conference of one teaching."""

    loaded = Signal()  # the first read is on the screen (tests wait on it)

    def __init__(self, context: AppContext, teaching: TeachingRef,
                 clock: Clock = time.monotonic, parent: QWidget | None = None, *,
                 read_in_background: bool = False) -> None:
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
        self._first = False  # the first read runs in the background and is not shown yet
        self._reads = BackgroundRead(self, self._prepare_read, self._read_in,
                                     failed=self._read_failed)
        follow(context.changed, self, self._library_changed)
        if read_in_background:
            self._read_first_in_background()
            return
        existing = conf.load_conference(self.library, teaching.id)
        if existing is None:
            self._build_prepare_page()
        else:
            self._build(existing)
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        """True until the first read is shown."""
        return self._first

    def _read_first_in_background(self) -> None:
        self._loading_label = QLabel(tr("Loading the conference…"))
        self._loading_label.setObjectName("conferenceLoading")
        self._layout.addWidget(self._loading_label)
        self._layout.addStretch(1)
        self._first = True
        self._reads.read_now()

    def _prepare_read(self) -> Work:
        library, teaching_id = self.library, self.teaching.id
        return lambda: read_conference(library, teaching_id, True)

    def _clear_loading(self) -> None:
        self._first = False
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _read_in(self, data: ConferenceData | None) -> None:
        """A background read is in (and no own edit overtook it)."""
        if self._first:
            self._clear_loading()
            if data is None:
                self._build_prepare_page()
            else:
                self._build(data.info, data)
            self.loaded.emit()
        elif data is not None and self.info is not None:
            self._show(data)

    def _read_failed(self, error: BaseException) -> None:
        """The first read is read again on the GUI thread, where a failure is shown as it
        always was; a broadcast's read failing says nothing new: the next one retries."""
        if not self._first:
            return
        self._clear_loading()
        try:
            existing = conf.load_conference(self.library, self.teaching.id)
        except Exception as again:  # shown through the message bridge
            show_error(self, again)
            return
        if existing is None:
            self._build_prepare_page()
        else:
            self._build(existing)
        self.loaded.emit()

    def update_node(self, teaching: TeachingRef) -> None:
        """The detail pane keeps this tab for the same teaching and hands over fresh facts."""
        self.teaching = teaching

    def _library_changed(self, what: str) -> None:
        """Notes, photos, groups or versions may have changed elsewhere: read them again
        (soon, off the GUI thread) when the change concerns this conference."""
        if not (self.context.has_library and concerns(what, self.teaching.id)):
            return
        if self.loading or self.info is not None:
            self._reads.request()  # during the first read: once more after it

    def _announce(self, what: str) -> None:
        """This tab's own change (typed key ideas, their undo): shown at once, then told
        to the other views; the broadcast coming back is not read a second time."""
        self.reload(full=True)
        self.context.notify_changed(what)
        self._reads.drop_pending()

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
    def _build(self, info: conf.ConferenceInfo, data: ConferenceData | None = None) -> None:
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
        self.feedback = FeedbackPanel(self.edits, self.stack, self.reload, self._announce)
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
        if data is not None:
            self._show(data)
        else:
            self.reload(full=True, info=info)

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

    def reload(self, full: bool = False, info: conf.ConferenceInfo | None = None) -> None:
        """Read the conference again now (after this tab's own edits); ``full`` also
        refreshes the form's choices."""
        try:
            data = read_conference(self.library, self.teaching.id, full, info)
        except Exception as error:  # shown through the message bridge
            show_error(self, error)
            return
        if data is not None:
            self._show(data)

    def _show(self, data: ConferenceData) -> None:
        self._reads.shown()
        info = self.info = data.info
        when = self.teaching.date.isoformat() if self.teaching.date else ""
        self.title_label.setText(
            tr("<b>Post-lesson conference</b> · {lesson} · version {n} · {when}")
            .format(lesson=escape(info.lesson_title), n=info.version_number, when=when))
        self.facilitator_edit.setText(info.facilitator)
        self.recorder_edit.setText(info.recorder)
        self.principles_edit.setPlainText("\n".join(info.principles))
        self.agenda.set_agenda(info.agenda)
        self.feedback.set_data(info, data.feedback, data.evidence)
        self.actions_panel.set_data(info, data.actions, data.versions)

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
