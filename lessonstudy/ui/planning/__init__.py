"""Co-planning a lesson: lesson editor, segment editor, versions, teachings, plan print.

``register(window)`` adds the planning tabs to the detail pane (a lesson's
details and versions, a version's segments, a teaching's timings) and the
"New lesson…" and "Print / Export PDF…" actions to the File menu. Widgets
are imported when a tab is first built, to keep start-up fast.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.detail_pane import register_tab


def tr(text: str) -> str:
    return QCoreApplication.translate("Planning", text)


def segments_tab(context: AppContext, version: VersionRef) -> QWidget:
    from lessonstudy.ui.planning.segment_editor import SegmentEditor

    return SegmentEditor(context, version.id)


def lesson_tab(context: AppContext, lesson: LessonNode) -> QWidget:
    from lessonstudy.ui.planning.lesson_form import LessonForm

    return LessonForm(context, lesson.id)


def versions_tab(context: AppContext, lesson: LessonNode) -> QWidget:
    from lessonstudy.ui.planning.versions_view import VersionsView

    return VersionsView(context, lesson.id)


def timings_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    from lessonstudy.ui.planning.teaching_view import TeachingView

    return TeachingView(context, teaching.id)


def register(window: Any) -> None:
    here = "lessonstudy.ui.planning."
    register_tab(VersionRef, segments_tab, title=lambda: tr("Segments"),
                 widget=here + "segment_editor.SegmentEditor")
    register_tab(LessonNode, lesson_tab, title=lambda: tr("Lesson"),
                 widget=here + "lesson_form.LessonForm")
    register_tab(LessonNode, versions_tab, title=lambda: tr("Versions"),
                 widget=here + "versions_view.VersionsView")
    register_tab(TeachingRef, timings_tab, title=lambda: tr("Timings"),
                 widget=here + "teaching_view.TeachingView")
    context = window.context

    def new_lesson() -> None:
        from lessonstudy.ui.planning.new_lesson import new_lesson as run

        run(context, window)

    def print_plan() -> None:
        from lessonstudy.ui.planning.print_plan import export_plan

        export_plan(context, window, window.selected_node())

    file_menu = window.menu("file")
    first = file_menu.actions()[0] if file_menu.actions() else None
    new_action = window.add_action("file", tr("&New lesson…"), new_lesson,
                                   QKeySequence.StandardKey.New, toolbar=True,
                                   name="actionNewLesson")
    print_action = window.add_action("file", tr("&Print / Export PDF…"), print_plan,
                                     QKeySequence.StandardKey.Print, name="actionPrintPlan")
    if first is not None:  # new and print belong at the top of the File menu
        file_menu.insertActions(first, [new_action, print_action])
        file_menu.insertSeparator(first)
