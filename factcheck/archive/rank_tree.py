"""Values by rank (the order a property's values were first given), and the first rank at
or after a given one whose value passes a test, in O(log n).

The archive looks past values a correction excuses for the first value, in the order they
were given, that conflicts with a new one (`index._Slot.conflict`). Scanning every value
made that files × values on an archive built for it (thousands of files correcting one
claim while a value given late conflicts with them). A segment tree over the ranks answers
"the first rank from here whose upper end is below this" (or "whose name is not this")
by skipping whole subtrees that cannot hold one, so each step costs O(log n) and values
are appended as they are given, in O(1) amortized.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

# Above every end a span has (an open end sorts before a closed one at the same number:
# 0 and 1), so a rank without that end never passes `below`.
TOP = (math.inf, 9)


class _Tree:
    """A complete binary tree over ranks 0..capacity-1; each node sums its leaves."""

    def __init__(self, empty: Any, combine: Callable[[Any, Any], Any]) -> None:
        self.empty = empty
        self.combine = combine
        self.size = 0
        self.capacity = 1
        self.nodes: list[Any] = [empty, empty]

    def append(self, value: Any) -> None:
        """Give the next rank its value."""
        if self.size == self.capacity:
            self._grow()
        node = self.capacity + self.size
        self.size += 1
        self.nodes[node] = value
        node //= 2
        while node:
            self.nodes[node] = self.combine(self.nodes[2 * node], self.nodes[2 * node + 1])
            node //= 2

    def _grow(self) -> None:
        leaves = self.nodes[self.capacity : self.capacity + self.size]
        self.capacity *= 2
        self.nodes = [self.empty] * (2 * self.capacity)
        self.nodes[self.capacity : self.capacity + len(leaves)] = leaves
        for node in range(self.capacity - 1, 0, -1):
            self.nodes[node] = self.combine(self.nodes[2 * node], self.nodes[2 * node + 1])

    def first(self, start: int, holds: Callable[[Any], bool]) -> int | None:
        """The least rank ≥ `start` whose value passes `holds`, where `holds` of a node's
        summary says whether any leaf under it passes (so the search skips the rest)."""
        if start >= self.size:
            return None
        return self._first(1, 0, self.capacity, start, holds)

    def _first(
        self, node: int, left: int, right: int, start: int, holds: Callable[[Any], bool]
    ) -> int | None:
        if right <= start or not holds(self.nodes[node]):
            return None
        if node >= self.capacity:
            return left
        middle = (left + right) // 2
        found = self._first(2 * node, left, middle, start, holds)
        if found is None:
            found = self._first(2 * node + 1, middle, right, start, holds)
        return found


class EndTree(_Tree):
    """One end of one side of each value's span, as a sortable key (`TOP` for none)."""

    def __init__(self) -> None:
        super().__init__(TOP, min)

    def first_below(self, start: int, bound: tuple[float, int]) -> int | None:
        """The least rank ≥ `start` whose key is below `bound`."""
        return self.first(start, lambda key: key < bound)


_MIXED = object()  # a subtree whose leaves name more than one thing
_NONE = object()  # a rank that names nothing (a value not compared as a name)


def _uniform(a: Any, b: Any) -> Any:
    if a is _NONE:
        return b
    if b is _NONE or a == b:
        return a
    return _MIXED


class NameTree(_Tree):
    """What each value names (a normalized name, an ordinal), or nothing."""

    def __init__(self) -> None:
        super().__init__(_NONE, _uniform)

    def append_nothing(self) -> None:
        self.append(_NONE)

    def first_other(self, start: int, name: object) -> int | None:
        """The least rank ≥ `start` naming something other than `name`."""
        return self.first(start, lambda node: node is not _NONE and node != name)
