"""Words and colours the live lesson screens share: one place for tr() context and urgency looks.

The clock panel and the projector must say "Paused" and paint "over time"
the same way; keeping the translated labels and colours here stops the two
screens drifting apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lessonstudy.domain.enums import NoteKind
from lessonstudy.domain.lesson_clock import ClockPhase, Urgency
from lessonstudy.domain.timing import format_clock, format_duration

URGENCY_COLOURS: dict[Urgency, tuple[str, str]] = {
    Urgency.ON_TIME: ("#0B6E35", "#FFFFFF"),  # deep green, white text
    Urgency.WRAP_UP: ("#F2A900", "#000000"),  # amber, black text
    Urgency.OVER: ("#C0201A", "#FFFFFF"),  # red, white text
}
PAUSED_COLOURS = ("#3A3F47", "#FFFFFF")  # slate: nothing is counting


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveLesson", text)


def phase_label(phase: ClockPhase) -> str:
    return {
        ClockPhase.NOT_STARTED: tr("Not started"),
        ClockPhase.RUNNING: tr("Running"),
        ClockPhase.PAUSED: tr("Paused"),
        ClockPhase.ENDED: tr("Lesson ended"),
    }[phase]


def kind_label(kind: str) -> str:
    labels = {NoteKind.EVIDENCE: tr("Evidence"), NoteKind.INTERPRETATION: tr("Interpretation"),
              NoteKind.QUESTION: tr("Question")}
    return labels.get(NoteKind(kind), kind) if kind in set(NoteKind) else kind


def countdown_text(seconds_left: int) -> str:
    """"4:05" while there is time, "+0:12" once the segment runs over."""
    if seconds_left < 0:
        return "+" + format_duration(-seconds_left)
    return format_duration(seconds_left)


def elapsed_text(seconds: int | None) -> str:
    return "–" if seconds is None else format_clock(seconds)


def drift_text(behind: int) -> str:
    if behind > 0:
        return tr("{time} behind plan").format(time=format_duration(behind))
    if behind < 0:
        return tr("{time} ahead of plan").format(time=format_duration(-behind))
    return tr("on plan")
