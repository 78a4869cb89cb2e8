"""Choose among overlapping candidate spans: the longest one whose words parse wins."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple


class Candidate(NamedTuple):
    """A span a pattern found, and the phrase to parse for its value (often the span itself).

    A named tuple rather than a dataclass: as cheap to hash and compare, and a millisecond
    cheaper to create at import."""

    start: int
    end: int
    phrase: str


class Taken:
    """Character ranges already claimed, with a fast overlap test for small articles."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask: set[int] = set()
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._mask.update(range(start, end))

    def hits(self, start: int, end: int) -> bool:
        """Whether any character of [start, end) is taken."""
        return not self._mask.isdisjoint(range(start, end))

    def covers(self, index: int) -> bool:
        """Whether character ``index`` is taken."""
        return index in self._mask


def pick_longest(
    candidates: Iterable[Candidate],
    parse: Callable[[Candidate], object | None],
    blocked: Taken | None = None,
) -> list[tuple[Candidate, object]]:
    """Longest candidates first; keep one if it parses and overlaps nothing kept or blocked."""
    ordered = sorted(set(candidates), key=lambda c: (-(c.end - c.start), c.start))
    taken = Taken()
    kept: list[tuple[Candidate, object]] = []
    for candidate in ordered:
        if taken.hits(candidate.start, candidate.end):
            continue
        if blocked is not None and blocked.hits(candidate.start, candidate.end):
            continue
        value = parse(candidate)
        if value is None:
            continue
        taken.add(candidate.start, candidate.end)
        kept.append((candidate, value))
    kept.sort(key=lambda item: item[0].start)
    return kept
