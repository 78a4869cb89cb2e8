"""Dates stated by their distance from another event: "a day earlier", "the eve of the talks".

"The drones struck a day earlier" dates the strike by the talks, not by the calendar. A
claims file says so with `value: {relative_to: talks-date, offset: -P1D}`; `DateOffset` is
that value, and `parse_event_offset` reads the distance the article's words state, so the
two can be compared. The date itself is the other claim's date moved by the offset
(`DateOffset.apply`), worked out where all claims are known (`factcheck.consistency.facts`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from factcheck.lazy_pattern import LazyPattern
from factcheck.values._memo import per_article
from factcheck.values.types import DateValue

_OFFSET = LazyPattern(r"([+-]?)P(?:([0-9]{1,4})W)?(?:([0-9]{1,5})D)?")
_HINT = "expected a signed ISO 8601 duration in days or weeks: -P1D, P2D, P1W, -P1W3D"


@dataclass(frozen=True)
class DateOffset:
    """A date `days` after (negative: before) the date of claim `relative_to`."""

    relative_to: str
    days: int

    @classmethod
    def from_iso(cls, relative_to: str, text: str) -> DateOffset:
        """Read `-P1D`, `P2D`, `P1W`; raises ValueError saying what to write instead."""
        match = _OFFSET.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None or not (match.group(2) or match.group(3)):
            raise ValueError(f"cannot read {text!r} as an offset: {_HINT}")
        days = int(match.group(2) or 0) * 7 + int(match.group(3) or 0)
        return cls(relative_to, -days if match.group(1) == "-" else days)

    def iso(self) -> str:
        """The offset as written: "-P1D", "P2D" ("P0D" for the same day)."""
        return ("-" if self.days < 0 else "") + f"P{abs(self.days)}D"

    def apply(self, date: DateValue) -> DateValue:
        """`date` moved by the offset: a day stays a day; a month or year becomes the
        interval of days it could be (the day after "May 2025" is May 2 to June 1)."""
        shift = datetime.timedelta(days=self.days)
        start, end = date.start + shift, date.end + shift
        if date.precision == "day":
            return DateValue.for_day(start)
        return DateValue(start, end, "interval")


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_BEFORE = ("earlier", "before", "prior")
_COUNTED = LazyPattern(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,3}) (days?|weeks?)"
    r" (earlier|before|prior to|later|after|afterwards|on)\b"
)
_NAMED = (
    (LazyPattern(r"\b(?:on )?the eve of\b"), -1),
    (LazyPattern(r"\bthe (?:day|night) before\b"), -1),
    (LazyPattern(r"\bthe previous day\b|\bthe day prior\b"), -1),
    (LazyPattern(r"\bthe (?:next|following) day\b|\bthe day after\b"), 1),
    (LazyPattern(r"\bthe same day\b|\bthat same day\b"), 0),
)


@per_article
def parse_event_offset(phrase: str) -> int | None:
    """The days from the event the words measure from: "a day earlier" is -1, "on the eve of
    the meeting" -1, "two days after the talks" 2, "a week later" 7; None when the words
    state no such distance. Never raises."""
    if not isinstance(phrase, str) or len(phrase) > 200:
        return None
    words = " ".join(phrase.casefold().replace("-", " ").split())
    found = [
        (_COUNTS.get(m.group(1)) or int(m.group(1))) * _UNITS[m.group(2)]
        * (-1 if m.group(3).startswith(_BEFORE) else 1)
        for m in _COUNTED.finditer(words)
    ]  # fmt: skip
    found += [days for pattern, days in _NAMED if pattern.search(words)]
    return found[0] if len(found) == 1 else None
