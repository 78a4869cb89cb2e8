"""Seasons: "last fall", "this summer", "this past spring", "next winter", "fall of 2022",
"early summer", "late last spring".

A season is read as the Northern Hemisphere's meteorological season, three whole months:
spring March-May, summer June-August, fall (autumn) September-November, winter December
to February. That is how the wire services and US and European outlets use the words, and
TimeML's values (1998-FA) name the same seasons; an article from the Southern Hemisphere
("last summer" in a Perth paper is December-February) needs its claim written by hand.
A year with a winter ("the winter of 1994") is not read: it may mean the winter that began
or the one that ended in that year.
"""

from __future__ import annotations

import datetime

from factcheck.values._calendar import month_end
from factcheck.values.types import DateValue

# The first month of each season.
_FIRST_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_LAST = ("last", "this past")
_NEXT = ("next", "this coming")


def season(name: str, year: int) -> DateValue:
    """The season ``name`` that begins in ``year``."""
    first = _FIRST_MONTHS[name]
    last_year, last_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return DateValue(datetime.date(year, first, 1), month_end(last_year, last_month), "interval")


# "early summer", "mid-winter", "late last spring": a third of a season, its month.
_THIRDS = {"early": 0, "mid": 1, "late": 2}


def read_season(words: str, anchor: datetime.date) -> DateValue | None:
    """The season (or the third of one) ``words`` name: see _read_whole_season. "early
    summer", "late last spring", "mid-winter": the first, last or middle month of the season
    the rest of the words name, as "late May" is the last third of May."""
    parts = words.split(" ")
    third = _THIRDS.get(parts[0])
    if third is None or len(parts) < 2:
        return _read_whole_season(words, anchor)
    rest = parts[2:] if parts[0] == "mid" and parts[1] == "-" else parts[1:]
    whole = _read_whole_season(" ".join(rest), anchor)
    if whole is None or not rest or rest[-1] not in _FIRST_MONTHS:
        return None  # "early summer 2012": the year's season first, then the third of it
    month = whole.start.month + third
    year = whole.start.year + (month > 12)
    return DateValue.for_month(year, (month - 1) % 12 + 1)


def _read_whole_season(words: str, anchor: datetime.date) -> DateValue | None:
    """The season ``words`` name (lower case, one space between words), seen from
    ``anchor``; None if they name none.

    "fall of 2022", "summer 2022": that year's. "this summer", and "summer" alone (what "by the
    summer" reads once its leading words are read past): the anchor's year's (for winter, the
    one under way, just ended in spring or coming in the fall). "last fall",
    "this past fall": the latest that ended before the anchor. "next spring", "this coming
    spring": the first that begins after it."""
    parts = words.split(" ")
    name = parts[-1]
    if name in _FIRST_MONTHS:
        place = " ".join(parts[:-1])
        if place in ("this", ""):  # "by the summer", "over the summer": the dateline year's
            if name != "winter":
                return season(name, anchor.year)
            # The winter under way; in spring the one just ended, in the fall the coming
            # one; in summer the words could mean either, and are not read.
            if anchor.month in (6, 7, 8):
                return None
            return season("winter", anchor.year - 1 if anchor.month <= 5 else anchor.year)
        if place in _LAST:
            year = anchor.year
            while season(name, year).end >= anchor:
                year -= 1
            return season(name, year)
        if place in _NEXT:
            year = anchor.year - 1
            while season(name, year).start <= anchor:
                year += 1
            return season(name, year)
        return None
    if parts[0] in _FIRST_MONTHS and parts[0] != "winter" and len(parts) in (2, 3):
        if len(parts) == 3 and parts[1] != "of":
            return None
        year = parts[-1]
        if len(year) == 4 and year.isdigit() and 1000 <= int(year) <= 2999:
            return season(parts[0], int(year))
    return None
