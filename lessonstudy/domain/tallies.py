"""Tally counters: what an observer group counts, the COPUS set, and counts by segment.

Interval instruments (COPUS, GORP, eCOVE) count events — a pupil's question,
pupil-to-pupil talk, wait time over three seconds — and show them per
interval. Each press is kept with its lesson time and running segment, so the
counts per segment and per two-minute interval are derived, never stored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lessonstudy.i18n import N_, _

INTERVAL_SECONDS = 120
MAX_COUNTERS = 30
#: Keys offered to counters in order; digits stay free for picking tables on the map.
KEYS = "qwertyuiopasdfghjklzxcvbnm"


@dataclass(frozen=True)
class CounterSpec:
    """A counter as the team defines it."""

    label: str
    key: str
    code: str = ""
    id: int | None = None


#: COPUS (Smith et al. 2013) codes most used in school lessons: what pupils and the teacher do.
COPUS: tuple[tuple[str, str], ...] = (
    ("L", N_("Pupils listening")),
    ("Ind", N_("Individual thinking")),
    ("WG", N_("Group worksheet")),
    ("OG", N_("Other group work")),
    ("AnQ", N_("Pupil answers question")),
    ("SQ", N_("Pupil asks question")),
    ("WC", N_("Whole-class discussion")),
    ("SP", N_("Pupil presentation")),
    ("Lec", N_("Teacher lecturing")),
    ("RtW", N_("Teacher writing on board")),
    ("FUp", N_("Teacher follows up")),
    ("PQ", N_("Teacher poses question")),
    ("MG", N_("Teacher moves and guides")),
    ("1o1", N_("One-to-one talk")),
    ("D/V", N_("Demonstration or video")),
    ("W", N_("Waiting")),
)

SUGGESTED: tuple[tuple[str, str], ...] = (
    ("PQ", N_("Pupil question")),
    ("TQ", N_("Teacher question")),
    ("PP", N_("Pupil-to-pupil talk")),
    ("WT", N_("Wait time > 3 s")),
)


def copus_set() -> list[CounterSpec]:
    """The COPUS codes as counters with keys, ready to add to a group."""
    return [CounterSpec(_(label), KEYS[i], code) for i, (code, label) in enumerate(COPUS)]


def suggested_set() -> list[CounterSpec]:
    """A small starting set (pupil and teacher questions, pupil talk, wait time)."""
    return [CounterSpec(_(label), KEYS[i], code) for i, (code, label) in enumerate(SUGGESTED)]


def counter_problems(counters: list[CounterSpec]) -> list[str]:
    """Rules a group's counters must keep: a name each, one single-key each, no key twice."""
    problems = []
    if len(counters) > MAX_COUNTERS:
        problems.append(_("A group can count at most {most} things.").format(most=MAX_COUNTERS))
    keys: Counter[str] = Counter(c.key.lower() for c in counters)
    for counter in counters:
        if not counter.label.strip():
            problems.append(_("Every counter needs a name."))
        if len(counter.key) != 1 or not counter.key.isalpha():
            problems.append(_("The key of '{name}' must be one letter.")
                            .format(name=counter.label))
    for key, n in sorted(keys.items()):
        if n > 1 and key:
            problems.append(_("The key '{key}' is used by {n} counters; each needs its own.")
                            .format(key=key, n=n))
    return problems


def interval_of(elapsed_seconds: int) -> int:
    """The two-minute interval (0, 1, 2…) a moment of the lesson falls in."""
    return max(0, elapsed_seconds) // INTERVAL_SECONDS


def interval_label(index: int) -> str:
    start = index * INTERVAL_SECONDS // 60
    return f"{start}–{start + INTERVAL_SECONDS // 60}′"
