"""Plain-English notes on what a group split could not achieve, and why.

The facilitator sees these under the proposed groups, so each note names the
groups, gives the numbers and says whether pins, capacities or simple
arithmetic (two critical friends cannot cover three groups) caused it. Only
shortfalls that are unavoidable or caused by the facilitator's own pins and
capacities are expected here; anything else would be a flaw in the split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonstudy.domain.assignment_spread import Tally

_WORDS = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True)
class SplitOutcome:
    """Everything the notes need: group facts and the final and pinned counts."""

    group_names: Sequence[str]
    capacities: Sequence[int | None]
    final: Tally
    pinned: Tally
    school_names: dict[str, str]


def explain_unmet(outcome: SplitOutcome) -> list[str]:
    """Every shortfall of the split, sizes first, then critical friends, then schools."""
    return _size_notes(outcome) + _friend_notes(outcome) + _school_notes(outcome)


def _size_notes(outcome: SplitOutcome) -> list[str]:
    sizes, pinned = outcome.final.size, outcome.pinned.size
    names, caps = outcome.group_names, outcome.capacities
    notes: list[str] = []
    room = sum(cap for cap in caps if cap is not None)
    for g, cap in enumerate(caps):
        if cap is not None and sizes[g] > cap:
            if pinned[g] > cap:
                why = f"because {_count(pinned[g], 'observer')} {_are(pinned[g])} pinned to it"
            else:
                why = f"the capacities add up to {room} for {sum(sizes)} observers"
            notes.append(
                f"Group '{names[g]}' has {sizes[g]} observers, {sizes[g] - cap} over "
                f"its capacity of {cap}: {why}."
            )
    smallest, largest = min(sizes), max(sizes)
    if largest - smallest <= 1:
        return notes
    for g, size in enumerate(sizes):
        if size > smallest + 1 and size == pinned[g] and not _over(size, caps[g]):
            notes.append(
                f"Group '{names[g]}' has {size} observers because {size} {_are(size)} "
                f"pinned to it; the smallest group has {smallest}."
            )
        elif size < largest - 1 and _full(size, caps[g]):
            notes.append(
                f"Group '{names[g]}' has only {size} observers because that is its "
                f"capacity; the largest group has {largest}."
            )
    return notes


def _friend_notes(outcome: SplitOutcome) -> list[str]:
    friends, pinned = outcome.final.friends, outcome.pinned.friends
    names, total = outcome.group_names, sum(outcome.final.friends)
    without = [names[g] for g, count in enumerate(friends) if count == 0]
    crowded = [g for g, count in enumerate(pinned) if count > 1]
    pins = "; ".join(
        f"{pinned[g]} {_are(pinned[g])} pinned to group '{names[g]}'" for g in crowded
    )
    if without and total == 0:
        return ["There are no critical friends, so no group has one."]
    if without and total < len(friends):
        note = f"Only {_count(total, 'critical friend')} for {len(friends)} groups: "
        note += f"{_groups(without)} {_have(without)} none"
        return [note + (f" ({pins})." if pins else ".")]
    if without:
        whose = "its" if len(without) == 1 else "their"
        why = pins or f"{whose} places are all taken by pinned observers"
        note = f"{_groups(without)} {_have(without)} no critical friend because {why}."
        return [note[0].upper() + note[1:]]
    least = min(friends)
    return [
        f"Group '{names[g]}' has {count} critical friends ({pinned[g]} pinned there) "
        f"while group '{names[friends.index(least)]}' has {least}."
        for g, count in enumerate(friends)
        if count > least + 1
    ]


def _school_notes(outcome: SplitOutcome) -> list[str]:
    notes: list[str] = []
    names = outcome.group_names
    for key, counts in outcome.final.schools.items():
        school, people = outcome.school_names[key], sum(counts)
        most, least = max(counts), min(counts)
        if most - least <= 1:
            if most >= 2:
                some = "every group has" if most == least else "some groups have"
                notes.append(
                    f"{school} has {people} observers for {len(counts)} groups, "
                    f"so {some} {_word(most)}."
                )
            continue
        crowded, sparse = counts.index(most), counts.index(least)
        pinned_here = outcome.pinned.schools.get(key, [0] * len(counts))[crowded]
        why = (
            f" ({pinned_here} pinned there)"
            if pinned_here
            else ": group sizes and critical friends left no better split"
        )
        notes.append(
            f"{school} has {most} observers in group '{names[crowded]}' but "
            f"{_word(least)} in group '{names[sparse]}'{why}."
        )
    return notes


def _over(size: int, cap: int | None) -> bool:
    return cap is not None and size > cap


def _full(size: int, cap: int | None) -> bool:
    return cap is not None and size >= cap


SHOWN_GROUP_NAMES = 8  # a note about 500 groups names the first few, then counts the rest


def _groups(names: Sequence[str]) -> str:
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return f"group {quoted[0]}"
    if len(quoted) > SHOWN_GROUP_NAMES:
        shown = ", ".join(quoted[:SHOWN_GROUP_NAMES])
        return f"groups {shown} and {len(quoted) - SHOWN_GROUP_NAMES} more"
    return f"groups {', '.join(quoted[:-1])} and {quoted[-1]}"


def _have(names: Sequence[str]) -> str:
    return "has" if len(names) == 1 else "have"


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _word(count: int) -> str:
    return _WORDS[count] if count < len(_WORDS) else str(count)
