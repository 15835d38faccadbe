"""The "Observation forms" tab of a teaching: print forms, import filled ones.

The facilitator picks how to print (per group or per observer, fillable,
paper, one combined PDF) and where; the PDFs are built off the GUI thread by
an :class:`~lessonstudy.ui.operations.Operation` and then opened in the
system's viewer. Filled fillable forms come back through "Import filled
form…", several files at once; each file is imported whole or not at all,
and refused files are listed with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import ImportRejectedError, LessonStudyError
from lessonstudy.services.records import TeachingRef
from lessonstudy.storage.library import Library
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.input_folders import FILLED_FORMS, remember_picked, start_folder
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.operations import Operation
from lessonstudy.ui.outputs import announce_saved, open_file, remember_folder, suggested_path
from lessonstudy.ui.print_language import language_box, print_language_for, select_language


def tr(text: str) -> str:
    return QCoreApplication.translate("ObservationForms", text)


class FormsTab(QWidget):
    """Print options, the two actions, and a line saying what happened last."""

    def __init__(
        self, context: AppContext, teaching: TeachingRef, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formsTab")
        self._context, self._teaching = context, teaching
        self.operation: Operation | None = None
        self.open_when_done = True
        self.per_observer = QCheckBox(tr("One form per observer, with their name and role"))
        self.fillable = QCheckBox(tr("Fillable: observers can type into the PDF"))
        self.combined = QCheckBox(tr("All forms in one PDF (for the printer)"))
        self.combined.toggled.connect(self._combined_toggled)
        self.paper = QComboBox()
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("Letter"), "letter")
        self.language = language_box()
        if context.has_library:
            select_language(self.language, print_language_for(context.library))
        self.print_button = QPushButton(tr("Print observation forms…"))
        self.print_button.setObjectName("printFormsButton")
        self.print_button.clicked.connect(self.choose_and_print)
        self.import_button = QPushButton(tr("Import filled form…"))
        self.import_button.setObjectName("importFormButton")
        self.import_button.clicked.connect(self.choose_and_import)
        self.status = QLabel(
            tr(
                "Forms print the group's focus and prompts, the segment grid "
                "and an iBoard page for four key ideas."
            )
        )
        self.status.setObjectName("formsStatus")
        self.status.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        options = QFormLayout()
        options.addRow(self.per_observer)
        options.addRow(self.fillable)
        options.addRow(self.combined)
        options.addRow(tr("Paper:"), self.paper)
        options.addRow(tr("Print language:"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _combined_toggled(self, on: bool) -> None:
        self.fillable.setEnabled(not on)
        if on:
            self.fillable.setChecked(False)

    # -- printing -----------------------------------------------------------------
    def choose_and_print(self) -> None:
        start = suggested_path("forms", "observation-forms.pdf")  # this kind's last folder
        if self.combined.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Save the observation forms"),
                start,
                tr("PDF files (*.pdf)"),
            )
            if path:
                remember_folder("forms", path)
        else:
            path = QFileDialog.getExistingDirectory(self, tr("Folder for the forms"),
                                                    str(Path(start).parent))
            if path:
                remember_folder("forms", Path(path) / "observation-forms.pdf")
        if path:
            self.print_to(Path(path))

    def print_to(self, target: Path) -> None:
        """Build the forms into ``target`` (a folder, or a file when combined) in the background."""
        from lessonstudy.services.form_export import FormExportOptions, export_forms

        options = FormExportOptions(
            per_observer=self.per_observer.isChecked(),
            fillable=self.fillable.isChecked(),
            paper=str(self.paper.currentData()),
            language=str(self.language.currentData()),
            combined=self.combined.isChecked(),
        )
        library, teaching = self._context.library, self._teaching.id
        self._start(lambda: export_forms(library, teaching, target, options), self._printed)
        self.status.setText(tr("Printing the forms…"))

    def _printed(self, result: object) -> None:
        files = list(getattr(result, "files", ()))
        self.status.setText(
            tr("{count} form(s), {pages} pages, saved in {where}").format(
                count=getattr(result, "forms", 0),
                pages=getattr(result, "pages", 0),
                where=files[0] if len(files) == 1 else files[0].parent if files else "-",
            )
        )
        if files:
            announce_saved(self, files[0], self.status.text())
        if self.open_when_done and files:
            target = files[0] if len(files) == 1 else files[0].parent
            open_file(self, target)

    # -- importing ----------------------------------------------------------------
    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Import filled observation forms"), start_folder(FILLED_FORMS),
            tr("PDF files (*.pdf)")
        )
        remember_picked(FILLED_FORMS, paths)
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import each file on its own (all-or-nothing per file) in the background."""
        library, teaching = self._context.library, self._teaching.id
        self._start(lambda: _import_each(library, teaching, paths), self._imported)
        self.status.setText(tr("Importing…"))

    def _imported(self, outcome: tuple[list[Any], list[str]]) -> None:
        done, refused = outcome
        lines = [result.summary() for result in done]
        self.status.setText("\n".join(lines) or tr("Nothing was imported."))
        if done:
            self._context.notify_changed(f"teaching:{self._teaching.id}")
        if refused:
            show_error(
                self,
                ImportRejectedError.from_problems(
                    tr("Some forms were not imported (the others were):")
                    if done
                    else tr("The form was not imported:"),
                    refused,
                ),
            )

    # -- shared -------------------------------------------------------------------
    def _start(self, work: Callable[[], object], on_done: Callable[[Any], None]) -> None:
        self.print_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.operation = Operation(work, parent=self)
        self.operation.finished.connect(on_done)
        self.operation.finished.connect(self._enable)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _enable(self, _result: object = None) -> None:
        self.print_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._enable()
        self.status.setText(str(error) if isinstance(error, LessonStudyError) else "")
        show_error(self, error)


def _import_each(library: Library, teaching: int, paths: list[Path]) -> tuple[list[Any], list[str]]:
    """Import files one by one; refused files are reported with their reason, not raised."""
    from lessonstudy.services.form_import import import_filled_form

    done: list[Any] = []
    refused: list[str] = []
    for path in paths:
        try:
            done.append(import_filled_form(library, path, teaching_ref=teaching))
        except LessonStudyError as error:
            refused.append(f"{path.name}: {error.message.splitlines()[0]}")
    return done, refused
