"""Dates stated relative to the dateline: "yesterday", "last week", "next year", "on Tuesday",
"two days ago".

These only mean something against the article's date, so they are resolved here from the anchor
and kept apart from the calendar forms in ``dates``.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from factcheck.values._calendar import WEEKDAYS, month_end, read_month
from factcheck.values._seasons import read_season
from factcheck.values._tokens import Token, text_at
from factcheck.values._words import read_cardinal
from factcheck.values.qualifiers import read_qualifier
from factcheck.values.types import DateValue

_TODAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
_OFFSETS = {"yesterday": -1, "tomorrow": 1, "earlier today": 0, "last night": -1}
_AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# "two months ago", "five years ago": as precise as the unit, the month or the year.
_AGO_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12, "decade": 120, "decades": 120}


def _week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _weekend(words: str, anchor: datetime.date) -> DateValue | None:
    """ "this weekend": the Saturday and Sunday of the anchor's week. "last weekend": the
    one before it. "weekend" ("over the weekend", "at the weekend"): the one news means from
    the day it is filed, the last one from Monday to Thursday, the coming one on a Friday,
    the one under way on a Saturday or Sunday."""
    saturday = _week_start(anchor) + datetime.timedelta(days=5)
    if words == "last weekend" or (words == "weekend" and anchor.weekday() < 4):
        saturday -= datetime.timedelta(days=7)
    elif words not in ("this weekend", "weekend"):
        return None
    return DateValue(saturday, saturday + datetime.timedelta(days=1), "interval")


def _period(words: str, anchor: datetime.date) -> DateValue | None:
    """Named periods around the anchor: this/last/next/earlier this week, month or year."""
    monday = _week_start(anchor)
    if words == "last week":
        return DateValue(
            monday - datetime.timedelta(days=7), monday - datetime.timedelta(days=1), "interval"
        )
    if words == "this week":
        return DateValue(monday, monday + datetime.timedelta(days=6), "interval")
    if words == "earlier this week":
        return DateValue(monday, anchor, "interval")
    if words == "this month":
        return DateValue.for_month(anchor.year, anchor.month)
    if words == "last month":
        previous = anchor.replace(day=1) - datetime.timedelta(days=1)
        return DateValue.for_month(previous.year, previous.month)
    if words == "earlier this month":
        return DateValue(anchor.replace(day=1), anchor, "interval")
    if words == "this year":
        return DateValue.for_year(anchor.year)
    if words == "last year":
        return DateValue.for_year(anchor.year - 1)
    if words == "earlier this year":
        return DateValue(datetime.date(anchor.year, 1, 1), anchor, "interval")
    if words == "next week":
        return DateValue(
            monday + datetime.timedelta(days=7), monday + datetime.timedelta(days=13), "interval"
        )
    if words == "next month":
        following = month_end(anchor.year, anchor.month) + datetime.timedelta(days=1)
        return DateValue.for_month(following.year, following.month)
    if words == "next year":
        return DateValue.for_year(anchor.year + 1)
    if words in ("this decade", "this century", "last century"):
        # The 1990s; the 20th century as "the 20th century" is read, 1900-1999 (values.dates).
        span = 10 if words == "this decade" else 100
        first = anchor.year // span * span - (span if words == "last century" else 0)
        return DateValue(
            datetime.date(first, 1, 1), datetime.date(first + span - 1, 12, 31), "interval"
        )
    return None


def _weekday(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "Tuesday" / "on Tuesday": the latest Tuesday on or before the anchor (the anchor itself
    when it is a Tuesday, as wire copy says "on Tuesday" of the day it is filed).
    "last Tuesday": the latest Tuesday strictly before the anchor; "next Tuesday": the first
    Tuesday strictly after it.
    """
    first = text_at(tokens, 0)
    rest = tokens[1:] if first in ("last", "next") else tokens
    if len(rest) != 1 or rest[0].text not in WEEKDAYS:
        return None
    if first == "next":
        ahead = (WEEKDAYS[rest[0].text] - anchor.weekday()) % 7 or 7
        return DateValue.for_day(anchor + datetime.timedelta(days=ahead))
    back = (anchor.weekday() - WEEKDAYS[rest[0].text]) % 7
    if first == "last" and back == 0:
        back = 7
    return DateValue.for_day(anchor - datetime.timedelta(days=back))


# How far a hedge before "N units ago" widens the count, in units back: "more than two years
# ago" is two to three years back, "nearly two years ago" one to two, "about two years ago"
# one to three (the canonical qualifiers of ``values.qualifiers``; "less than", "at least",
# "up to" bound one side only, which a date cannot say, and are not read).
_AGO_HEDGES = {"over": (0, 1), "nearly": (-1, 0), "about": (-1, 1)}


def _units_back(anchor: datetime.date, count: int, unit: str) -> DateValue:
    """The day, month or year ``count`` of ``unit`` before ``anchor``, at the unit's
    precision: a day for days and weeks, a month for months, a year for years and decades."""
    if unit in _AGO_MONTHS:
        months = anchor.year * 12 + anchor.month - 1 - count * _AGO_MONTHS[unit]
        year, month = divmod(months, 12)
        if unit.startswith(("year", "decade")):  # "a decade ago": the year ten years back
            return DateValue.for_year(year)
        return DateValue.for_month(year, month + 1)
    return DateValue.for_day(anchor - datetime.timedelta(days=count * _AGO_UNITS[unit]))


def _ago(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "two days ago", "3 days ago", "a week ago": a single day counted back from the anchor;
    "two months ago" the month, "five years ago" and "a decade ago" the year so counted.

    With a hedge before it, the stretch the hedge allows, from its earliest reading to its
    latest (_AGO_HEDGES): "nearly four years ago" under a 1998 dateline is 1994-1995, "more
    than four decades ago" under a 2000 one 1950-1960; "a week or so ago" is "about a week
    ago". A claim of one year in that stretch
    is more precise than the article (FC304, a warning), not wrong."""
    if len(tokens) < 3 or text_at(tokens, len(tokens) - 1) != "ago":
        return None
    hedge, first = read_qualifier(tokens, 0)
    if hedge is not None and hedge not in _AGO_HEDGES:
        return None
    if text_at(tokens, len(tokens) - 3) == "or" and text_at(tokens, len(tokens) - 2) == "so":
        # "a week or so ago": about a week back, as "about a week ago"
        if hedge is not None or len(tokens) < 5:
            return None
        hedge, tokens = "about", [*tokens[:-3], tokens[-1]]
    unit = text_at(tokens, len(tokens) - 2)
    if unit not in _AGO_UNITS and unit not in _AGO_MONTHS:
        return None
    count_tokens = tokens[first:-2]
    if len(count_tokens) == 1 and count_tokens[0].text in ("a", "one"):
        count = 1
    elif (
        len(count_tokens) == 1 and count_tokens[0].text.isdigit() and len(count_tokens[0].text) < 7
    ):
        count = int(count_tokens[0].text)
    else:
        read = read_cardinal(count_tokens, 0)
        if read is None or read[1] != len(count_tokens) or read[0] != int(read[0]):
            return None
        count = int(read[0])
    if not 0 < count <= 100_000:
        return None
    if hedge is None:
        return _units_back(anchor, count, unit)
    fewer, more = _AGO_HEDGES[hedge]
    earliest = _units_back(anchor, count + more, unit)
    latest = _units_back(anchor, max(0, count + fewer), unit)
    return DateValue(earliest.start, latest.end, "interval")


def _named_month(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "last November", "this September": a month named by its place around the anchor.

    "this September" is the anchor's year's. "last November" is the latest November before
    the anchor's month, but never the month just before it, for which the words are "last
    month": "last February" in a March article is a year and a month back."""
    first = text_at(tokens, 0)
    if first not in ("last", "this") or len(tokens) < 2:
        return None
    found = read_month(tokens, 1)
    if found is None or found[1] != len(tokens):
        return None
    month = found[0]
    if first == "this":
        return DateValue.for_month(anchor.year, month)
    back = (anchor.month - month) % 12
    if back <= 1:
        back += 12
    months = anchor.year * 12 + anchor.month - 1 - back
    return DateValue.for_month(months // 12, months % 12 + 1)


def parse_relative(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """A date named relative to the anchor, or None when the tokens are not such a phrase."""
    if not tokens or any(token.kind == "other" for token in tokens):
        return None
    words = " ".join(token.text for token in tokens)
    if words in _TODAY:
        return DateValue.for_day(anchor)
    if words in _OFFSETS:
        return DateValue.for_day(anchor + datetime.timedelta(days=_OFFSETS[words]))
    return (
        _period(words, anchor)
        or _weekend(words, anchor)
        or _weekday(tokens, anchor)
        or _ago(tokens, anchor)
        or _named_month(tokens, anchor)
        or read_season(words.lower(), anchor)
    )
