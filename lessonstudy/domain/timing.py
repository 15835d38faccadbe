"""Lesson time as teachers type it, print it and add it up.

Planning teams think in "m:ss" ("0:20" of pair work, "12:30" into the lesson)
but type whatever is quickest: "20", "20s", "5 min", "2m30s", full-width digits
or a Chinese colon. Durations are stored as whole seconds; start times are
never stored but derived here from the durations, so a reordered or retimed
plan can never disagree with its own clock. Running over the lesson is a
warning carried by :class:`TimingSummary`, never an error.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_, _

MAX_LESSON_SECONDS = 6 * 3600
"""The longest lesson we accept; longer is almost certainly a typing slip."""

_MAX_INPUT_CHARS = 40

# Units in English, Simplified and Traditional Chinese (a Hong Kong teacher types 5分鐘) and
# Japanese (5分間, 1時間); longer words first in _UNIT so 分鐘 is not read as 分 + 鐘.
_UNIT_SECONDS: dict[str, int] = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "小时", "小時", "时", "時", "時間"),
                    3600),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "'", "分", "分钟", "分鐘", "分間"),
                    60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", '"', "秒", "秒钟", "秒鐘", "秒間"),
                    1),
}
_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"[a-z]+|['\"]|小时|小時|時間|分钟|分鐘|分間|秒钟|秒鐘|秒間|[时時分秒]"
_UNIT_PART = re.compile(rf"\s*({_NUMBER})\s*({_UNIT})\s*")
_COLON_FORM = re.compile(r"(\d+):(\d+)(?::(\d+))?")


def parse_duration(text: str, *, allow_zero: bool = False) -> int:
    """Read a typed time as whole seconds, or raise ValidationError quoting it.

    Zero is refused unless ``allow_zero`` (a start time of "0:00" is fine, a
    segment lasting nothing is not).
    """
    shown = text.strip()
    cleaned = _normalise(text)
    if not cleaned:
        raise ValidationError(N_("Please enter a time, e.g. 0:20, 12:30, 90, 20s or 5 min"))
    if len(cleaned) > _MAX_INPUT_CHARS:
        raise _not_a_time(shown, N_("it is too long"))
    if cleaned.startswith("-"):
        raise _not_a_time(shown, N_("it cannot be negative"))
    if ":" in cleaned:
        seconds = _parse_colon_form(shown, cleaned)
    elif cleaned.isdecimal():
        seconds = int(cleaned)
    elif re.fullmatch(_NUMBER, cleaned):
        raise _not_a_time(shown, N_("use whole seconds or add a unit, e.g. {cleaned}m"),
                              cleaned=cleaned)
    else:
        seconds = _parse_unit_form(shown, cleaned)
    if seconds == 0 and not allow_zero:
        raise _not_a_time(shown, N_("a duration must be longer than zero"))
    return seconds


def parse_lesson_length(text: str) -> int:
    """Read a lesson's length: as :func:`parse_duration`, but a bare number is minutes.

    A teacher types "40" for a 40-minute lesson; read as seconds it made a 0:40 lesson
    that refused every segment. Segment times keep "90" = 90 seconds.
    """
    if _normalise(text).isdecimal():
        return parse_duration(text) * 60
    return parse_duration(text)


def parse_clock(text: str) -> int:
    """Read a time into the lesson ("12:30"); "0:00" is allowed."""
    return parse_duration(text, allow_zero=True)


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    folded = folded.replace("−", "-")
    return re.sub(r"\s*:\s*", ":", folded)


def _not_a_time(shown: str, reason: str, **arguments: object) -> ValidationError:
    """``reason`` is a message id, translated now (the error's own text waits until read)."""
    return ValidationError(N_("'{shown}' is not a time: {reason}"), shown=shown,
                           reason=_(reason).format(**arguments) if arguments else _(reason))


def _parse_colon_form(shown: str, cleaned: str) -> int:
    match = _COLON_FORM.fullmatch(cleaned)
    if match is None:
        raise _not_a_time(shown, N_("use m:ss or h:mm:ss, e.g. 0:20, 12:30, 90, 20s or 5 min"))
    first, second, third = match.groups()
    if third is None:
        return int(first) * 60 + _sixty(shown, second, "seconds")
    minutes = _sixty(shown, second, "minutes")
    return int(first) * 3600 + minutes * 60 + _sixty(shown, third, "seconds")


def _sixty(shown: str, digits: str, name: str) -> int:
    """One two-digit field of a clock time, which must be 00-59."""
    if len(digits) != 2:
        raise _not_a_time(shown, N_("write seconds with two digits, e.g. 1:05")
                          if name == "seconds" else N_("write minutes with two digits, e.g. 1:05"))
    value = int(digits)
    if value >= 60:
        raise _not_a_time(shown, N_("seconds must be 0-59") if name == "seconds"
                          else N_("minutes must be 0-59"))
    return value


def _parse_unit_form(shown: str, cleaned: str) -> int:
    total = Decimal(0)
    seen: set[int] = set()
    position = 0
    while position < len(cleaned):
        match = _UNIT_PART.match(cleaned, position)
        if match is None:
            raise _not_a_time(shown, N_("try e.g. 0:20, 12:30, 90, 20s or 5 min"))
        number, unit = match.groups()
        size = _UNIT_SECONDS.get(unit)
        if size is None:
            raise _not_a_time(shown, N_("'{unit}' is not a unit of time"), unit=unit)
        if size in seen:
            raise _not_a_time(shown, N_("'{unit}' is given twice"), unit=unit)
        seen.add(size)
        total += Decimal(number) * size
        position = match.end()
    if total != total.to_integral_value():
        raise _not_a_time(shown, N_("it must come to whole seconds"))
    return int(total)


def format_duration(seconds: int) -> str:
    """A duration as teachers write it: "0:20", "12:30", "1:05:00"."""
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {seconds}")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_clock(seconds: int) -> str:
    """A time into the lesson, padded so a column of start times lines up: "05:30"."""
    if seconds < 0:
        raise ValueError(f"a time into the lesson cannot be negative: {seconds}")
    if seconds >= 3600:
        return format_duration(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def format_delta(seconds: int) -> str:
    """A signed difference against plan: "+2:00", "-0:30", "0:00"."""
    if seconds == 0:
        return "0:00"
    sign = "+" if seconds > 0 else "-"
    return sign + format_duration(abs(seconds))


@dataclass(frozen=True)
class Slot:
    """Where one segment sits on the lesson clock, derived from the durations."""

    start: int
    end: int

    @property
    def seconds(self) -> int:
        return self.end - self.start


def schedule(durations: Sequence[int], *, start: int = 0) -> list[Slot]:
    """Each segment's slot when they run back to back from ``start``."""
    if any(seconds < 0 for seconds in durations):
        raise ValueError(f"durations cannot be negative: {list(durations)}")
    ends = list(itertools.accumulate(durations, initial=start))
    return [Slot(begin, end) for begin, end in itertools.pairwise(ends)]


def segment_at(durations: Sequence[int], elapsed: int) -> int | None:
    """Index of the segment running ``elapsed`` seconds in, or None past the end."""
    ends = list(itertools.accumulate(durations))
    index = bisect.bisect_right(ends, elapsed)
    return index if elapsed >= 0 and index < len(ends) else None


@dataclass(frozen=True)
class TimingSummary:
    """How the planned segments add up against the lesson length."""

    planned_seconds: int
    lesson_seconds: int

    @property
    def over_by(self) -> int:
        return max(0, self.planned_seconds - self.lesson_seconds)

    @property
    def under_by(self) -> int:
        return max(0, self.lesson_seconds - self.planned_seconds)

    @property
    def fits(self) -> bool:
        return self.planned_seconds <= self.lesson_seconds

    @property
    def warning(self) -> str | None:
        """A plain sentence for the editor's status line when the plan runs over."""
        if self.fits:
            return None
        return (
            f"The plan runs {format_duration(self.over_by)} over the "
            f"{format_duration(self.lesson_seconds)} lesson"
        )


def summarise(
    durations: Sequence[int], lesson_seconds: int = DEFAULT_LESSON_SECONDS
) -> TimingSummary:
    """Total the planned durations against the lesson."""
    return TimingSummary(sum(durations), lesson_seconds)


def segment_duration_problem(
    seconds: int, lesson_seconds: int = DEFAULT_LESSON_SECONDS
) -> str | None:
    """Why a planned segment duration is unacceptable (reader's language), or None if fine."""
    if seconds <= 0:
        return _("A segment must last longer than 0:00")
    if seconds > lesson_seconds:
        return _("A segment of {length} is longer than the {lesson} lesson").format(
            length=format_duration(seconds), lesson=format_duration(lesson_seconds))
    return None


def validate_segment_duration(seconds: int, lesson_seconds: int = DEFAULT_LESSON_SECONDS) -> None:
    """Raise ValidationError unless the segment lasts 0 < seconds <= lesson."""
    problem = segment_duration_problem(seconds, lesson_seconds)
    if problem:
        raise ValidationError(problem, [problem])


def lesson_duration_problem(seconds: int) -> str | None:
    """Why a lesson length is unacceptable (in the reader's language), or None if it is fine."""
    if seconds <= 0:
        return _("A lesson must last longer than 0:00")
    if seconds > MAX_LESSON_SECONDS:
        return _("A lesson of {length} is longer than the {limit} limit").format(
            length=format_duration(seconds), limit=format_duration(MAX_LESSON_SECONDS))
    return None


def validate_lesson_duration(seconds: int) -> None:
    """Raise ValidationError unless 0 < seconds <= MAX_LESSON_SECONDS."""
    problem = lesson_duration_problem(seconds)
    if problem:
        raise ValidationError(problem, [problem])
