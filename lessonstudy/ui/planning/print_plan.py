"""File → Print / Export PDF…: the selected lesson version's plan as a PDF, then open it.

The PDF is built off the GUI thread (fonts and layout take a moment) and
opened in the system's viewer, from which teachers print. Which plan: the
selected version, the latest version of a selected lesson, or the version
a selected teaching used.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from lessonstudy.domain.errors import NotFoundError
from lessonstudy.services.plan_records import LessonPlan
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, open_file, remember_folder, suggested_path
from lessonstudy.ui.print_language import print_language_for


def plan_for_node(library: Library, node: Any) -> LessonPlan:
    """The plan a tree selection stands for, or NotFoundError explaining what to select."""
    from lessonstudy.services import plans, teachings

    if isinstance(node, VersionRef):
        return plans.load_version_plan(library, node.id)
    if isinstance(node, LessonNode):
        return plans.load_plan(library, node.id)
    if isinstance(node, TeachingRef):
        return teachings.load_timings(library, node.id).plan
    raise NotFoundError("Select a lesson, a version or a teaching to print its plan.")


def suggested_name(plan: LessonPlan) -> str:
    """A file name from the lesson title (Chinese kept, unsafe characters dropped)."""
    stem = re.sub(r'[\\/:*?"<>|]+', "", plan.title).strip() or "lesson"
    return f"{stem} v{plan.version.number}.pdf"


def open_in_viewer(path: Path) -> None:
    """Hand the PDF to the system viewer (replaced in tests); a failure is said in the
    main window's status bar."""
    open_file(QApplication.activeWindow(), path)


def export_plan(context: AppContext, parent: QWidget, node: Any,
                path: Path | None = None) -> Operation | None:
    """Ask where to save (unless ``path``), then build the PDF in the background."""
    try:
        plan = plan_for_node(context.library, node)
    except NotFoundError as error:
        show_error(parent, error)
        return None
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, parent.tr("Export lesson plan"), suggested_path("plan", suggested_name(plan)),
            parent.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        remember_folder("plan", path)

    language = print_language_for(context.library)

    def build() -> Path:
        from lessonstudy.printing.plan import build_plan_pdf  # ReportLab only when printing

        return build_plan_pdf(plan, path, language=language).path

    operation = Operation(build, parent=parent)
    operation.finished.connect(lambda built: announce_saved(parent, built))
    operation.finished.connect(open_in_viewer)
    operation.failed.connect(lambda error: show_error(parent, error))
    context.status.emit(parent.tr("Writing the lesson plan PDF…"))
    operation.start()
    return operation
