"""One teaching's live lesson for this app session, shared by the tab and the projector.

The detail pane rebuilds its tabs whenever the selection changes, and the
projector lives in a window of its own; both must show the same clock and
neither may lose the undo history of notes. So the state lives here, one
controller per teaching per :class:`AppContext`, and widgets come and go
around it. Time comes from the injected :class:`Clock`; a timer only asks
views to repaint, so tests tick by hand instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lessonstudy.domain.lesson_clock import Clock, ClockPhase, Reading, SystemClock
from lessonstudy.services import live, notes
from lessonstudy.services.live import LiveLesson
from lessonstudy.services.notes import Note, QuickNote
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.live.look import tr

TICK_MS = 250
_CONTROLLERS: WeakKeyDictionary[AppContext, dict[int, LiveController]] = WeakKeyDictionary()


class LiveController(QObject):
    """The clock and notes of one teaching: service calls, stored state, repaint ticks."""

    clock_changed = Signal()
    notes_changed = Signal(object)
    ticked = Signal()

    def __init__(self, context: AppContext, teaching_id: int, clock: Clock) -> None:
        super().__init__(context)
        self.context = context
        self.teaching_id = teaching_id
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.projector: QObject | None = None
        context.undo_group.addStack(self.undo_stack)
        self._lesson, self.recovered = live.recover_after_restart(
            context.library, teaching_id, clock.now())
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.ticked.emit)
        self._follow_phase()

    @property
    def lesson(self) -> LiveLesson:
        return self._lesson

    def reading(self) -> Reading:
        return self._lesson.reading(self.clock.now())

    def tick(self) -> None:
        """Ask every view to repaint from the clock now (the timer does this 4× a second)."""
        self.ticked.emit()

    # -- clock presses: each is stored at once --------------------------------------
    def start(self) -> None:
        self._press(lambda lib, now: live.start_lesson(lib, self.teaching_id, now))

    def pause(self) -> None:
        self._press(lambda lib, now: live.pause_lesson(lib, self.teaching_id, now))

    def resume(self) -> None:
        self._press(lambda lib, now: live.resume_lesson(lib, self.teaching_id, now))

    def toggle_pause(self) -> None:
        if self._lesson.clock.phase is ClockPhase.RUNNING:
            self.pause()
        else:
            self.resume()

    def next_segment(self) -> None:
        self._press(lambda lib, now: live.next_segment(lib, self.teaching_id, now))

    def back_one_segment(self) -> None:
        self._press(lambda lib, _now: live.back_one_segment(lib, self.teaching_id))

    def end(self) -> None:
        self._press(lambda lib, now: live.end_lesson(lib, self.teaching_id, now))

    def start_again(self) -> None:
        """Clear the clock and timings as one undoable step (Edit → Undo brings them back)."""
        self.undo_stack.push(ClockUndoCommand(self, self._lesson, tr("Start again")))

    def clear_clock(self) -> None:
        self._press(lambda lib, _now: live.start_again(lib, self.teaching_id))

    def restore(self, before: LiveLesson) -> None:
        self._press(lambda lib, _now: live.restore_clock(lib, self.teaching_id, before))

    def _press(self, action: Callable[..., LiveLesson]) -> None:
        self._lesson = action(self.context.library, self.clock.now())
        self.recovered = False
        self._follow_phase()
        self.clock_changed.emit()
        self.ticked.emit()
        self.context.notify_changed(f"timings:{self.teaching_id}")  # the Timings tab, reports

    def _follow_phase(self) -> None:
        if self._lesson.clock.phase is ClockPhase.RUNNING:
            self._timer.start()
        else:
            self._timer.stop()

    # -- notes -------------------------------------------------------------------
    def add_note(self, quick: QuickNote) -> Note:
        note = notes.add_quick_note(self.context.library, self.teaching_id, quick,
                                    self.clock.now())
        self.notes_changed.emit(note)  # the notes list; no library-wide broadcast per note
        return note


class ClockUndoCommand(QUndoCommand):
    """Start again, undoably: redo clears the clock, undo puts back what it had recorded."""

    def __init__(self, controller: LiveController, before: LiveLesson, text: str) -> None:
        super().__init__(text)
        self.controller, self.before = controller, before

    def redo(self) -> None:
        self.controller.clear_clock()

    def undo(self) -> None:
        self.controller.restore(self.before)


def controller_for(context: AppContext, teaching_id: int,
                   clock: Clock | None = None) -> LiveController:
    """The session's controller for a teaching, made (and its clock recovered) on first use."""
    if context not in _CONTROLLERS:
        _CONTROLLERS[context] = {}
        context.library_opened.connect(lambda: _CONTROLLERS.get(context, {}).clear())
    per_context = _CONTROLLERS[context]
    controller = per_context.get(teaching_id)
    if controller is None:
        controller = LiveController(context, teaching_id, clock or SystemClock())
        per_context[teaching_id] = controller
    return controller
