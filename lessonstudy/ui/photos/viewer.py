"""One photo large, with zoom, rotate, blur-a-region, and its notes beside it.

Opened from the gallery (double-click or Enter). It is a window of its own
so the recorder can keep it open beside the conference screen while
transcribing; it steps through the photos the gallery currently shows.
Undo and redo work here too: they are the same history as the gallery's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.ui import messages
from lessonstudy.ui.photos.canvas import PhotoCanvas
from lessonstudy.ui.photos.controller import GalleryController
from lessonstudy.ui.photos.details_panel import PhotoDetailsPanel
from lessonstudy.ui.photos.gallery_model import PHOTO_ROLE
from lessonstudy.ui.photos.look import named, tr
from lessonstudy.ui.screen_fit import fit_to_screen
from lessonstudy.ui.subscriptions import follow


class PhotoViewer(QDialog):
    """The photo at any zoom, its tools on top and its notes on the right."""

    def __init__(self, controller: GalleryController, photo_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.photo_id = photo_id
        self.canvas = PhotoCanvas()
        self.details = PhotoDetailsPanel(controller)
        self.zoom_label = named(QLabel(), "zoomLabel")
        # A stored photo file that went missing or was damaged: said here, never a crash.
        self.problem_label = named(QLabel(), "photoProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self._problem = ""
        self.toolbar = QToolBar()
        self.actions_by_name: dict[str, QAction] = {}
        self._build_toolbar()
        self.redact_bar = self._build_redact_bar()
        self._layout()
        self.canvas.zoom_changed.connect(
            lambda scale: self.zoom_label.setText(f"{round(scale * 100)} %"))
        self.canvas.box_drawn.connect(self._box_drawn)
        controller.photo_changed.connect(self._photo_changed)
        controller.image_changed.connect(self._image_changed)
        controller.photo_removed.connect(self._photo_removed)
        controller.busy_changed.connect(self._busy)
        follow(controller.failed, self, lambda error: messages.show_error(self, error))
        fit_to_screen(self, 1180, 760)  # a 1024×768 laptop shows it whole
        self.show_photo(photo_id)

    def _act(self, name: str, text: str, slot: Callable[[], object],
             shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = self.toolbar.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.actions_by_name[name] = action
        return action

    def _build_toolbar(self) -> None:
        self._act("previousPhoto", tr("◀ Previous"), lambda: self.step(-1), "PgUp")
        self._act("nextPhoto", tr("Next ▶"), lambda: self.step(1), "PgDown")
        self.toolbar.addSeparator()
        self._act("zoomFit", tr("Fit"), self.canvas.fit, "Ctrl+0")
        self._act("zoomActual", tr("100 %"), self.canvas.actual_size, "Ctrl+1")
        self._act("zoomIn", tr("Zoom in"), lambda: self.canvas.zoom_by(1.25),
                  QKeySequence.StandardKey.ZoomIn)
        self._act("zoomOut", tr("Zoom out"), lambda: self.canvas.zoom_by(0.8),
                  QKeySequence.StandardKey.ZoomOut)
        self.toolbar.addSeparator()
        self._act("rotateLeft", tr("⟲ Rotate left"), lambda: self.rotate(-1), "Ctrl+L")
        self._act("rotateRight", tr("⟳ Rotate right"), lambda: self.rotate(1), "Ctrl+R")
        redact = self._act("redactRegion", tr("Blur a region…"), self._toggle_redact, "Ctrl+B")
        redact.setCheckable(True)
        redact.setToolTip(
            tr("Drag a box over a face or a name; it is blurred in the stored photo."))
        self.toolbar.addSeparator()
        undo = self.controller.undo_stack.createUndoAction(self, tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.toolbar.addActions([undo, redo])

    def _build_redact_bar(self) -> QWidget:
        bar = named(QWidget(), "redactBar")
        self.redact_hint = QLabel(tr(
            "Drag a box over a face or a name, then click “Blur this area”. "
            "The stored photo is changed (Undo puts it back)."))
        self.blur_button = named(QPushButton(tr("Blur this area")), "blurButton")
        self.blur_button.setEnabled(False)
        self.blur_button.clicked.connect(self.blur_box)
        cancel = named(QPushButton(tr("Cancel")), "cancelBlurButton")
        cancel.clicked.connect(lambda: self.actions_by_name["redactRegion"].trigger())
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.redact_hint, 1)
        row.addWidget(self.blur_button)
        row.addWidget(cancel)
        bar.hide()
        return bar

    def _layout(self) -> None:
        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setWidget(self.details)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the notes need (at 1024 px the splitter's share cut their right edge)
        side.setMinimumWidth(max(340, self.details.minimumSizeHint().width()
                                 + side.verticalScrollBar().sizeHint().width()
                                 + 2 * side.frameWidth()))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 380])
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.redact_bar)
        layout.addWidget(self.problem_label)
        layout.addWidget(splitter, 1)

    # -- which photo -----------------------------------------------------------
    def show_photo(self, photo_id: int) -> None:
        photo = self.controller.photo(photo_id)
        if photo is None:
            self.close()
            return
        self.photo_id = photo_id
        self.setWindowTitle(tr("Photo: {title}").format(title=photo.title))
        self.details.show_photo(photo)
        self._show_image(photo_id)
        self.canvas.fit()

    def step(self, delta: int) -> None:
        ids = self._visible_ids()
        if self.photo_id in ids:
            position = (ids.index(self.photo_id) + delta) % len(ids)
            self.show_photo(ids[position])

    def _visible_ids(self) -> list[int]:
        proxy = self.controller.proxy
        return [proxy.index(row, 0).data(PHOTO_ROLE).id for row in range(proxy.rowCount())]

    # -- edits -----------------------------------------------------------------
    def rotate(self, quarter_turns: int) -> None:
        self.controller.rotate(self.photo_id, quarter_turns)

    def _toggle_redact(self) -> None:
        on = self.actions_by_name["redactRegion"].isChecked()
        self.canvas.set_redacting(on)
        self.redact_bar.setVisible(on)
        self.blur_button.setEnabled(False)

    def _box_drawn(self, _area: QRect) -> None:
        self.blur_button.setEnabled(True)

    def blur_box(self) -> None:
        area = self.canvas.box()
        if area is None:
            return
        box = (area.left(), area.top(), area.left() + area.width(), area.top() + area.height())
        if self.controller.redact(self.photo_id, box):
            self.actions_by_name["redactRegion"].setChecked(False)
            self._toggle_redact()

    # -- controller signals ----------------------------------------------------
    def _photo_changed(self, photo: object) -> None:
        if getattr(photo, "id", None) == self.photo_id:
            self.details.show_photo(photo)  # type: ignore[arg-type]

    def _image_changed(self, photo_id: int) -> None:
        if photo_id == self.photo_id:
            self._show_image(photo_id)

    def _show_image(self, photo_id: int) -> None:
        image = self.controller.image(photo_id)
        self.canvas.set_image(image.image or image.thumbnail)  # a missing file: its thumbnail
        self._problem = image.problem
        self.problem_label.setText(image.problem)
        self.problem_label.setVisible(bool(image.problem))
        self._busy(self.controller.busy)

    def _photo_removed(self, photo_id: int) -> None:
        if photo_id == self.photo_id:
            ids = self._visible_ids()
            if ids:
                self.show_photo(ids[0])
            else:
                self.close()

    def _busy(self, busy: bool) -> None:
        for name in ("rotateLeft", "rotateRight", "redactRegion"):
            self.actions_by_name[name].setEnabled(not busy and not self._problem)
        self.blur_button.setEnabled(not busy and self.canvas.box() is not None)
