"""Lining up two orderings of the same things, for side-by-side comparison.

Version comparison needs two answers about a reordered list: which items kept
their relative order (the rest were moved), and one row order in which both
old and new lists can be read top to bottom. Both are plain sequence
algorithms over unique, hashable keys, kept here apart from what the keys
mean so they can be tested on their own.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def longest_common_order(old: Sequence[K], new: Sequence[K]) -> list[K]:
    """The longest subsequence of keys appearing in the same order in both lists.

    Keys missing from one side are ignored. Keys shared by both lists but not
    returned are the ones that moved; there are as few of them as possible.
    """
    in_new, in_old = set(new), set(old)
    left = [key for key in old if key in in_new]
    right = [key for key in new if key in in_old]
    lengths = [[0] * (len(right) + 1) for _ in range(len(left) + 1)]
    for i in range(len(left) - 1, -1, -1):
        for j in range(len(right) - 1, -1, -1):
            if left[i] == right[j]:
                lengths[i][j] = lengths[i + 1][j + 1] + 1
            else:
                lengths[i][j] = max(lengths[i + 1][j], lengths[i][j + 1])
    common: list[K] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] == right[j]:
            common.append(left[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return common


def aligned_order(old: Sequence[K], new: Sequence[K], anchors: Sequence[K]) -> list[K]:
    """Every key once, in an order that reads well as two aligned columns.

    The order follows ``new``; each key found only in ``old`` is placed right
    after the anchor it followed in ``old`` (or first, if no anchor preceded
    it). ``anchors`` is normally :func:`longest_common_order` of the two.
    """
    anchor_set, in_new = set(anchors), set(new)
    old_only_after: dict[K | None, list[K]] = {}
    previous: K | None = None
    for key in old:
        if key in anchor_set:
            previous = key
        elif key not in in_new:
            old_only_after.setdefault(previous, []).append(key)
    rows = list(old_only_after.get(None, []))
    for key in new:
        rows.append(key)
        if key in anchor_set:
            rows += old_only_after.get(key, [])
    return rows
