"""Month and weekday names, and the rule for the year of a date written without one.

News writes "June 2" and means the June 2 just past; only a date shortly ahead of the dateline
is read as upcoming. Keeping the rule here gives absolute and relative forms the same answer.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Sequence

from factcheck.values._tokens import Token, text_at
from factcheck.values.types import DateValue

# English names written out: `calendar.month_name` follows the process's LC_TIME locale, and
# a process that called setlocale (a test run loading the pytest plugin, say) would get
# "juni" for June and read no English month at all.
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_FULL_MONTH_NAMES = frozenset(_MONTH_NAMES)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# How far past the dateline a yearless date may fall before it is read as last year's.
FUTURE_WINDOW = datetime.timedelta(days=14)
# How many years back to look for a yearless February 29.
_YEARS_BACK = 8

# Thirds of a month ("early", "mid", "late") as inclusive day ranges; None is the month's end.
MONTH_THIRDS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, None),
}
# Quarters and halves of a year, by the ordinal that names them ("the third quarter").
PERIOD_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# A year's parts by name: how many months each holds.
YEAR_PARTS: dict[str, int] = {"quarter": 3, "half": 6}
# Parts of a decade ("the early 1990s") as (first year, last year) within it.
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# Thirds of a year as (first month, last month).
YEAR_THIRDS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def read_month(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """Read a month name at ``index``; returns (month, next index) or None.

    The name must be capitalized ("May", "MAY", not "may"): in lower case "may" and "march" are
    the verbs. An abbreviation may carry a period ("Sept.").
    """
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.kind != "word" or token.text not in MONTHS or not token.raw[0].isupper():
        return None
    index += 1
    if token.text not in _FULL_MONTH_NAMES and text_at(tokens, index) == ".":
        index += 1
    return MONTHS[token.text], index


def latest_year(month: int, day: int, anchor: datetime.date) -> int | None:
    """The year a yearless month and day most likely means, seen from the dateline ``anchor``.

    Picks the latest year in which that day exists and is no more than FUTURE_WINDOW after the
    anchor, so "December 30" in an article dated 2025-01-03 is 2024-12-30. For an interval such
    as "late May" pass its first day.
    """
    limit = anchor + FUTURE_WINDOW
    for year in range(anchor.year + 1, anchor.year - _YEARS_BACK, -1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return year
    return None


def month_third(year: int, month: int, part: str) -> DateValue:
    """The early (1-10), mid (11-20) or late (21-end) part of a month, as an interval."""
    first, last = MONTH_THIRDS[part]
    end = month_end(year, month) if last is None else datetime.date(year, month, last)
    return DateValue(datetime.date(year, month, first), end, "interval")


def year_third(year: int, part: str) -> DateValue:
    """The early (Jan-Apr), mid (May-Aug) or late (Sep-Dec) part of a year, as an interval."""
    first, last = YEAR_THIRDS[part]
    return DateValue(datetime.date(year, first, 1), month_end(year, last), "interval")


def year_part(year: int, months: int, number: int) -> DateValue | None:
    """Quarter (``months`` 3) or half (6) number ``number`` of ``year``, as an interval;
    None when the year has no such part (a fourth half)."""
    if not 1 <= number <= 12 // months:
        return None
    first = (number - 1) * months + 1
    last = first + months - 1
    return DateValue(datetime.date(year, first, 1), month_end(year, last), "interval")


def latest_started_year(month: int, anchor: datetime.date) -> int:
    """The year of the latest period starting in ``month`` that has begun by the dateline.

    "The fourth quarter" in a March 2025 article is the one just reported, 2024's; in a
    November 2025 article it is the quarter under way. Earnings copy names both, and either
    way the quarter has begun; a quarter still to come is said so ("next year's first
    quarter") or given its year."""
    return anchor.year if month <= anchor.month else anchor.year - 1


def decade(first_year: int, part: str | None = None) -> DateValue:
    """The decade starting ``first_year`` ("the 1990s"), or its early (years 0-3), mid (4-6)
    or late (7-9) part, as an interval of whole years."""
    first, last = DECADE_PARTS[part] if part else (0, 9)
    return DateValue(
        datetime.date(first_year + first, 1, 1),
        datetime.date(first_year + last, 12, 31),
        "interval",
    )
