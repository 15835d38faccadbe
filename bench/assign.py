"""How long splitting open-class visitors into observer groups takes.

The facilitator presses "Split into groups" with the whole visitor list on
screen, so it must feel instant: the target is well under 100 ms for 200
observers in 10 groups. A naive round-robin on the same people, measured in
the same run, gives a floor to compare against (it ignores every rule).

Run: .venv/bin/python bench/assign.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial

from lessonstudy.domain.assignment import GroupSlot, ObserverSlot, assign_observers
from lessonstudy.domain.enums import ObserverRole

REPEATS = 21
SCHOOLS = 40
CRITICAL_FRIENDS = 15
PINS = 4


def open_class(observer_count: int, group_count: int) -> tuple[list[ObserverSlot], list[GroupSlot]]:
    """Visitors from 40 schools, 15 critical friends, a few people pinned to groups."""
    rng = random.Random(2024)
    groups = [GroupSlot(f"G{g}", f"Group {g + 1}") for g in range(group_count)]
    observers = [
        ObserverSlot(
            id=i,
            name=f"Observer {i}",
            school=f"School {rng.randrange(SCHOOLS)}",
            role=ObserverRole.CRITICAL_FRIEND if i < CRITICAL_FRIENDS else ObserverRole.VISITOR,
            pinned_group=groups[i % group_count].id if i >= observer_count - PINS else None,
        )
        for i in range(observer_count)
    ]
    return observers, groups


def round_robin(observers: Sequence[ObserverSlot], groups: Sequence[GroupSlot]) -> dict[int, str]:
    """The baseline: deal people out in turn, ignoring pins, schools and roles."""
    return {int(person.id): str(groups[i % len(groups)].id) for i, person in enumerate(observers)}


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    print(f"median of {REPEATS} runs; {SCHOOLS} schools, {CRITICAL_FRIENDS} critical friends, "
          f"{PINS} pins")
    for observer_count, group_count in ((200, 10), (1000, 10)):
        observers, groups = open_class(observer_count, group_count)
        rules = median_ms(partial(assign_observers, observers, groups, seed=1))
        naive = median_ms(partial(round_robin, observers, groups))
        print(
            f"{observer_count:5d} observers / {group_count} groups: assign_observers "
            f"{rules:7.2f} ms, round-robin {naive:6.3f} ms, ratio {rules / naive:6.0f}x"
        )


if __name__ == "__main__":
    main()
