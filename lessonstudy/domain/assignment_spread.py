"""Seat observers so that critical friends, schools and roles are spread out.

Once each group's head count is fixed, who sits where matters: every group
should have a critical friend, colleagues from one school should hear other
schools' views, and facilitators, recorders, timekeepers, knowledgeable others
and planning-team members are best shared around too. The priorities are, in
order: critical friends, then schools, then those other roles.

"Spread evenly" is measured as the sum of squared counts per group, which for
a fixed total is smallest exactly when the counts differ by at most one. A
greedy pass seats the hardest observers first (critical friends, then the
largest schools); a repair pass then moves or swaps unpinned observers
between groups while that strictly lowers the (critical friends, schools,
roles) cost, so it always ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Cost = tuple[int, int, int]
_NO_CHANGE: Cost = (0, 0, 0)


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

    def move_cost(self, traits: Traits, source: int, target: int) -> Cost:
        """Change in cost if this observer alone moves source -> target."""
        return (
            _move_cost(self.friends, source, target) if traits.critical_friend else 0,
            _move_cost(self.schools[traits.school], source, target) if traits.school else 0,
            _move_cost(self.roles[traits.role], source, target) if traits.role else 0,
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


def improve_by_swaps(
    seats: dict[int, int],
    traits: Sequence[Traits],
    tally: Tally,
    capacities: Sequence[int | None],
) -> None:
    """Move or swap unpinned observers while that lowers the spreading cost."""
    _Reseating(seats, traits, tally, capacities).run()


class _Reseating:
    """The repair pass: one person moves, or two swap, only when the cost drops.

    A move goes from a group to one exactly one smaller (and under capacity),
    which only changes which groups carry the extra person, so group sizes
    stay as balanced as planned. A swap keeps both sizes.
    """

    def __init__(
        self,
        seats: dict[int, int],
        traits: Sequence[Traits],
        tally: Tally,
        capacities: Sequence[int | None],
    ) -> None:
        self.seats, self.traits, self.tally, self.capacities = seats, traits, tally, capacities
        self.members: list[list[int]] = [[] for _ in range(tally.group_count)]
        for person, group in seats.items():
            self.members[group].append(person)

    def run(self) -> None:
        improved = True
        while improved:
            improved = False
            for level, key, counts in self.tally.categories():
                for crowded, sparse in _uneven_pairs(counts):
                    improved = self._improve(level, key, crowded, sparse) or improved

    def _improve(self, level: int, key: str, crowded: int, sparse: int) -> bool:
        """Make the first improving move or swap of a ``key`` person out of ``crowded``."""
        movable = self._can_move(crowded, sparse)
        for i, person in enumerate(self.members[crowded]):
            mine = self.traits[person]
            if not _belongs(mine, level, key):
                continue
            if movable and self.tally.move_cost(mine, crowded, sparse) < _NO_CHANGE:
                self._move(i, crowded, sparse)
                return True
            for j, other in enumerate(self.members[sparse]):
                cost = self.tally.swap_cost(mine, crowded, self.traits[other], sparse)
                if cost < _NO_CHANGE:
                    self._move(i, crowded, sparse, j)
                    return True
        return False

    def _can_move(self, source: int, target: int) -> bool:
        size = self.tally.size
        capacity = self.capacities[target]
        return size[target] + 1 == size[source] and (capacity is None or size[source] <= capacity)

    def _move(self, i: int, source: int, target: int, j: int | None = None) -> None:
        """Move member ``i`` of source to target; with ``j``, member j comes back."""
        person = self.members[source][i]
        self.tally.add(self.traits[person], source, -1)
        self.tally.add(self.traits[person], target)
        self.seats[person] = target
        if j is None:
            self.members[source].pop(i)
            self.members[target].append(person)
            return
        other = self.members[target][j]
        self.tally.add(self.traits[other], target, -1)
        self.tally.add(self.traits[other], source)
        self.seats[other] = source
        self.members[source][i], self.members[target][j] = other, person


def _uneven_pairs(counts: list[int]) -> list[tuple[int, int]]:
    """Pairs of groups whose counts differ by two or more, most uneven first."""
    pairs = [
        (a, b) for a in range(len(counts)) for b in range(len(counts)) if counts[a] - counts[b] > 1
    ]
    return sorted(pairs, key=lambda pair: counts[pair[1]] - counts[pair[0]])


def _belongs(traits: Traits, level: int, key: str) -> bool:
    if level == 0:
        return traits.critical_friend
    return (traits.school if level == 1 else traits.role) == key
