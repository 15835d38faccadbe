"""The timekeeper's clock: elapsed time, the running segment's countdown, the next segment.

It sits at the top of the "Live lesson" tab. Every button is one stored
press (see :mod:`lessonstudy.services.live`); "next segment now" also has the
single key N, which only fires when the focus is not in a text field, so
observers typing a note never move the lesson on by accident.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.lesson_clock import ClockPhase, urgency
from lessonstudy.domain.timing import format_duration
from lessonstudy.ui import messages
from lessonstudy.ui.live.controller import LiveController
from lessonstudy.ui.live.look import (
    PAUSED_COLOURS,
    URGENCY_COLOURS,
    countdown_text,
    drift_text,
    elapsed_text,
    phase_label,
    tr,
)


class ClockPanel(QWidget):
    """Shows the controller's reading and turns button presses into clock actions."""

    projector_requested = Signal()

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("clockPanel")
        self.elapsed_label = _label("elapsedLabel", 26, bold=True)
        self.status_label = _label("statusLabel", 11)
        self.current_label = _label("currentSegmentLabel", 15, bold=True)
        self.countdown_label = _label("countdownLabel", 26, bold=True)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setMinimumWidth(150)
        self.next_label = _label("nextSegmentLabel", 11)
        self.recovered_label = _label("recoveredLabel", 10)
        self.recovered_label.setWordWrap(True)
        self.buttons = self._make_buttons()
        self._look: tuple[str, str] | None = None  # the countdown's colours now
        self._lay_out()
        QShortcut(QKeySequence("N"), self, self._next_segment,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        controller.ticked.connect(self.refresh)
        self.refresh()

    def _make_buttons(self) -> dict[str, QPushButton]:
        specs: list[tuple[str, str, Callable[[], None]]] = [
            ("start", tr("&Start lesson"), self.controller.start),
            ("pause", tr("&Pause"), self.controller.toggle_pause),
            ("next", tr("&Next segment now (N)"), self.controller.next_segment),
            ("back", tr("&Back one segment"), self.controller.back_one_segment),
            ("end", tr("En&d lesson…"), self._end),
            ("again", tr("Start aga&in…"), self._start_again),
            ("projector", tr("Pro&jector view"), self.projector_requested.emit),
        ]
        buttons = {}
        for key, text, action in specs:
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(lambda _checked=False, act=action: self._safely(act))
            buttons[key] = button
        return buttons

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Elapsed")), 0, 0)
        grid.addWidget(self.elapsed_label, 1, 0)
        grid.addWidget(self.status_label, 2, 0)
        grid.addWidget(QLabel(tr("Now")), 0, 1)
        grid.addWidget(self.current_label, 1, 1)
        grid.addWidget(self.next_label, 2, 1)
        grid.addWidget(self.countdown_label, 0, 2, 3, 1)
        grid.setColumnStretch(1, 1)
        row = QHBoxLayout()
        for key in ("start", "pause", "next", "back", "end"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)  # "Start again" clears timings: kept apart from the lesson's buttons
        row.addWidget(self.buttons["again"])
        row.addSpacing(12)
        row.addWidget(self.buttons["projector"])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.recovered_label)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Repaint from the clock now; called on every tick."""
        lesson, reading = self.controller.lesson, self.controller.reading()
        self.elapsed_label.setText(elapsed_text(reading.elapsed))
        status = phase_label(reading.phase)
        if reading.phase in (ClockPhase.RUNNING, ClockPhase.PAUSED):
            status += " · " + drift_text(reading.behind_plan)
        self.status_label.setText(status)
        current = lesson.segments[reading.current] if reading.current is not None else None
        self.current_label.setText(current.title if current else tr("No segments planned"))
        following = lesson.segments[reading.next] if reading.next is not None else None
        self.next_label.setText(
            tr("Next: {title} ({time})").format(
                title=following.title, time=format_duration(following.planned_seconds))
            if following else tr("Next: end of the lesson"))
        self._paint_countdown(reading.seconds_left, current.planned_seconds if current else 0,
                              reading.phase)
        self._enable_buttons(reading.phase)
        self.recovered_label.setVisible(self.controller.recovered)
        self.recovered_label.setText(tr(
            "The app was closed while the lesson clock ran. It is paused at {time}; "
            "press Resume to carry on.").format(time=elapsed_text(reading.elapsed)))

    def _paint_countdown(self, left: int, planned: int, phase: ClockPhase) -> None:
        self.countdown_label.setText(countdown_text(left))
        running = phase is ClockPhase.RUNNING
        look = URGENCY_COLOURS[urgency(left, planned)] if running else PAUSED_COLOURS
        if look == self._look:  # a style sheet re-styles the label: only when colours change
            return
        self._look = background, ink = look
        self.countdown_label.setStyleSheet(
            f"background: {background}; color: {ink}; border-radius: 6px; padding: 6px 14px;")

    def _enable_buttons(self, phase: ClockPhase) -> None:
        live = phase in (ClockPhase.RUNNING, ClockPhase.PAUSED)
        self.buttons["start"].setEnabled(phase is ClockPhase.NOT_STARTED)
        self.buttons["pause"].setEnabled(live)
        self.buttons["pause"].setText(tr("&Resume") if phase is ClockPhase.PAUSED
                                      else tr("&Pause"))
        for key in ("next", "back", "end"):
            self.buttons[key].setEnabled(live)
        self.buttons["again"].setEnabled(phase is not ClockPhase.NOT_STARTED
                                         or bool(self.controller.lesson.timings))

    def _next_segment(self) -> None:
        if self.buttons["next"].isEnabled():
            self._safely(self.controller.next_segment)

    def _end(self) -> None:
        if messages.confirm(self, tr("End the lesson now? The clock stops for good.")):
            self.controller.end()

    def _start_again(self) -> None:
        if messages.confirm(self, tr("Start again? The clock and every recorded segment "
                                     "timing of this teaching are cleared; notes are kept. "
                                     "Edit → Undo brings them back."), default_no=True):
            self.controller.start_again()

    def _safely(self, action: Callable[[], None]) -> None:
        try:
            action()
        except LessonStudyError as error:
            messages.show_error(self, error)


def _label(name: str, points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label
