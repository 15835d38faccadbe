"""The lesson editor: title, subject, class, unit, goals, rationale, length, theme, team.

These are the fields a research-lesson plan opens with; the team fills them
in while studying the topic. Saving checks everything at once (a blank
title, an impossible length, a length shorter than a segment) and stores
nothing if anything is wrong.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import format_duration, parse_lesson_length
from lessonstudy.services.lessons import LessonDetails, load_lesson, update_lesson
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.planning.members_model import MembersModel
from lessonstudy.ui.planning.navigation import is_lesson, refresh_and_select


def _text_box(name: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class LessonForm(QWidget):
    """Edits one lesson's header, its cycle's research theme and goals, and the team."""

    def __init__(self, context: AppContext, lesson_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonForm")
        self.context, self.lesson_id = context, lesson_id
        self.lines = {name: QLineEdit() for name in ("title", "subject", "grade", "unit",
                                                     "duration")}
        for name, line in self.lines.items():
            line.setObjectName(f"lesson_{name}")
        self.lines["duration"].setPlaceholderText(self.tr("e.g. 50:00 or 40 min"))
        self.boxes = {name: _text_box(f"lesson_{name}") for name in (
            "goals", "rationale", "research_theme", "cycle_goals")}
        self.members = MembersModel(self)
        self.members_view = QTableView()
        self.members_view.setObjectName("membersTable")
        self.members_view.setModel(self.members)
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.members_view.setColumnWidth(0, 220)
        self.members_view.setMinimumHeight(120)
        self.row_version = 0
        self._build()
        self.revert()

    def _build(self) -> None:
        form = QFormLayout()
        rows = [(self.tr("Title"), self.lines["title"]),
                (self.tr("Subject"), self.lines["subject"]),
                (self.tr("Class / grade"), self.lines["grade"]),
                (self.tr("Unit"), self.lines["unit"]),
                (self.tr("Lesson length"), self.lines["duration"]),
                (self.tr("Lesson goals"), self.boxes["goals"]),
                (self.tr("Rationale"), self.boxes["rationale"]),
                (self.tr("Research theme (cycle)"), self.boxes["research_theme"]),
                (self.tr("Cycle goals"), self.boxes["cycle_goals"]),
                (self.tr("Team members"), self.members_view)]
        for label, widget in rows:
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("Save lesson"))
        self.save_button.setObjectName("saveLesson")
        self.save_button.clicked.connect(lambda: self.save())
        revert = QPushButton(self.tr("Revert"))
        revert.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def revert(self) -> None:
        """Show what is stored."""
        details = load_lesson(self.context.library, self.lesson_id)
        for name in ("title", "subject", "grade", "unit"):
            self.lines[name].setText(getattr(details, name))
        self.lines["duration"].setText(format_duration(details.duration_seconds))
        for name, box in self.boxes.items():
            box.setPlainText(getattr(details, name))
        self.members.set_members(details.members)
        self.row_version = details.row_version

    def details(self) -> LessonDetails:
        """The form as typed, at the version it was loaded; ValidationError for a bad length."""
        box = {name: box.toPlainText() for name, box in self.boxes.items()}
        return LessonDetails(
            title=self.lines["title"].text(), subject=self.lines["subject"].text(),
            grade=self.lines["grade"].text(), unit=self.lines["unit"].text(),
            duration_seconds=parse_lesson_length(self.lines["duration"].text()),
            members=self.members.members(), goals=box["goals"], rationale=box["rationale"],
            research_theme=box["research_theme"], cycle_goals=box["cycle_goals"],
            row_version=self.row_version,
        )

    def save(self) -> bool:
        """Store the form; if a colleague saved this lesson meanwhile, ask: reload or keep mine."""
        library, lesson_id = self.context.library, self.lesson_id
        try:
            details = self.details()
            saved = save_or_resolve(
                self, lambda expected: update_lesson(library, lesson_id, details, expected),
                details.row_version, reload=self.revert)
        except LessonStudyError as error:
            show_error(self, error)
            return False
        if saved is None:
            return False
        self.row_version = saved
        refresh_and_select(self.context, self, is_lesson(self.lesson_id))
        return True
