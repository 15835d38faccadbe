"""How many observers each group should get, before anyone is seated.

Splitting visitors into observer groups starts with the head count per group:
pinned observers stay where they are, capacities (a corner of the classroom
with six chairs) are respected while there is room elsewhere, and the rest is
levelled so that group sizes differ by at most one wherever pins and
capacities allow. Only when every group is full do groups go over capacity,
and then the overflow is shared out evenly.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def plan_group_sizes(
    pinned: Sequence[int],
    capacities: Sequence[int | None],
    total: int,
    rank: Sequence[int],
) -> list[int]:
    """Return the target size of each group.

    ``pinned`` is the number of observers already pinned to each group,
    ``capacities`` the optional seat limit of each group, ``total`` the number
    of observers (pinned included) and ``rank`` the tie-break order of the
    groups (lower goes first), so that a seed decides which groups get the
    extra observer when the split is not exact.
    """
    sizes = list(pinned)
    free = total - sum(pinned)
    free = _level_within_capacity(sizes, capacities, free, rank)
    if free > 0:
        _share_overflow(sizes, capacities, free, rank)
    return sizes


def _level_within_capacity(
    sizes: list[int], capacities: Sequence[int | None], free: int, rank: Sequence[int]
) -> int:
    """Give free observers to the smallest group with room; return those left over."""
    heap = [
        (size, rank[g], g)
        for g, size in enumerate(sizes)
        if _has_room(size, capacities[g])
    ]
    heapq.heapify(heap)
    while free > 0 and heap:
        size, order, g = heapq.heappop(heap)
        sizes[g] = size + 1
        free -= 1
        if _has_room(sizes[g], capacities[g]):
            heapq.heappush(heap, (sizes[g], order, g))
    return free


def _share_overflow(
    sizes: list[int], capacities: Sequence[int | None], free: int, rank: Sequence[int]
) -> None:
    """Every group is full: put the rest where the group is least over capacity."""
    heap = [
        (size - (capacities[g] or 0), size, rank[g], g) for g, size in enumerate(sizes)
    ]
    heapq.heapify(heap)
    while free > 0:
        _over, size, order, g = heapq.heappop(heap)
        sizes[g] = size + 1
        free -= 1
        heapq.heappush(heap, (sizes[g] - (capacities[g] or 0), sizes[g], order, g))


def _has_room(size: int, capacity: int | None) -> bool:
    return capacity is None or size < capacity
