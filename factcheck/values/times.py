"""Times of day: "14:44", "14:44+03:00", "14:44/15:58", "2025-06-02T14:44+03:00".

A meeting "from 2:44 p.m. to 3:58 p.m." that lasted "about 1 hour and 15 minutes" can only
be checked if the clock times are values: a claims file writes them in ISO 8601 (24-hour
clock, an optional UTC offset, an optional date before a `T`, a `/` between the two ends of
an interval), and `parse_time` reads the article's words ("2:44 p.m.", "noon", "3:58 p.m.
Istanbul time") with the mention finder's clock reader, so both sides become a `TimeValue`.

Without an offset a time is the article's local time; comparisons convert between offsets
only when both times give one (see `factcheck.consistency.truth.time_spans`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from factcheck.lazy_pattern import LazyPattern
from factcheck.values._memo import per_article

#: Minutes in a day: an interval that ends at an earlier clock time ends the next day.
DAY_MINUTES = 1440
_HINT = (
    "expected HH:MM with an optional offset and date: 14:44, 14:44+03:00, "
    "2025-06-02T14:44+03:00, or START/END (14:44/15:58)"
)
_ONE = LazyPattern(
    r"(?:(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})T)?(?P<h>[01][0-9]|2[0-3]):(?P<m>[0-5][0-9])"
    r"(?P<zone>Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?"
)


@dataclass(frozen=True)
class TimeValue:
    """A time of day, or an interval of them, in minutes after midnight.

    `end` equals `start` for one time; an interval that ends at an earlier clock time
    ("23:30/01:10") ends the next day, so `end` is then past 1,440. `offset` is minutes east
    of UTC (None: local time, not given); `day` is the date when the claim gives one.
    """

    start: int
    end: int
    offset: int | None = None
    day: datetime.date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < DAY_MINUTES:
            raise ValueError(f"a time of day runs from 00:00 to 23:59, not minute {self.start}")
        if not self.start <= self.end < self.start + DAY_MINUTES:
            raise ValueError("a time interval ends within a day of its start")
        if self.offset is not None and abs(self.offset) > 14 * 60:
            raise ValueError("a UTC offset runs from -14:00 to +14:00")

    @property
    def is_interval(self) -> bool:
        return self.end != self.start

    def iso(self) -> str:
        """The claims file's notation: "14:44+03:00", "14:44/15:58", "2025-06-02T14:44"."""
        first = _clock(self.start) + _offset(self.offset)
        if self.day is not None:
            first = f"{self.day.isoformat()}T{first}"
        if not self.is_interval:
            return first
        second = _clock(self.end % DAY_MINUTES) + _offset(self.offset)
        if self.day is not None:
            later = self.day + datetime.timedelta(days=self.end // DAY_MINUTES)
            second = f"{later.isoformat()}T{second}"
        return f"{first}/{second}"

    @classmethod
    def from_iso(cls, text: str) -> TimeValue:
        """Read the notation `iso` writes; raises ValueError saying what to write instead."""
        if not isinstance(text, str):
            raise ValueError(f"a time must be written as text, {_HINT}; got {text!r}")
        parts = text.strip().split("/")
        if len(parts) > 2:
            raise ValueError(f"cannot read {text!r} as a time: {_HINT}")
        ends = []
        for part in parts:
            match = _ONE.fullmatch(part)
            if match is None:
                raise ValueError(f"cannot read {text!r} as a time: {_HINT}")
            ends.append(match)
        first, last = ends[0], ends[-1]
        offset = _read_offset(first.group("zone"))
        if len(ends) == 2 and _read_offset(last.group("zone")) != offset:
            if first.group("zone") and last.group("zone"):
                raise ValueError(f"{text}: write both ends of an interval with the same offset")
            offset = offset if first.group("zone") else _read_offset(last.group("zone"))
        day = _read_day(first.group("date"), text)
        start = int(first.group("h")) * 60 + int(first.group("m"))
        end = int(last.group("h")) * 60 + int(last.group("m"))
        if len(ends) == 2:
            end_day = _read_day(last.group("date"), text)
            if day is not None and end_day is not None:
                end += (end_day - day).days * DAY_MINUTES
            elif end < start:
                end += DAY_MINUTES  # "23:30/01:10" runs past midnight
            if end < start:
                raise ValueError(f"{text} ends before it starts; write the earlier time first")
        return cls(start, end, offset, day)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _offset(minutes: int | None) -> str:
    if minutes is None:
        return ""
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _read_offset(zone: str | None) -> int | None:
    if not zone:
        return None
    if zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    return sign * (int(zone[1:3]) * 60 + int(zone[4:6]))


def _read_day(text: str | None, whole: str) -> datetime.date | None:
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{whole}: {text} is not a real date") from None


# Words that join the two ends of an interval: "from 2:44 p.m. to 3:58 p.m.".
_JOINERS = LazyPattern(r"\s*(?:-|–|—|to|until|till|and)\s*")


@per_article
def parse_time(phrase: str, anchor: datetime.date) -> TimeValue | None:
    """The time, or interval of times, an article's words state; None when they state none.

    "2:44 p.m." is 14:44; "3:58 p.m. Istanbul time" is 15:58+03:00 (the zone's offset on
    `anchor`, the dateline's day); "from 2:44 p.m. to 3:58 p.m. Istanbul time" is an
    interval, the zone named once for both ends. Never raises.
    """
    if not isinstance(phrase, str) or len(phrase) > 200:
        return None
    from factcheck.mentions.times import find_times

    found = find_times(phrase, anchor)
    if not found or len(found) > 2:
        return None
    if len(found) == 2 and not _JOINERS.fullmatch(phrase[found[0].end : found[1].start]):
        return None
    values = [_mention_value(str(mention.value)) for mention in found]
    offsets = {offset for _, offset in values if offset is not None}
    if len(offsets) > 1:
        return None
    offset = offsets.pop() if offsets else None
    start, end = values[0][0], values[-1][0]
    if end < start:
        end += DAY_MINUTES
    try:
        return TimeValue(start, end, offset)
    except ValueError:
        return None


def _mention_value(value: str) -> tuple[int, int | None]:
    """The mention finder's "15:58+03:00" as (minutes after midnight, offset)."""
    minutes = int(value[0:2]) * 60 + int(value[3:5])
    return minutes, _read_offset(value[5:] or None)
