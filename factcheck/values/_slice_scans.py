"""What a regex scan of a piece of a long text finds, from the whole text's matches found once.

The direction rule (`factcheck.values.direction`) asks, for every date without a year, what
its sentence says around it: the last "will" before it, a past verb after that, the last
verb form before it, the first after it. Cutting the sentence out and scanning it again for
each date cost the whole sentence per date: a long sentence of dates took time in the square
of its length, and whoever opens a pull request writes the article. Here a pattern's matches
in the whole text are found once, a block of lines at a time when a look-up first reaches it
(most paragraphs hold no yearless date and are never scanned); a scan of a piece is
answered by bisection in those matches, and only a few characters at the piece's edges,
where the piece and the whole text may read differently, are scanned again. Each class says
when its answers are the piece's own, and why; tests/test_linear_hostile.py holds them to
the plain scans on generated text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

# How long a block of text is scanned at once, at least (about a paragraph): it runs on to the
# next line's start. A sentence ends at a line break, so a look-up reads one block.
_BLOCK = 256


class _BlockMatches:
    """The matches of ``pattern.finditer(text)``, for a pattern whose matches never hold a
    line break, found a block of lines at a time when a look-up first reaches the block.

    Why blocks: an article's yearless dates lie in a few of its paragraphs; scanning only
    the blocks their sentences reach saves scanning the rest. Why they are the whole
    text's matches: no match holds a "\\n", so the whole text's scan tries right after every
    one; a block starts there, and its scan, with the text before it still in sight of the
    lookbehinds and ``endpos`` just after the next "\\n", tries at the same places and reads
    the same characters (every match and every try ends at that "\\n")."""

    def __init__(
        self,
        pattern: Callable[[], re.Pattern[str]],
        text: str,
        value: Callable[[re.Match[str]], object],
    ) -> None:
        self._pattern = pattern
        self._text = text
        self._value = value
        self._bounds: list[int] | None = None
        self._blocks: dict[int, tuple[list[int], list[int], list[object]]] = {}

    def _block_bounds(self) -> list[int]:
        """Where each block starts, then the text's end: the start of the first line at or
        after every multiple of ``_BLOCK`` (each line break looked for once)."""
        if self._bounds is None:
            text, bounds, at = self._text, [0], _BLOCK
            while at < len(text):
                found = text.find("\n", at)
                if found < 0:
                    break
                bounds.append(found + 1)
                at = max(found + 1, bounds[-1] - bounds[-1] % _BLOCK + _BLOCK)
            if bounds[-1] != len(text):
                bounds.append(len(text))
            self._bounds = bounds
        return self._bounds

    def _block(self, k: int) -> tuple[list[int], list[int], list[object]]:
        known = self._blocks.get(k)
        if known is None:
            bounds = self._block_bounds()
            found = list(self._pattern().finditer(self._text, bounds[k], bounds[k + 1]))
            known = (
                [match.start() for match in found],
                [match.end() for match in found],
                [self._value(match) for match in found],
            )
            self._blocks[k] = known
        return known

    def last(self, x: int, y: int) -> tuple[int, object] | None:
        """The end and value of the last match starting in ``[x, y)``; None if none does."""
        if x >= y:
            return None
        bounds = self._block_bounds()
        first_block = bisect.bisect_right(bounds, x) - 1
        for k in range(bisect.bisect_right(bounds, y - 1) - 1, first_block - 1, -1):
            starts, ends, values = self._block(k)
            i = bisect.bisect_left(starts, y) - 1
            if i >= 0 and starts[i] >= x:
                return ends[i], values[i]
            if i >= 0:
                return None
        return None

    def first(self, x: int, y: int) -> object | None:
        """The value of the first match starting in ``[x, y)``; None if none does."""
        if x >= y:
            return None
        bounds = self._block_bounds()
        last_block = bisect.bisect_right(bounds, y - 1) - 1
        for k in range(bisect.bisect_right(bounds, x) - 1, last_block + 1):
            starts, _, values = self._block(k)
            i = bisect.bisect_left(starts, x)
            if i < len(starts):
                return values[i] if starts[i] < y else None
        return None


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
        self._matches = _BlockMatches(pattern, text, lambda match: None)

    def _split(self, a: int, b: int) -> tuple[int | None, list[re.Match[str]]]:
        """The scan of ``text[a:b]``: where the last of the whole text's matches that serve
        ends (None if none does), then ``tail``, the matches of the last stretch scanned
        again."""
        found = self._matches.last(a, b - self._reach)
        whole_end = found[0] if found is not None else None
        resume = max(a, b - self._reach, whole_end if whole_end is not None else a)
        tail = list(self._pattern().finditer(self._text, resume, b)) if resume < b else []
        return whole_end, tail

    def last_end(self, a: int, b: int) -> int | None:
        """Where the last match of the scan ends, or None when it finds none."""
        whole_end, tail = self._split(a, b)
        return tail[-1].end() if tail else whole_end

    def finds(self, a: int, b: int) -> bool:
        """Whether the scan finds a match (what ``pattern.search(text, a, b)`` tells)."""
        whole_end, tail = self._split(a, b)
        return whole_end is not None or bool(tail)


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
        self._matches = _BlockMatches(pattern, text, value)
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
        if not last:
            if head_values:
                return head_values[0]
            found = self._matches.first(q, t)
            if found is not None:
                return found
            tail = list(self._pattern().finditer(self._text, t, b)) if t < b else []
            return self._value(tail[0]) if tail else None
        tail = list(self._pattern().finditer(self._text, t, b)) if t < b else []
        if tail:
            return self._value(tail[-1])
        whole = self._matches.last(q, t)
        if whole is not None:
            return whole[1]
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
