"""File → New lesson: start a lesson of your own, in a new or an existing team.

A teacher with an empty library needs nothing else: the dialog makes the
team and the lesson study cycle if there are none, then the lesson and its
version 1, and opens that version's segment editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import parse_lesson_length
from lessonstudy.services.catalogue import load_tree
from lessonstudy.services.lessons import CreatedLesson, NewLesson, create_lesson
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.planning.navigation import is_version, refresh_and_select


class NewLessonDialog(QDialog):
    """Title, subject, class, length, and which team (or a new one) plans it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLessonDialog")
        self.setWindowTitle(self.tr("New lesson"))
        self.context = context
        self.created: CreatedLesson | None = None
        self.lines = {name: QLineEdit() for name in (
            "title", "subject", "grade", "duration", "team_name", "school", "research_theme")}
        for name, line in self.lines.items():
            line.setObjectName(f"new_{name}")
        self.lines["duration"].setText("50:00")
        self.team = QComboBox()
        self.team.setObjectName("new_team")
        self.team.addItem(self.tr("A new team"), None)
        for team in load_tree(context.library):
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(min(1, self.team.count() - 1))
        self.team.currentIndexChanged.connect(self._team_changed)
        layout = QFormLayout(self)
        for label, widget in ((self.tr("Lesson title"), self.lines["title"]),
                              (self.tr("Subject"), self.lines["subject"]),
                              (self.tr("Class / grade"), self.lines["grade"]),
                              (self.tr("Lesson length"), self.lines["duration"]),
                              (self.tr("Planning team"), self.team),
                              (self.tr("New team's name"), self.lines["team_name"]),
                              (self.tr("School"), self.lines["school"]),
                              (self.tr("Research theme"), self.lines["research_theme"])):
            layout.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self._team_changed()

    def _team_changed(self) -> None:
        new_team = self.team.currentData() is None
        self.lines["team_name"].setEnabled(new_team)
        self.lines["school"].setEnabled(new_team)

    def request(self) -> NewLesson:
        """The form as a service request; raises ValidationError for a bad length."""
        text = {name: line.text() for name, line in self.lines.items()}
        return NewLesson(
            title=text["title"], subject=text["subject"], grade=text["grade"],
            duration_seconds=parse_lesson_length(text["duration"]), team_name=text["team_name"],
            school=text["school"], research_theme=text["research_theme"],
            team_id=self.team.currentData(),
        )

    def submit(self) -> None:
        """Create the lesson; on a problem explain it and keep the dialog open."""
        try:
            self.created = create_lesson(self.context.library, self.request())
        except LessonStudyError as error:
            show_error(self, error)
            return
        self.accept()


def new_lesson(context: AppContext, parent: QWidget) -> CreatedLesson | None:
    """Run the dialog; select the new lesson's version 1 in the library tree."""
    dialog = NewLessonDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
        return None
    refresh_and_select(context, parent, is_version(dialog.created.version_id))
    return dialog.created
