"""Detail-pane builders for the classroom tabs (one function per node type and tab).

The titles are given when the tabs are registered (:mod:`lessonstudy.ui.classroom`),
so a tab is built only when it is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lessonstudy.domain.classroom import ClassroomMap
from lessonstudy.services import classroom, notes
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.classroom.editor import MapEditor
from lessonstudy.ui.classroom.predictions_view import PredictionsView
from lessonstudy.ui.classroom.tallies_view import TalliesView
from lessonstudy.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


def classroom_title() -> str:
    return tr("Classroom")


def predictions_title() -> str:
    return tr("Predictions")


def tallies_title() -> str:
    return tr("Tallies")


def lesson_classroom_tab(context: AppContext, lesson: LessonNode) -> QWidget:
    library = context.library

    def store(made: ClassroomMap, expected: int | None) -> ClassroomMap:
        saved = classroom.save_lesson_map(library, lesson.id, made, expected)
        context.notify_changed(f"classroom:lesson:{lesson.id}")
        return saved

    editor = MapEditor(context, lambda: classroom.lesson_map(library, lesson.id), store,
                       classroom.case_pupils(library, lesson.id))
    return editor


def teaching_classroom_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    library = context.library

    def store(made: ClassroomMap, expected: int | None) -> ClassroomMap:
        saved = classroom.save_teaching_map(library, teaching.id, made, expected)
        context.notify_changed(f"classroom:{teaching.id}")
        return saved

    pupils = list(notes.note_choices(library, teaching.id).case_pupils)
    editor = MapEditor(context, lambda: classroom.teaching_map(library, teaching.id), store,
                       pupils)
    return editor


def predictions_tab(context: AppContext, version: VersionRef) -> QWidget:
    return PredictionsView(context, version.id)


def tallies_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    return TalliesView(context, teaching.id)
