"""The department head's view of the library: one row per debriefed teaching, and filters.

A department head looks across teams, cycles and terms: which lessons were
taught and debriefed, what the observers said (how many strengths, questions,
suggestions, concerns) and how many agreed actions are still open. The same
rows feed the department table in the window and ``lessonstudy packet``; the
filter rules live here, once, so the table and the command line select
exactly the same lessons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_, _, separated


@dataclass(frozen=True)
class FeedbackCounts:
    """How many feedback items of each type a conference recorded."""

    strengths: int = 0
    questions: int = 0
    suggestions: int = 0
    concerns: int = 0

    @property
    def total(self) -> int:
        return self.strengths + self.questions + self.suggestions + self.concerns


@dataclass(frozen=True)
class DepartmentRow:
    """A teaching that had a post-lesson conference, with what the table shows about it."""

    teaching_id: int
    lesson_id: int
    lesson_title: str
    team_id: int
    team_name: str
    school: str
    subject: str
    cycle_id: int
    research_theme: str
    teacher: str
    date: date | None
    kind: str
    class_name: str
    version_number: int
    feedback: FeedbackCounts
    open_actions: int
    closed_actions: int

    @property
    def date_text(self) -> str:
        """ISO date, or empty when the teaching has none."""
        return self.date.isoformat() if self.date else ""

    def haystack(self) -> str:
        """Everything the free-text filter searches, lower-cased."""
        parts = (self.lesson_title, self.team_name, self.school, self.subject,
                 self.research_theme, self.teacher, self.class_name, self.kind, self.date_text)
        return "\n".join(parts).casefold()


@dataclass(frozen=True)
class DepartmentFilter:
    """Which rows to keep: by team and cycle id, a date range (inclusive) and words."""

    team_id: int | None = None
    cycle_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                N_("The start date {start} is after the end date {end}."),
                start=self.date_from.isoformat(), end=self.date_to.isoformat())

    def matches(self, row: DepartmentRow) -> bool:
        """True when the row passes every filter that is set."""
        if self.team_id is not None and row.team_id != self.team_id:
            return False
        if self.cycle_id is not None and row.cycle_id != self.cycle_id:
            return False
        if (self.date_from or self.date_to) and not self._in_range(row.date):
            return False
        return all(word in row.haystack() for word in self.text.casefold().split())

    def _in_range(self, when: date | None) -> bool:
        if when is None:
            return False
        if self.date_from and when < self.date_from:
            return False
        return not (self.date_to and when > self.date_to)

    def describe(self) -> str:
        """The filters in words, for messages such as "nothing matches …"."""
        parts = []
        if self.date_from:
            parts.append(_("from {date}").format(date=self.date_from.isoformat()))
        if self.date_to:
            parts.append(_("to {date}").format(date=self.date_to.isoformat()))
        if self.text.strip():
            parts.append(_("containing '{text}'").format(text=self.text.strip()))
        return separated(parts)


def apply_filter(rows: Iterable[DepartmentRow], chosen: DepartmentFilter) -> list[DepartmentRow]:
    """The rows that pass ``chosen``, in their given order."""
    return [row for row in rows if chosen.matches(row)]


def packet_order(rows: Sequence[DepartmentRow]) -> list[DepartmentRow]:
    """The order a packet prints lessons in: by date (undated last), team, title."""
    return sorted(rows, key=lambda r: (r.date is None, r.date or date.min, r.team_name.casefold(),
                                       r.lesson_title.casefold(), r.teaching_id))


def parse_iso_date(text: str, what: str | None = None) -> date:
    """A date typed as YYYY-MM-DD, or a ValidationError quoting it and showing the format."""
    cleaned = text.strip()
    try:
        if len(cleaned) != 10:
            raise ValueError(cleaned)
        return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(
            N_("'{cleaned}' is not a valid {what}: use the form YYYY-MM-DD, e.g. 2026-11-03."),
            cleaned=cleaned, what=what or _("date")) from None


def date_range_text(dates: Iterable[date | None]) -> str:
    """"2026-09-07 – 2026-11-20", one date if all are the same, "" if none."""
    known = sorted(d for d in dates if d is not None)
    if not known:
        return ""
    first, last = known[0].isoformat(), known[-1].isoformat()
    return first if first == last else f"{first} – {last}"
