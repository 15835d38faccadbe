"""The "Photos" tab of a teaching: filters, the thumbnail grid, import and delete.

The filters do double duty: they choose which photos show, and they say
where new photos go — dropping files while "Group B" and segment 5 are
chosen files them under Group B, segment 5, which is how a recorder sorts
thirty iBoard photos without editing each one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services.photo_records import ImportTarget, PhotoSummary
from lessonstudy.services.records import TeachingRef
from lessonstudy.ui import messages
from lessonstudy.ui.conference.typed_key_ideas import ask_typed_ideas, type_key_ideas
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.input_folders import PHOTOS, remember_picked, start_folder
from lessonstudy.ui.observation.button import ObservationButton
from lessonstudy.ui.photos.controller import GalleryController, controller_for
from lessonstudy.ui.photos.gallery_filter import NO_SEGMENT
from lessonstudy.ui.photos.gallery_model import PHOTO_ROLE
from lessonstudy.ui.photos.gallery_view import GalleryView
from lessonstudy.ui.photos.importer import ImportRun, start_import
from lessonstudy.ui.photos.look import file_filter, named, tr, trn
from lessonstudy.ui.photos.viewer import PhotoViewer
from lessonstudy.ui.subscriptions import follow

ALL = "*"


class PhotosTab(QWidget):
    """Thumbnails of a teaching's photos with group and segment filters."""

    ask_typed_ideas = staticmethod(ask_typed_ideas)  # tests put their answer here

    def __init__(self, context: AppContext, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosTab")
        self.controller: GalleryController = controller_for(context, teaching_id)
        self.viewer: PhotoViewer | None = None
        self.last_import: ImportRun | None = None
        self.import_button = named(QPushButton(tr("Import photos…")), "importPhotosButton")
        self.group_filter = named(QComboBox(), "groupFilter")
        self.segment_filter = named(QComboBox(), "segmentFilter")
        self.delete_button = named(QPushButton(tr("Delete…")), "deletePhotosButton")
        self.type_ideas_button = named(QPushButton(tr("Type key ideas…")), "typeKeyIdeasButton")
        self.count_label = named(QLabel(), "photoCount")
        self.target_label = named(QLabel(), "importTarget")
        self.observation_button = ObservationButton(context, teaching_id)
        self.view = GalleryView()
        self.view.setModel(self.controller.proxy)
        self._layout()
        self._fill_filters()
        self._connect()
        self._update_labels()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addSpacing(12)
        top.addWidget(QLabel(tr("Group")))
        top.addWidget(self.group_filter, 1)
        top.addWidget(self.type_ideas_button)
        top.addWidget(QLabel(tr("Segment")))
        top.addWidget(self.segment_filter, 2)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.target_label, 1)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.observation_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.import_button.clicked.connect(self.choose_files)
        self.delete_button.clicked.connect(self.delete_selected)
        self.type_ideas_button.clicked.connect(self.type_key_ideas)
        self.view.files_dropped.connect(self.import_files)
        self.view.activated.connect(self.open_viewer)
        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        self.segment_filter.currentIndexChanged.connect(self._filters_changed)
        self.controller.reloaded.connect(self._fill_filters)
        self.controller.reloaded.connect(self._update_labels)
        follow(self.controller.photo_removed, self, lambda _id: self._update_labels())
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)

    # -- filters -----------------------------------------------------------------
    def _fill_filters(self) -> None:
        proxy, choices = self.controller.proxy, self.controller.choices
        labels = sorted({p.fields.group_label for p in self.controller.model.photos()
                         if p.fields.group_id is None and p.fields.group_label})
        for combo in (self.group_filter, self.segment_filter):
            combo.blockSignals(True)
            combo.clear()
        self.group_filter.addItem(tr("All groups"), ALL)
        for group_id, name in choices.groups:
            self.group_filter.addItem(name, f"g:{group_id}")
        for label in labels:
            self.group_filter.addItem(tr("Pupils: {label}").format(label=label), f"l:{label}")
        self.group_filter.addItem(tr("No group"), "")
        self.segment_filter.addItem(tr("All segments"), ALL)
        for segment in choices.segments:
            self.segment_filter.addItem(f"{segment.number}. {segment.title}", segment.id)
        self.segment_filter.addItem(tr("No segment"), NO_SEGMENT)
        _select(self.group_filter, ALL if proxy.group is None else proxy.group)
        _select(self.segment_filter, ALL if proxy.segment is None else proxy.segment)
        for combo in (self.group_filter, self.segment_filter):
            combo.blockSignals(False)
        self._filters_changed()

    def set_filters(self, group: str | None, segment: int | None) -> None:
        """Choose filters as a user would (``None`` = all)."""
        _select(self.group_filter, ALL if group is None else group)
        _select(self.segment_filter, ALL if segment is None else segment)

    def _filters_changed(self) -> None:
        group, segment = self.group_filter.currentData(), self.segment_filter.currentData()
        self.controller.proxy.set_group(None if group in (ALL, None) else group)
        self.controller.proxy.set_segment(None if segment in (ALL, None) else segment)
        chosen = self.chosen_group_id() is not None
        self.type_ideas_button.setEnabled(chosen)
        self.type_ideas_button.setToolTip(
            tr("Type this group's four key ideas without a photo") if chosen
            else tr("Choose an observer group first to type its key ideas without a photo"))
        self._update_labels()

    def chosen_group_id(self) -> int | None:
        """The observer group the group filter shows, if it shows one."""
        group = self.group_filter.currentData()
        return int(group[2:]) if isinstance(group, str) and group.startswith("g:") else None

    def import_target(self) -> ImportTarget:
        """Where new photos go: the group and segment the filters show."""
        group, segment = self.controller.proxy.group or "", self.controller.proxy.segment
        return ImportTarget(
            self.controller.teaching_id,
            group_id=int(group[2:]) if group.startswith("g:") else None,
            group_label=group[2:] if group.startswith("l:") else "",
            segment_id=segment or None,
        )

    def _update_labels(self) -> None:
        shown, total = self.controller.proxy.rowCount(), self.controller.model.rowCount()
        self.count_label.setText(trn("%n photo(s)", total) if shown == total else
                                 tr("{shown} of {total} photos").format(shown=shown, total=total))
        where = [self.group_filter.currentText(), self.segment_filter.currentText()]
        chosen = [text for text, data in zip(where, (self.group_filter.currentData(),
                  self.segment_filter.currentData()), strict=True) if data not in (ALL, "", 0)]
        self.target_label.setText(
            tr("New photos go to: {where}").format(where=" · ".join(chosen)) if chosen
            else tr("Drop photos here to import them; choose a group or segment first to file "
                    "them there."))
        self.view.empty_text = (
            tr("No photos yet.\nDrop iBoard photos here, or click “Import photos…”.") if not total
            else tr("No photos match these filters."))
        self.view.viewport().update()

    # -- actions -----------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Import photos"),
                                                start_folder(PHOTOS), file_filter())
        remember_picked(PHOTOS, files)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: Sequence[Path]) -> ImportRun | None:
        self.last_import = start_import(self.controller, files, self.import_target(), self)
        return self.last_import

    def type_key_ideas(self) -> None:
        """Type the chosen group's key ideas (one undoable step on the photos' stack)."""
        group_id = self.chosen_group_id()
        if group_id is not None:
            controller = self.controller
            controller.context.undo_group.setActiveStack(controller.undo_stack)
            type_key_ideas(self, controller.library, group_id, controller.undo_stack,
                           controller.context.notify_changed, ask=self.ask_typed_ideas)

    def selected_photos(self) -> list[PhotoSummary]:
        rows = self.view.selectionModel().selectedIndexes()
        return [index.data(PHOTO_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def open_viewer(self, index: QModelIndex) -> PhotoViewer | None:
        photo = index.data(PHOTO_ROLE)
        if photo is None:
            return None
        self.viewer = PhotoViewer(self.controller, photo.id, self.window())
        self.viewer.show()
        return self.viewer

    def delete_selected(self) -> None:
        chosen = self.selected_photos()
        if not chosen:
            return
        question = trn("Delete %n photo(s) with their key ideas? This cannot be undone.",
                       len(chosen))
        if not messages.confirm(self, question, tr("Delete photos")):
            return
        try:
            for photo in chosen:
                self.controller.delete(photo.id)
        except LessonStudyError as error:
            messages.show_error(self, error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.context.undo_group.setActiveStack(self.controller.undo_stack)


def _select(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def photos_title() -> str:
    return tr("Photos")


def photos_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    """Detail pane builder for a selected teaching."""
    return PhotosTab(context, teaching.id)
