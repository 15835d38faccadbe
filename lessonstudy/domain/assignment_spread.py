"""Seat observers so that critical friends, schools and roles are spread out.

Once each group's head count is fixed, who sits where matters: every group
should have a critical friend, colleagues from one school should hear other
schools' views, and facilitators, recorders, timekeepers, knowledgeable others
and planning-team members are best shared around too. The priorities are, in
order: critical friends, then schools, then those other roles.

"Spread evenly" is measured as the sum of squared counts per group, which for
a fixed total is smallest exactly when the counts differ by at most one. A
greedy pass seats the hardest observers first (critical friends, then the
largest schools); a repair pass then swaps pairs of unpinned observers
between groups while that strictly lowers the (critical friends, schools,
roles) cost, so it always ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Cost = tuple[int, int, int]


@dataclass(frozen=True)
class Traits:
    """What matters about one observer when spreading people across groups.

    ``school`` and ``role`` are normalised keys, empty when they impose no
    spreading (an unknown school, or a plain visitor).
    """

    critical_friend: bool
    school: str
    role: str


class Tally:
    """Running counts per group: head count, critical friends, each school, each role."""

    def __init__(self, group_count: int) -> None:
        self.group_count = group_count
        self.size = [0] * group_count
        self.friends = [0] * group_count
        self.schools: dict[str, list[int]] = {}
        self.roles: dict[str, list[int]] = {}

    def add(self, traits: Traits, group: int, step: int = 1) -> None:
        """Count (or, with ``step=-1``, uncount) one observer in ``group``."""
        self.size[group] += step
        if traits.critical_friend:
            self.friends[group] += step
        if traits.school:
            self._counts(self.schools, traits.school)[group] += step
        if traits.role:
            self._counts(self.roles, traits.role)[group] += step

    def preference(self, traits: Traits, group: int) -> Cost:
        """How crowded ``group`` already is with people like this observer."""
        return (
            self.friends[group] if traits.critical_friend else 0,
            self.schools[traits.school][group] if traits.school in self.schools else 0,
            self.roles[traits.role][group] if traits.role in self.roles else 0,
        )

    def swap_cost(self, first: Traits, here: int, second: Traits, there: int) -> Cost:
        """Change in cost if ``first`` moves here->there and ``second`` there->here."""
        friends = 0
        if first.critical_friend != second.critical_friend:
            mover_from, mover_to = (here, there) if first.critical_friend else (there, here)
            friends = _move_cost(self.friends, mover_from, mover_to)
        return (
            friends,
            self._pair_cost(self.schools, first.school, second.school, here, there),
            self._pair_cost(self.roles, first.role, second.role, here, there),
        )

    def categories(self) -> list[tuple[int, str, list[int]]]:
        """Every count vector worth levelling, with its priority level."""
        found: list[tuple[int, str, list[int]]] = [(0, "", self.friends)]
        found += [(1, key, counts) for key, counts in self.schools.items()]
        found += [(2, key, counts) for key, counts in self.roles.items()]
        return found

    def _counts(self, table: dict[str, list[int]], key: str) -> list[int]:
        if key not in table:
            table[key] = [0] * self.group_count
        return table[key]

    @staticmethod
    def _pair_cost(
        table: dict[str, list[int]], first: str, second: str, here: int, there: int
    ) -> int:
        if first == second:
            return 0
        cost = _move_cost(table[first], here, there) if first else 0
        return cost + (_move_cost(table[second], there, here) if second else 0)


def _move_cost(counts: list[int], source: int, target: int) -> int:
    """Change in the sum of squares when one person moves source -> target."""
    return 2 * (counts[target] - counts[source]) + 2


def seat_greedily(
    order: Sequence[int],
    traits: Sequence[Traits],
    targets: Sequence[int],
    tally: Tally,
    rank: Sequence[int],
) -> dict[int, int]:
    """Seat observers in ``order``, each where people like them are fewest."""
    seats: dict[int, int] = {}
    open_groups = [g for g in range(len(targets)) if tally.size[g] < targets[g]]
    for person in order:
        mine = traits[person]
        group = _best_group(mine, open_groups, targets, tally, rank)
        seats[person] = group
        tally.add(mine, group)
        if tally.size[group] >= targets[group]:
            open_groups.remove(group)
    return seats


def _best_group(
    mine: Traits, open_groups: list[int], targets: Sequence[int], tally: Tally, rank: Sequence[int]
) -> int:
    def crowding(g: int) -> tuple[int, int, int, int, int]:
        return (*tally.preference(mine, g), tally.size[g] - targets[g], rank[g])

    return min(open_groups, key=crowding)


def improve_by_swaps(seats: dict[int, int], traits: Sequence[Traits], tally: Tally) -> None:
    """Swap pairs of unpinned observers while that lowers the spreading cost."""
    members: list[list[int]] = [[] for _ in range(tally.group_count)]
    for person, group in seats.items():
        members[group].append(person)
    improved = True
    while improved:
        improved = False
        for level, key, counts in tally.categories():
            for crowded, sparse in _uneven_pairs(counts):
                if _swap_one(level, key, crowded, sparse, members, seats, traits, tally):
                    improved = True


def _uneven_pairs(counts: list[int]) -> list[tuple[int, int]]:
    """Pairs of groups whose counts differ by two or more, most uneven first."""
    pairs = [
        (a, b) for a in range(len(counts)) for b in range(len(counts)) if counts[a] - counts[b] > 1
    ]
    return sorted(pairs, key=lambda pair: counts[pair[1]] - counts[pair[0]])


def _swap_one(
    level: int,
    key: str,
    crowded: int,
    sparse: int,
    members: list[list[int]],
    seats: dict[int, int],
    traits: Sequence[Traits],
    tally: Tally,
) -> bool:
    """Make the first improving swap of a ``key`` person out of ``crowded``."""
    for i, person in enumerate(members[crowded]):
        mine = traits[person]
        if not _belongs(mine, level, key):
            continue
        for j, other in enumerate(members[sparse]):
            if tally.swap_cost(mine, crowded, traits[other], sparse) < (0, 0, 0):
                tally.add(mine, crowded, -1)
                tally.add(traits[other], sparse, -1)
                tally.add(mine, sparse)
                tally.add(traits[other], crowded)
                members[crowded][i], members[sparse][j] = other, person
                seats[person], seats[other] = sparse, crowded
                return True
    return False


def _belongs(traits: Traits, level: int, key: str) -> bool:
    if level == 0:
        return traits.critical_friend
    return (traits.school if level == 1 else traits.role) == key
