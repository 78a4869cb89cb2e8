"""Holidays named instead of their date: "Christmas Day", "last Thanksgiving", "New Year's
Eve", "Halloween 2024".

The holidays read are those whose date the name alone fixes for English-language news
copy: Christmas Eve and Day (December 24 and 25), New Year's Eve and Day (December 31,
January 1), Halloween (October 31), Valentine's Day (February 14), and Thanksgiving, the
fourth Thursday of November, as the US keeps it (Canada's, the second Monday of October,
needs its claim written by hand); Easter Sunday by the Gregorian computus, and the days the
Western churches date from it (Good Friday, Palm Sunday, Easter Monday, Ash Wednesday,
Pentecost, Holy Week: the week that ends on Easter Sunday); and Election Day, the Tuesday
after the first Monday of November, as the US keeps it. Holidays that move by a lunar
calendar (Ramadan, Diwali, Orthodox Easter) or by country (Independence Day, Labor Day)
are not read.
"""

from __future__ import annotations

import datetime
import re

from factcheck.lazy_pattern import lazy
from factcheck.values.types import DateValue

_FIXED = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}
_THANKSGIVING = ("thanksgiving", "thanksgiving day")
# The days the Western churches date by Easter, as days from Easter Sunday.
_FROM_EASTER = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "holy thursday": -3, "maundy thursday": -3, "holy saturday": -1, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49,
}  # fmt: skip
# The week that ends on Easter Sunday, Monday to Sunday (TimeBank's "Easter week").
_EASTER_WEEKS = ("holy week", "easter week")
_HOLIDAY = (
    r"(?:(?P<place>last|this|next) )?(?P<name>christmas(?: day| eve)?|new year's (?:day|eve)"
    r"|halloween|valentine's day|thanksgiving(?: day)?"
    r"|easter(?: sunday| day| monday| week)?|good friday|palm sunday|holy (?:week|thursday"
    r"|saturday)|maundy thursday|ash wednesday|pentecost|election day)"
    r"(?:,? (?P<year>[12][0-9]{3}))?"
)
# Compiled on first use: a cold `verify` pays for every pattern compiled at import, and few
# claims name a holiday.
_pattern = lazy(_HOLIDAY)
# How far after the dateline a holiday named alone may lie ("closed until Christmas" in
# mid-December): parse_date's rule for a date without a year.
_AHEAD = datetime.timedelta(days=14)


def easter(year: int) -> datetime.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian
    computus, as published by Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return datetime.date(year, month, day)


def holiday_in(name: str, year: int) -> datetime.date:
    """The date of the holiday ``name`` (a key of the patterns above) in ``year`` (for a
    week, its Sunday)."""
    if name in _FROM_EASTER:
        return easter(year) + datetime.timedelta(days=_FROM_EASTER[name])
    if name in _EASTER_WEEKS:
        return easter(year)
    if name == "election day":  # the Tuesday after the first Monday of November (US)
        first = datetime.date(year, 11, 2)
        return first + datetime.timedelta(days=(1 - first.weekday()) % 7)
    if name in _THANKSGIVING:
        first = datetime.date(year, 11, 1)
        first_thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
        return first_thursday + datetime.timedelta(weeks=3)
    month, day = _FIXED[name]
    return datetime.date(year, month, day)


_NAME_PARTS = ("mas", "ear's", "ear\u2019s", "alloween", "alentine", "giving", "easter", "friday")
_NAME_PARTS += ("palm sunday", "holy ", "maundy", "ash wednesday", "pentecost", "election day")


def _named(phrase: str) -> re.Match[str] | None:
    """The holiday pattern's match of the whole phrase, if it can hold a holiday's name."""
    if not any(word in phrase.lower() for word in _NAME_PARTS):
        return None
    return _pattern().fullmatch(_plain(phrase))


def holiday_name(phrase: str) -> str | None:
    """The holiday ``phrase`` names, lower case ("thanksgiving day"), or None."""
    match = _named(phrase)
    return match.group("name") if match else None


def _plain(phrase: str) -> str:
    words = phrase.strip().lower().replace("\u2019", "'")
    for lead in ("on ", "the ", "at ", "by ", "until ", "since ", "before ", "after "):
        if words.startswith(lead):
            words = words[len(lead) :]
    return words


def read_holiday(phrase: str, anchor: datetime.date) -> DateValue | None:
    """The day a holiday phrase names, seen from ``anchor``; None if it names none.

    With a year, that year's. "last": the latest before the anchor; "this": the anchor's
    year's; "next": the first after it. Alone, the latest no more than two weeks after the
    anchor, as for any date without a year (the sentence may then move it: direction)."""
    match = _named(phrase)
    if match is None:
        return None
    name, place, year = match.group("name"), match.group("place"), match.group("year")
    if year:
        if place:
            return None
        return _holiday_value(name, holiday_in(name, int(year)))
    if place == "this":
        return _holiday_value(name, holiday_in(name, anchor.year))
    if place == "next":
        day = holiday_in(name, anchor.year)
        return _holiday_value(name, day if day > anchor else holiday_in(name, anchor.year + 1))
    day = holiday_in(name, anchor.year + 1)
    while (day >= anchor) if place == "last" else (day > anchor + _AHEAD):
        day = holiday_in(name, day.year - 1)
    return _holiday_value(name, day)


def _holiday_value(name: str, day: datetime.date) -> DateValue:
    """The day, or for "Holy Week" the week (Monday to the Easter Sunday ``day``)."""
    if name in _EASTER_WEEKS:
        return DateValue(day - datetime.timedelta(days=6), day, "interval")
    return DateValue.for_day(day)
