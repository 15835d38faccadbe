"""Split the visitors of an open class into observer groups.

An open class can bring 10 to 100 visitors; the facilitator splits them into
groups of about ten, each with its own focus. This module holds the rules, in
priority order:

1. A pinned observer stays in the group they were pinned to.
2. Group sizes differ by at most one. Capacities (seats in one corner of the
   room) are respected while other groups still have room, so a small
   capacity makes its group smaller rather than overfull; pins and capacities
   can both break the "at most one" rule, and the result says so.
3. Every group gets a critical friend while there are enough of them, and no
   group gets a second before every group has one.
4. Visitors from the same school are spread: no group gets a second member
   of a school before every group has one, as far as group sizes allow.
5. Facilitators, recorders, timekeepers, knowledgeable others and planning-
   team members are spread the same way, one role at a time, so that a group
   is not left with two recorders while another has none. This is a
   preference only and never produces a note.

The split is deterministic: the same observers, groups and seed always give
the same groups; another seed may break ties differently. Anything that
could not be achieved is explained in ``Assignment.unmet``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from lessonstudy.domain.assignment_sizes import plan_group_sizes
from lessonstudy.domain.assignment_spread import Tally, Traits, improve_by_swaps, seat_greedily
from lessonstudy.domain.assignment_unmet import SplitOutcome, explain_unmet
from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_, _

ObserverId = str | int
GroupId = str | int

PEOPLE_PER_GROUP = 10
"""The usual size of an observer group at a Hong Kong open class."""

_NOT_SPREAD_BY_ROLE = frozenset({ObserverRole.VISITOR, ObserverRole.CRITICAL_FRIEND})


@dataclass(frozen=True)
class ObserverSlot:
    """One person to place in a group, as the assignment rules see them."""

    id: ObserverId
    name: str
    school: str = ""
    role: ObserverRole = ObserverRole.VISITOR
    pinned_group: GroupId | None = None


@dataclass(frozen=True)
class GroupSlot:
    """One observer group to fill; ``capacity`` is an optional seat limit."""

    id: GroupId
    name: str
    capacity: int | None = None


@dataclass(frozen=True)
class Assignment:
    """The proposed groups: where each observer goes, and what could not be met."""

    group_of: dict[ObserverId, GroupId]
    unmet: list[str] = field(default_factory=list)

    def members(self, group_id: GroupId) -> list[ObserverId]:
        """Observer ids placed in ``group_id``, in the order they were given."""
        return [person for person, group in self.group_of.items() if group == group_id]


def suggest_group_count(observer_count: int, *, per_group: int = PEOPLE_PER_GROUP) -> int:
    """The number of groups that gives sizes closest to ``per_group`` (at least 1)."""
    if observer_count <= per_group:
        return 1
    fewer = observer_count // per_group
    more = fewer + 1
    if abs(observer_count / fewer - per_group) <= abs(observer_count / more - per_group):
        return fewer
    return more


def assign_observers(
    observers: Sequence[ObserverSlot], groups: Sequence[GroupSlot], *, seed: int = 0
) -> Assignment:
    """Place every observer in one group, following the rules in this module's docstring.

    Raises :class:`ValidationError` listing every problem when the input
    itself is unusable: duplicate ids, pins to unknown groups, negative
    capacities, or observers but no groups.
    """
    _check(observers, groups)
    if not observers:
        return Assignment(group_of={})
    rng = random.Random(seed)
    rank = list(range(len(groups)))
    rng.shuffle(rank)
    traits = [_traits_of(person) for person in observers]
    capacities = [group.capacity for group in groups]
    seats, pinned, final = _seat_pinned(observers, groups, traits)
    targets = plan_group_sizes(pinned.size, capacities, len(observers), rank)
    free = seat_greedily(_seating_order(traits, seats, rng), traits, targets, final, rank)
    improve_by_swaps(free, traits, final, capacities)
    seats.update(free)
    outcome = SplitOutcome(
        group_names=[group.name for group in groups],
        capacities=capacities,
        final=final,
        pinned=pinned,
        school_names=_school_names(observers),
    )
    group_of = {person.id: groups[seats[p]].id for p, person in enumerate(observers)}
    return Assignment(group_of=group_of, unmet=explain_unmet(outcome))


def _seat_pinned(
    observers: Sequence[ObserverSlot], groups: Sequence[GroupSlot], traits: Sequence[Traits]
) -> tuple[dict[int, int], Tally, Tally]:
    """Seat pinned observers; return their seats, a tally of pins, and a running tally."""
    index_of = {group.id: g for g, group in enumerate(groups)}
    seats: dict[int, int] = {}
    pinned, final = Tally(len(groups)), Tally(len(groups))
    for p, person in enumerate(observers):
        if person.pinned_group is not None:
            seats[p] = index_of[person.pinned_group]
            pinned.add(traits[p], seats[p])
            final.add(traits[p], seats[p])
    return seats, pinned, final


def school_key(school: str) -> str:
    """Compare school names ignoring case and spacing ("Sha Tin  college")."""
    return " ".join(school.split()).casefold()


def _traits_of(person: ObserverSlot) -> Traits:
    role = "" if person.role in _NOT_SPREAD_BY_ROLE else str(person.role)
    return Traits(
        critical_friend=person.role is ObserverRole.CRITICAL_FRIEND,
        school=school_key(person.school),
        role=role,
    )


def _seating_order(
    traits: Sequence[Traits], seats: dict[int, int], rng: random.Random
) -> list[int]:
    """Hardest to place first: critical friends, then the largest schools.

    Observers are shuffled by the seed first, so ties (schools of equal size,
    people within a school) fall differently for different seeds.
    """
    free = [p for p in range(len(traits)) if p not in seats]
    rng.shuffle(free)
    school_size: dict[str, int] = {}
    for p in free:
        school_size[traits[p].school] = school_size.get(traits[p].school, 0) + 1
    school_turn = {school: turn for turn, school in enumerate(school_size)}
    school_size[""] = 0

    def difficulty(p: int) -> tuple[bool, int, int, str]:
        mine = traits[p]
        return (not mine.critical_friend, -school_size[mine.school],
                school_turn[mine.school], mine.role)

    return sorted(free, key=difficulty)


def _school_names(observers: Sequence[ObserverSlot]) -> dict[str, str]:
    """The first spelling of each school, for notes the teacher reads."""
    names: dict[str, str] = {}
    for person in observers:
        key = school_key(person.school)
        if key and key not in names:
            names[key] = " ".join(person.school.split())
    return names


def _check(observers: Sequence[ObserverSlot], groups: Sequence[GroupSlot]) -> None:
    problems: list[str] = []
    group_ids = [group.id for group in groups]
    problems += [f"group id {gid!r} is used twice" for gid in _repeated(group_ids)]
    problems += [f"observer id {oid!r} is used twice" for oid in _repeated(
        [person.id for person in observers])]
    problems += [
        f"group '{group.name}' has a negative capacity ({group.capacity})"
        for group in groups
        if group.capacity is not None and group.capacity < 0
    ]
    known = set(group_ids)
    problems += [
        f"'{person.name}' is pinned to group {person.pinned_group!r}, which does not exist"
        for person in observers
        if person.pinned_group is not None and person.pinned_group not in known
    ]
    if observers and not groups:
        problems.append(_("there are {count} observers but no groups to put them in").format(
                            count=len(observers)))
    if problems:
        raise ValidationError.from_problems(N_("The observers cannot be split into groups:"),
                                            problems)


def _repeated(ids: Sequence[ObserverId]) -> list[ObserverId]:
    seen: set[ObserverId] = set()
    repeated: list[ObserverId] = []
    for item in ids:
        if item in seen and item not in repeated:
            repeated.append(item)
        seen.add(item)
    return repeated
