"""What a regex scan of a piece of a long text finds, from the whole text's matches found once.

The direction rule (`factcheck.values.direction`) asks, for every date without a year, what
its sentence says around it: the last "will" before it, a past verb after that, the last
verb form before it, the first after it. Cutting the sentence out and scanning it again for
each date cost the whole sentence per date: a long sentence of dates took time in the square
of its length, and whoever opens a pull request writes the article. Here a pattern runs once
over the whole text; a scan of a piece is answered by bisection in those matches, and only a
few characters at the piece's edges, where the piece and the whole text may read
differently, are scanned again. Each class says when its answers are the piece's own, and
why; tests/test_linear_hostile.py holds them to the plain scans on generated text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable


class BoundedScan:
    """``pattern.finditer(text, a, b)`` (``pos`` and ``endpos``), for a pattern whose every try
    at ``p`` reads no character before ``p - 1`` nor at or after ``p + reach``: one without
    lookbehind and unbounded repeats, ``reach`` more than its longest match.

    Its answers are that scan's when the whole text's scan tries at ``a`` as well, that is
    when no match of the pattern holds both ``text[a - 1]`` and ``text[a]`` (a sentence's
    start for words; the end of a word the pattern matched). The two scans then try the same
    places and find the same matches while they read only what lies before ``b``: every match
    that starts before ``b - reach``. The rest, less than ``reach`` characters on, is scanned
    again with ``endpos=b``, where the piece ends though the text goes on ("will" cut out of
    "willing" is a match there)."""

    def __init__(self, pattern: Callable[[], re.Pattern[str]], text: str, reach: int) -> None:
        self._pattern = pattern
        self._text = text
        self._reach = reach
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _split(self, a: int, b: int) -> tuple[int, int, list[re.Match[str]]]:
        """The scan of ``text[a:b]``: the whole text's matches ``lo`` to ``hi - 1``, then
        ``tail``, the matches of the last stretch scanned again."""
        if self._starts is None:  # the whole text, once
            found = list(self._pattern().finditer(self._text))
            self._starts = [match.start() for match in found]
            self._ends = [match.end() for match in found]
        lo = bisect.bisect_left(self._starts, a)
        hi = max(lo, bisect.bisect_left(self._starts, b - self._reach))
        resume = max(a, b - self._reach, self._ends[hi - 1] if hi > lo else a)
        tail = list(self._pattern().finditer(self._text, resume, b)) if resume < b else []
        return lo, hi, tail

    def last_end(self, a: int, b: int) -> int | None:
        """Where the last match of the scan ends, or None when it finds none."""
        lo, hi, tail = self._split(a, b)
        if tail:
            return tail[-1].end()
        return self._ends[hi - 1] if hi > lo else None

    def finds(self, a: int, b: int) -> bool:
        """Whether the scan finds a match (what ``pattern.search(text, a, b)`` tells)."""
        lo, hi, tail = self._split(a, b)
        return hi > lo or bool(tail)


class SliceScan:
    """``pattern.finditer(text[a:b])``: the piece cut out, so that nothing before ``a`` is
    seen (a ``\\b`` or a lookbehind at its start reads differently in the whole text), for a
    pattern whose matches may be as long as a word is but never take in a character
    ``barrier`` matches, and whose lookbehinds read at most ``behind`` characters back.
    ``value`` is what a match is asked (whether it is a past form).

    A barrier character ends every match before it, in the piece as in the whole text, so
    every scan tries right after it, and no try before it reads past it. Past the first
    barrier ``q`` that lies ``behind`` characters into the piece, the piece's scan is the
    whole text's until the last barrier ``t`` before ``b``. So: the piece up to ``q`` is cut
    out and scanned (a few characters, once for each ``a``), the whole text's matches serve
    from ``q`` to ``t``, and ``t`` to ``b`` is scanned again with ``endpos=b``. A piece with no
    barrier far enough in is scanned as the plain scan does."""

    def __init__(
        self,
        pattern: Callable[[], re.Pattern[str]],
        text: str,
        *,
        barrier: Callable[[], re.Pattern[str]],
        behind: int,
        value: Callable[[re.Match[str]], object],
    ) -> None:
        self._pattern = pattern
        self._text = text
        self._barrier = barrier
        self._behind = behind
        self._value = value
        self._starts: list[int] | None = None
        self._values: list[object] = []
        self._heads: dict[int, tuple[int, list[object]]] = {}
        self._last_barriers: dict[int, int] = {}

    def first(self, a: int, b: int) -> object | None:
        """``value`` of the scan's first match, or None when it finds none."""
        return self._find(a, b, last=False)

    def last(self, a: int, b: int) -> object | None:
        """``value`` of the scan's last match, or None when it finds none."""
        return self._find(a, b, last=True)

    def _find(self, a: int, b: int, *, last: bool) -> object | None:
        if a >= b:
            return None
        head = self._head(a, b)
        if head is None:  # no barrier far enough in: the piece itself
            values = [self._value(match) for match in self._pattern().finditer(self._text[a:b])]
            return (values[-1] if last else values[0]) if values else None
        q, head_values = head
        t = self._last_barrier(q, b)
        if self._starts is None:  # the whole text, once
            found = list(self._pattern().finditer(self._text))
            self._starts = [match.start() for match in found]
            self._values = [self._value(match) for match in found]
        lo, hi = bisect.bisect_left(self._starts, q), bisect.bisect_left(self._starts, t)
        if not last and (head_values or hi > lo):
            return head_values[0] if head_values else self._values[lo]
        tail = list(self._pattern().finditer(self._text, t, b)) if t < b else []
        if not last:
            return self._value(tail[0]) if tail else None
        if tail:
            return self._value(tail[-1])
        if hi > lo:
            return self._values[hi - 1]
        return head_values[-1] if head_values else None

    def _head(self, a: int, b: int) -> tuple[int, list[object]] | None:
        """The first barrier ``q`` past ``a + behind`` and the values of the matches of
        ``text[a:q]``; None when no barrier lies there before ``b``."""
        known = self._heads.get(a)
        if known is not None:
            return known if known[0] <= b else None
        found = self._barrier().search(self._text, a + self._behind, b)
        if found is None:
            return None
        q = found.end()
        values = [self._value(match) for match in self._pattern().finditer(self._text[a:q])]
        self._heads[a] = (q, values)
        return q, values

    def _last_barrier(self, q: int, b: int) -> int:
        """The last place ``t <= b`` right after a barrier (``q`` is one)."""
        known = self._last_barriers.get(b)
        if known is not None:  # the last barrier before b, whatever q asked
            return known
        t = b
        barrier = self._barrier()
        while t > q and not barrier.match(self._text, t - 1):
            t -= 1
        self._last_barriers[b] = t
        return t
