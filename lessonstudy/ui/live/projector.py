"""The projector view: the running segment and its countdown, readable from the back of a hall.

At an open class the teacher glances at a wall screen, and thirty visitors
see it too, so it shows only what matters (the segment's name, the time left
and what comes next) in type sized to the window, on a background that turns
amber when it is time to wrap up and red when the segment runs over. F11
toggles full screen, Esc leaves it; N or Space is "next segment now".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.lesson_clock import ClockPhase, urgency
from lessonstudy.domain.timing import format_duration
from lessonstudy.ui import messages
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.live.look import (
    PAUSED_COLOURS,
    URGENCY_COLOURS,
    countdown_text,
    elapsed_text,
    phase_label,
    tr,
)
from lessonstudy.ui.screen_fit import fit_to_screen

# Share of the window height each line's type takes.
_SIZES = {"title": 0.045, "segment": 0.10, "countdown": 0.30, "next": 0.055, "footer": 0.04}


class ProjectorView(QWidget):
    """A top-level window showing the live clock in very large type."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.setObjectName("projectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Lesson clock — {title}").format(
            title=controller.lesson.lesson_title))
        self.setAutoFillBackground(True)
        self.labels = {key: self._line(key) for key in _SIZES}
        self._look: tuple[str, str] | None = None  # background and ink now
        self.labels["segment"].setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.labels["title"])
        layout.addStretch(1)
        layout.addWidget(self.labels["segment"])
        layout.addWidget(self.labels["countdown"])
        layout.addWidget(self.labels["next"])
        layout.addStretch(1)
        layout.addWidget(self.labels["footer"])
        controller.ticked.connect(self.refresh)
        fit_to_screen(self, 1280, 720)  # a laptop's own screen until dragged to the projector
        self.refresh()

    def _line(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"projector_{key}")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def refresh(self) -> None:
        lesson, reading = self.controller.lesson, self.controller.reading()
        current = lesson.segments[reading.current] if reading.current is not None else None
        following = lesson.segments[reading.next] if reading.next is not None else None
        self.labels["title"].setText(lesson.lesson_title)
        self.labels["segment"].setText(current.title if current else "")
        self.labels["countdown"].setText(countdown_text(reading.seconds_left))
        self.labels["next"].setText(
            tr("Next: {title} ({time})").format(title=following.title,
                                                time=format_duration(following.planned_seconds))
            if following else tr("Next: end of the lesson"))
        footer = tr("Elapsed {time}").format(time=elapsed_text(reading.elapsed))
        if reading.phase is not ClockPhase.RUNNING:
            footer = phase_label(reading.phase).upper() + " · " + footer
        elif reading.seconds_left < 0:
            footer = tr("OVER TIME") + " · " + footer
        self.labels["footer"].setText(footer)
        running = reading.phase is ClockPhase.RUNNING
        planned = current.planned_seconds if current else 0
        self._paint(*(URGENCY_COLOURS[urgency(reading.seconds_left, planned)]
                      if running else PAUSED_COLOURS))

    def _paint(self, background: str, ink: str) -> None:
        """Colours by style sheet, set only when they change: setting one re-styles every
        label (6,000 times in a 50-minute lesson when it was set on each tick)."""
        if (background, ink) == self._look:
            return
        self._look = background, ink
        self.setStyleSheet(f"#projectorView {{ background: {background}; }} "
                           f"#projectorView QLabel {{ color: {ink}; }}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(200, event.size().height())
        for key, share in _SIZES.items():
            font = QFont(self.labels[key].font())
            font.setPixelSize(max(12, int(height * share)))
            font.setBold(key in ("segment", "countdown"))
            self.labels[key].setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Space):
            self._next_segment()
        else:
            super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _next_segment(self) -> None:
        try:
            self.controller.next_segment()
        except LessonStudyError as error:
            messages.show_error(self, error)


def show_projector(controller: LiveController, owner: QWidget | None) -> ProjectorView:
    """Open (or raise) the teaching's projector window, owned by the main window."""
    view = controller.projector
    if isinstance(view, ProjectorView) and view.isVisible():
        view.raise_()
    else:
        view = ProjectorView(controller, owner)
        controller.projector = view
        view.destroyed.connect(lambda: _forget(controller, view))
        view.show()
    view.activateWindow()
    return view


def _forget(controller: LiveController, view: ProjectorView) -> None:
    if controller.projector is view:
        controller.projector = None
