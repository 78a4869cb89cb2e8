"""Choose among overlapping candidate spans: the longest one whose words parse wins; and
where a date's or duration's span starts once its leading "the" is taken in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions._text import word_set


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


# --- leading words: "the third quarter", "the past two months" --------------------------
#
# TimeML (and TempEval-3's strict match) takes the determiner and the modifiers of a time
# expression into its span when the expression is the whole noun phrase: "the third quarter",
# "the end of July", "the 1990s", "the past two months", "the first nine months". Where the
# date only modifies another noun ("the June 2 talks", "the 2024 election", "the
# third-quarter profit", "the 30-day ceasefire") the article belongs to that noun and is left
# out. The value reader reads the longer words the same ("the third quarter" as "third
# quarter", "the past two months" as "two months"), so a claim drafted from such a span
# grounds and verifies.

# A date that is a period named by its own noun: a quarter or half of a year, its end or
# beginning, a decade, the weekend, the quarter a story named ("the quarter", "the year-ago
# quarter", "the 1988 quarter"). Hyphenated forms ("third-quarter profit") are adjectives.
_PERIOD_DATE = re.compile(
    r"(?:(?:first|second|third|fourth) (?:quarter|half)"
    r"|(?:current|latest|previous|next|last) quarter|(?:final|last) (?:quarter|half) of "
    r"|[a-z]+\.?-[a-z]+\.? (?:quarter|period)$"
    r"|(?:year-(?:ago|earlier) |[0-9]{4} )?(?:(?:first|second|third|fourth) )?quarter$"
    r"|(?:end|beginning|middle|start) of "
    r"|(?:(?:early|mid|late)[- ])?[0-9]{3}0s$"
    r"|weekend$|[\w-]+ century$|(?:spring|summer|fall|autumn) (?:of )?[0-9]{4}$"
    r"|(?:year-(?:ago|earlier) |latest |most recent |[0-9]{4} )period$)",
    re.IGNORECASE,
)
_DATE_LEAD = LazyPattern(r"(?<![\w-])[Tt]he $")
# "the" and the modifiers TimeML keeps before a length of time, read backwards from it.
_DURATION_LEAD = re.compile(
    r"(?<![\w-])[Tt]he (?:(?:past|last|next|first|coming|latest|previous) )?$"
)
# A length of time that ends with its unit noun ("two months", "nearly three years"), not an
# adjective ("30-day", "two-month-old").
_UNIT_NOUN_END = re.compile(
    r"(?<!-)\b(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies)|quarters)(?: or so)?$"
)


def with_leading_words(text: str, kind: str, start: int, end: int) -> int:
    """Where a date or duration at [start, end) of ``text`` starts once the "the" and the
    modifiers TimeML counts as its own are taken in (``start`` itself when there are none)."""
    words = text[start:end]
    if kind == "date" and _PERIOD_DATE.match(words):
        lead = _DATE_LEAD
    elif kind == "duration" and _UNIT_NOUN_END.search(words):
        lead = _DURATION_LEAD
    else:
        return start
    if end < len(text) and (text[end] == "-" or text[end : end + 2] == "'s"):
        return start  # "the fourth-quarter", "the weekend's": an adjective or a possessive
    found = lead.search(text, max(0, start - 24), start)
    return found.start() if found else start


# "Islam will one day be ...", "the hope he one day follows ...": "one day" after a modal or
# a subject pronoun is "some day", a time to come, not a length of one day.
_SOME_DAY_BEFORE = word_set(
    "will would could can may might must should shall he she they we i you it"
)


def some_day(text: str, start: int) -> bool:
    """Whether "one day" at ``start`` of ``text`` means "some day" (see _SOME_DAY_BEFORE):
    the duration finder leaves it, the reference finder takes it as the future."""
    if not text.startswith(("one day", "One day"), start) or text[start + 7 : start + 8].isalnum():
        return False
    before = text[max(0, start - 12) : start]
    words = before.split()
    return bool(words) and before.endswith(" ") and words[-1].lower() in _SOME_DAY_BEFORE
