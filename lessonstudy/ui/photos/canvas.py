"""The photo itself in the viewer: fit, 100 %, wheel zoom, panning, and drawing a box to blur.

Reading a pupil's handwriting on an iBoard needs real zoom; hiding a face
needs a rectangle drawn on the picture in *its* pixels, whatever the zoom.
A ``QGraphicsView`` gives both: the scene is the image at 1:1, so a box
drawn in the view maps straight to stored-image coordinates.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

WHEEL_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 8.0
MIN_BOX = 4  # pixels: a click is not a box


class PhotoCanvas(QGraphicsView):
    """Shows one stored photo; in redact mode a drag selects a box in image pixels."""

    zoom_changed = Signal(float)
    box_drawn = Signal(QRect)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self._box = QGraphicsRectItem()
        self._box.setPen(QPen(QColor("#d81b60"), 0, Qt.PenStyle.DashLine))
        self._box.setBrush(QBrush(QColor(216, 27, 96, 60)))
        self._box.setZValue(1)
        self._box.hide()
        self._scene.addItem(self._box)
        self._fit = True
        self._redacting = False
        self._anchor: QPointF | None = None
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#2b2b2b"))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def set_image(self, jpeg: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg, "JPEG")
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(QRectF(pixmap.rect()))
        self.clear_box()
        if self._fit:
            self.fit()

    def image_size(self) -> tuple[int, int]:
        pixmap = self._item.pixmap()
        return pixmap.width(), pixmap.height()

    # -- zoom --------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self._fit = True
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.scale_factor())

    def actual_size(self) -> None:
        self._fit = False
        self.resetTransform()
        self.zoom_changed.emit(1.0)

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor() * factor))
        self._fit = False
        self.scale(target / self.scale_factor(), target / self.scale_factor())
        self.zoom_changed.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps)
        event.accept()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fit:
            self.fit()

    # -- redact box --------------------------------------------------------------
    def set_redacting(self, on: bool) -> None:
        """In redact mode a drag draws a box; otherwise a drag pans the photo."""
        self._redacting = on
        mode = QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        self.setDragMode(mode)
        cursor = Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(cursor)
        if not on:
            self.clear_box()

    def box(self) -> QRect | None:
        """The drawn box in image pixels, clipped to the photo, or None."""
        if not self._box.isVisible():
            return None
        area = self._box.rect().toAlignedRect().intersected(self._item.pixmap().rect())
        return area if area.width() >= MIN_BOX and area.height() >= MIN_BOX else None

    def draw_box(self, area: QRect) -> None:
        """Show a box as if drawn by hand (also used by keyboard users and tests)."""
        self._box.setRect(QRectF(area))
        self._box.show()
        if self.box() is not None:
            self.box_drawn.emit(self.box())

    def clear_box(self) -> None:
        self._box.hide()
        self._anchor = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._redacting and event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self.mapToScene(event.position().toPoint())
            self._box.setRect(QRectF(self._anchor, self._anchor))
            self._box.show()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is not None:
            here = self.mapToScene(event.position().toPoint())
            self._box.setRect(QRectF(self._anchor, here).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is not None:
            self._anchor = None
            area = self.box()
            if area is None:
                self.clear_box()
            else:
                self.box_drawn.emit(area)
            return
        super().mouseReleaseEvent(event)
