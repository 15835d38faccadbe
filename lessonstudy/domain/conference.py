"""Rules of the post-lesson conference that need no database and no window.

The recorder times each agenda step against its planned minutes, keeps the
agreed feedback principles as a short list, sorts feedback the way the report
prints it (by focus, strengths first), and names what an agreed action may
target in the plan. Keeping these rules here lets the conference screen, the
command line and the report agree on them, and lets tests drive the timer
with a fake clock instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from lessonstudy.domain.enums import DEFAULT_PRINCIPLES, FeedbackType
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_, _

Clock = Callable[[], float]
"""Seconds from an arbitrary origin that never goes backwards (``time.monotonic``)."""

MAX_PRINCIPLE_LENGTH = 200
MAX_AGENDA_MINUTES = 180

# What an action can target besides a segment: the lesson's own fields, or
# one column of the targeted segment. Values are stable storage keys.
PLAN_FIELDS: dict[str, str] = {
    "goals": N_("Lesson goals"),
    "rationale": N_("Rationale"),
    "case_pupils": N_("Case pupils"),
    "duration": N_("Lesson duration"),
    "title": N_("Segment title"),
    "planned_seconds": N_("Segment timing"),
    "activity": N_("Learning activity and key questions"),
    "anticipated_responses": N_("Anticipated student responses"),
    "teacher_support": N_("Teacher support"),
    "evaluation": N_("Points to evaluate"),
    "materials": N_("Materials"),
}

TYPE_HEADINGS: dict[FeedbackType, str] = {
    FeedbackType.STRENGTH: N_("Strengths"),
    FeedbackType.QUESTION: N_("Questions"),
    FeedbackType.SUGGESTION: N_("Suggestions"),
    FeedbackType.CONCERN: N_("Concerns"),
}

GENERAL_FOCUS = N_("General")
"""The heading for feedback that names no observation focus."""


class AgendaTimer:
    """Times one agenda step at a time; the stored total grows each time it runs.

    ``start`` begins timing a step (carrying on from the seconds it already
    used), ``stop`` ends it and says how long that step has now used in all.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._item: int | None = None
        self._started = 0.0
        self._carried = 0

    @property
    def running_item(self) -> int | None:
        """The agenda item being timed, or None."""
        return self._item

    def start(self, item_id: int, already_seconds: int = 0) -> None:
        """Start timing ``item_id``; call :meth:`stop` first if another step runs."""
        if self._item is not None:
            raise ValidationError(N_("Stop the running agenda step before starting another."))
        if already_seconds < 0:
            raise ValidationError(N_("Time already used cannot be negative."))
        self._item = item_id
        self._started = self._clock()
        self._carried = already_seconds

    def elapsed(self) -> int:
        """Whole seconds the running step has used in all (0 when nothing runs)."""
        if self._item is None:
            return 0
        return self._carried + int(max(0.0, self._clock() - self._started))

    def stop(self) -> tuple[int, int] | None:
        """Stop; returns (item id, total seconds used), or None if nothing ran."""
        if self._item is None:
            return None
        result = (self._item, self.elapsed())
        self._item = None
        return result


def principles_from_text(text: str) -> tuple[str, ...]:
    """Stored principles (one per line) as a list; an empty store means the defaults."""
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    return lines or default_principles()


def default_principles() -> tuple[str, ...]:
    """The five feedback principles in the language in force (a new conference stores them)."""
    return tuple(_(principle) for principle in DEFAULT_PRINCIPLES)


def checked_principles(principles: Iterable[str]) -> tuple[str, ...]:
    """Principles as the team edited them: trimmed, blank lines dropped, at least one."""
    cleaned = tuple(p.strip() for p in principles if p.strip())
    if not cleaned:
        raise ValidationError(N_("Keep at least one feedback principle (for example, mutual "
                                 "respect)."))
    long = [p[:40] + "…" for p in cleaned if len(p) > MAX_PRINCIPLE_LENGTH]
    if long:
        raise ValidationError.from_problems(
            N_("A principle must be at most {limit} characters"), long,
            limit=MAX_PRINCIPLE_LENGTH)
    return cleaned


def check_agenda_minutes(minutes: int) -> int:
    """Planned minutes for one agenda step: whole minutes from 0 to three hours."""
    if not 0 <= minutes <= MAX_AGENDA_MINUTES:
        raise ValidationError(
            N_("Planned time for a step must be between 0 and {limit} minutes."),
            limit=MAX_AGENDA_MINUTES)
    return minutes


def feedback_type(value: str) -> FeedbackType:
    """A stored or typed feedback type, or a clear error naming the four allowed."""
    try:
        return FeedbackType(value.strip().lower())
    except ValueError:
        allowed = ", ".join(t.value for t in FeedbackType)
        raise ValidationError(N_("'{value}' is not a feedback type; use one of: {allowed}."),
                              value=value, allowed=allowed) from None


def check_plan_field(value: str) -> str:
    """An action's target field: empty, or one of :data:`PLAN_FIELDS`."""
    if value and value not in PLAN_FIELDS:
        allowed = ", ".join(PLAN_FIELDS)
        raise ValidationError(N_("'{value}' is not a part of the plan; use one of: {allowed}."),
                              value=value, allowed=allowed)
    return value


class HasFocusAndType(Protocol):
    """Anything with a focus and a feedback type (stored records, report rows)."""

    @property
    def focus(self) -> str: ...

    @property
    def type(self) -> str: ...


F = TypeVar("F", bound=HasFocusAndType)


def focus_order(items: Sequence[F], groups_focus: Sequence[str] = ()) -> list[str]:
    """Foci in report order: the groups' foci first (as grouped), then others, General last."""
    seen: list[str] = []
    for focus in [*groups_focus, *(i.focus for i in items)]:
        name = focus.strip() or GENERAL_FOCUS
        if name not in seen and any((i.focus.strip() or GENERAL_FOCUS) == name for i in items):
            seen.append(name)
    if GENERAL_FOCUS in seen:
        seen.remove(GENERAL_FOCUS)
        seen.append(GENERAL_FOCUS)
    return seen


@dataclass(frozen=True)
class FeedbackBlock(Generic[F]):
    """Feedback of one type under one focus, in the order it was recorded."""

    focus: str
    type: FeedbackType
    items: tuple[F, ...]


def group_by_focus_and_type(
    items: Sequence[F], groups_focus: Sequence[str] = ()
) -> list[FeedbackBlock[F]]:
    """Blocks by focus, then by type with strengths first; empty blocks are left out."""
    blocks: list[FeedbackBlock[F]] = []
    for focus in focus_order(items, groups_focus):
        for kind in FeedbackType:
            chosen = tuple(
                i for i in items
                if (i.focus.strip() or GENERAL_FOCUS) == focus and i.type == kind.value
            )
            if chosen:
                blocks.append(FeedbackBlock(focus, kind, chosen))
    return blocks
