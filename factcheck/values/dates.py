"""Read the words an article uses for a date ("June 2", "late May", "March 2022", "on Tuesday").

The claim file says "2025-06-02"; the article says "June 2" under a June 27, 2025 dateline.
``parse_date`` turns the article's words into a DateValue, using the dateline (the anchor) for
what the words leave out: the year, or the day "yesterday" means.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.lazy_pattern import LazyPattern
from factcheck.values._calendar import (
    DECADE_PARTS,
    MONTH_THIRDS,
    PERIOD_ORDINALS,
    WEEKDAYS,
    YEAR_PARTS,
    decade,
    latest_started_year,
    latest_year,
    month_third,
    read_month,
    year_part,
    year_third,
)
from factcheck.values._holidays import read_holiday
from factcheck.values._memo import per_article
from factcheck.values._relative import parse_relative
from factcheck.values._tokens import Token, text_at, tokenize
from factcheck.values._words import ordinal_suffix, read_numeral_ordinal, read_ordinal_word
from factcheck.values._year_words import with_year_digits
from factcheck.values.types import DateValue

# Words that introduce a date without changing which date it is ("on June 2", "since 2022").
_LEADING = frozenset(
    {"on", "in", "since", "by", "the", "until", "till", "from", "between", "during", "of", "for"}
)
# Words after which a bare month name can only be the month: prepositions ("in May", "since
# March", "figures for January") and "the" before the noun the month dates ("the October
# slaying"; the finder takes it only before such a noun, and not "the May government").
_MONTH_PREPOSITIONS = frozenset(
    {"in", "since", "by", "until", "till", "during", "from", "for", "the"}
)
# Words after which the finder reads a bare month as the month, and no other date is read.
_MONTH_ONLY_AFTER = frozenset({"to", "through", "throughout", "before", "after"})
_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_RANGE_SEPARATORS = frozenset({"-", "to", "until", "till", "through"})
_PART_OF = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
# Years named by their place around the dateline, in "early next year", "the end of the year".
_NAMED_YEARS = {"this year": 0, "the year": 0, "next year": 1, "last year": -1}
# Months named by their place around the dateline, in "early this month", "late last month",
# "the end of the month" (the dateline's month).
_NAMED_MONTHS = {"this month": 0, "the month": 0, "next month": 1, "last month": -1}
# And weeks ("early this week", "late last week", "the end of the week"), whose parts are
# Monday to Wednesday, Tuesday to Thursday and Thursday to Sunday (days after its Monday).
_NAMED_WEEKS = {"this week": 0, "the week": 0, "next week": 1, "last week": -1}
_WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}
_ISO_DATE = LazyPattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEARS = range(1000, 3000)


@dataclass(frozen=True)
class _Partial:
    """The calendar fields a phrase states; anything missing comes from context later."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


def _read_year(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    text = text_at(tokens, index)
    if len(text) == 4 and text.isdigit() and int(text) in _YEARS:
        return int(text), index + 1
    return None


def _read_day(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """A day of the month, "2" or "2nd" (the suffix must fit: "2th" is refused), or in words
    ("twenty-sixth", "seventeenth"), as the date finder finds it ("January twenty-sixth")."""
    text = text_at(tokens, index)
    if not (text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31):
        in_words = read_ordinal_word(tokens, index) if text.isalpha() else None
        if in_words is not None and 1 <= in_words[0] <= 31:
            return in_words
        return None
    day = int(text)
    index += 1
    if index < len(tokens) and tokens[index].kind == "word" and not tokens[index].spaced:
        if tokens[index].text != ordinal_suffix(day):
            return None
        index += 1
    return day, index


def _read_partial(tokens: Sequence[Token]) -> _Partial | None:
    """Calendar fields from "June 2", "2 June 2025", "the 2nd of June", "March 2022", "2024".

    The whole token list must be used. A bare month or day is returned too (a range such as
    "June 2-3" needs it), but ``_resolve`` refuses it on its own.
    """
    if not tokens:
        return None
    year = _read_year(tokens, 0)
    if year and len(tokens) == 1:
        return _Partial(year=year[0])
    found_month = read_month(tokens, 0)
    if found_month:
        month, index = found_month
        found_day = _read_day(tokens, index)
        day = None
        if found_day:
            day, index = found_day
            if text_at(tokens, index) == ",":
                index += 1
        elif text_at(tokens, index) == "of":
            index += 1
        found_year = _read_year(tokens, index)
        if found_year:
            year_value, index = found_year
        else:
            year_value = None
        if index != len(tokens) or (day is None and year_value is None and len(tokens) > 1):
            return None
        return _Partial(year_value, month, day)
    found_day = _read_day(tokens, 0)
    if not found_day:
        return None
    day, index = found_day
    if index == len(tokens):
        return _Partial(day=day)
    if text_at(tokens, index) == ",":
        # The end of "June 2-3, 2025": a day and the range's year, its month on the left.
        found_year = _read_year(tokens, index + 1)
        if found_year and found_year[1] == len(tokens):
            return _Partial(year=found_year[0], day=day)
        return None
    if text_at(tokens, index) == "of":
        index += 1
    found_month = read_month(tokens, index)
    if not found_month:
        return None
    month, index = found_month
    if text_at(tokens, index) == ",":
        index += 1
    found_year = _read_year(tokens, index)
    year_value = None
    if found_year:
        year_value, index = found_year
    if index != len(tokens):
        return None
    return _Partial(year_value, month, day)


def _span(partial: _Partial) -> DateValue | None:
    """The DateValue of a partial whose year is known; None if the day does not exist."""
    if partial.year is None:
        return None
    try:
        if partial.month is None:
            return DateValue.for_year(partial.year) if partial.day is None else None
        if partial.day is None:
            return DateValue.for_month(partial.year, partial.month)
        return DateValue.for_day(datetime.date(partial.year, partial.month, partial.day))
    except ValueError:
        return None


def _resolve(partial: _Partial, anchor: datetime.date) -> DateValue | None:
    """A standalone date: needs a day and month, a month and year, or a year.

    A bare month ("May") is refused: in news copy it is as likely the verb as the month.
    """
    if partial.month is None or (partial.day is None and partial.year is None):
        return _span(partial) if partial.day is None else None
    if partial.year is None:
        assert partial.day is not None
        year = latest_year(partial.month, partial.day, anchor)
        if year is None:
            return None
        partial = replace(partial, year=year)
    return _span(partial)


def _year_end(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "year-end", "year end", "year's end" ("by year-end"): the end of the dateline's year,
    read as "the end of the year" is (September to December)."""
    words = tuple(token.text for token in tokens)
    if words in (("year", "-", "end"), ("year", "end"), ("year's", "end")):
        return year_third(anchor.year, "late")
    return None


def _part_of_period(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "early June", "mid-May", "late May 2025", "the end of May", "mid-2024",
    "early next year", "the end of the year", "early this month", "the end of the month",
    "early this week", "the end of the week", "later this week"."""
    first = text_at(tokens, 0)
    if first in MONTH_THIRDS:
        part, index = first, 1
        if text_at(tokens, index) == "-":
            index += 1
    elif first in _PART_OF and text_at(tokens, 1) == "of":
        part, index = _PART_OF[first], 2
    elif first == "end" and text_at(tokens, 1) == "-":
        part, index = "late", 2
    elif first == "later" and text_at(tokens, 2) == "week":
        part, index = "late", 1  # "later this week": the week's late part
    else:
        return None
    named = " ".join(token.text for token in tokens[index:])
    if named in _NAMED_YEARS and (named != "the year" or first in _PART_OF):
        # "early next year", "late this year", "the end of the year" (the dateline's year)
        return year_third(anchor.year + _NAMED_YEARS[named], part)
    if named in _NAMED_WEEKS and (named != "the week" or first in _PART_OF):
        # "early this week", "late last week", "the end of the week"
        monday = anchor - datetime.timedelta(days=anchor.weekday() - 7 * _NAMED_WEEKS[named])
        first_day, last_day = _WEEK_PARTS[part]
        return DateValue(
            monday + datetime.timedelta(days=first_day),
            monday + datetime.timedelta(days=last_day),
            "interval",
        )
    if named in _NAMED_MONTHS and (named != "the month" or first in _PART_OF):
        # "early this month", "late last month", "the end of the month"
        months = anchor.year * 12 + anchor.month - 1 + _NAMED_MONTHS[named]
        return month_third(months // 12, months % 12 + 1, part)
    partial = _read_partial(tokens[index:])
    if partial is None or partial.day is not None:
        return None
    if partial.month is None:
        return year_third(partial.year, part) if partial.year is not None else None
    year = partial.year
    if year is None:
        year = latest_year(partial.month, MONTH_THIRDS[part][0], anchor)
        if year is None:
            return None
    return month_third(year, partial.month, part)


# Quarters named by their place around the dateline: how many quarters from the one under
# way. "the latest quarter" in earnings copy is the last one reported, so the last ended.
_NAMED_QUARTERS = {"this": 0, "current": 0, "latest": -1, "last": -1, "previous": -1, "next": 1}


def _named_quarter(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "the current quarter", "this quarter", "the latest quarter", "next quarter"."""
    if len(tokens) != 2 or text_at(tokens, 1) != "quarter":
        return None
    step = _NAMED_QUARTERS.get(text_at(tokens, 0))
    if step is None:
        return None
    quarters = anchor.year * 4 + (anchor.month - 1) // 3 + step
    return year_part(quarters // 4, 3, quarters % 4 + 1)


def _quarter_or_half(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "the third quarter", "third-quarter", "the first half of 2024", "Q3 2024".

    Without a year, the latest such quarter or half that has begun by the dateline."""
    first = text_at(tokens, 0)
    if first == "q" and len(tokens) >= 2 and not tokens[1].spaced and len(tokens[1].text) == 1:
        months, number, index = 3, int(tokens[1].text) if tokens[1].text.isdigit() else 0, 2
    elif first in PERIOD_ORDINALS:
        index = 2 if text_at(tokens, 1) == "-" else 1
        months = YEAR_PARTS.get(text_at(tokens, index), 0)
        number, index = PERIOD_ORDINALS[first], index + 1
    elif first in ("final", "last") and text_at(tokens, 2) == "of":
        # "the final quarter of 2012", "the last half of 1989": the year's last, only with
        # the year named ("last quarter" alone is the one before this: _named_quarter)
        months = YEAR_PARTS.get(text_at(tokens, 1), 0)
        number, index = (12 // months if months else 0), 2
    else:
        return None
    if not months:
        return None
    if text_at(tokens, index) in (",", "of"):  # "the third quarter of 2024"
        index += 1
        if index == len(tokens):
            return None
    named = " ".join(token.text for token in tokens[index:])
    if named in _NAMED_YEARS and named != "the year":
        # "the first quarter of next year", "the fourth quarter last year": the year named
        # around the dateline ("of the year" is the story's year: mentions.story_years)
        return year_part(anchor.year + _NAMED_YEARS[named], months, number)
    found_year = _read_year(tokens, index)
    if found_year:
        year, index = found_year
    else:
        year = latest_started_year((number - 1) * months + 1, anchor)
    if index != len(tokens):
        return None
    return year_part(year, months, number)


def _decade(tokens: Sequence[Token]) -> DateValue | None:
    """ "the 1990s", "the early 1980s", "mid-1990s": a decade, or a part of one."""
    part = text_at(tokens, 0) if text_at(tokens, 0) in DECADE_PARTS else None
    index = 0
    if part is not None:
        index = 2 if text_at(tokens, 1) == "-" else 1
    if len(tokens) != index + 2 or text_at(tokens, index + 1) != "s" or tokens[index + 1].spaced:
        return None
    found = _read_year(tokens, index)
    if found is None or found[0] % 10:
        return None
    return decade(found[0], part)


# "the nineties", "the '90s": a decade named by its years within a century.
_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


def _decade_in_words(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "the nineties", "the late eighties", "the mid-'70s": the latest such decade
    begun by the dateline (the 1990s in a 1998 or a 2026 article, the 2020s in a 2026 one),
    since a story that means an earlier century's says so ("the 1890s", "the Roaring
    Twenties" of a history). The finder asks the text to make it a decade first (not
    "temperatures in the nineties"); a claim's own words are read as a decade."""
    index = 1 if text_at(tokens, 0) == "the" else 0
    part = text_at(tokens, index) if text_at(tokens, index) in DECADE_PARTS else None
    if part is not None:
        index += 2 if text_at(tokens, index + 1) == "-" else 1
    digits = text_at(tokens, index + 1)
    if text_at(tokens, index) == "'" and len(digits) == 2 and digits.endswith("0"):
        # "the '80s", "the mid-'90s": the same decade, its years in figures.
        if len(tokens) != index + 3 or text_at(tokens, index + 2) != "s":
            return None
        if tokens[index + 1].spaced or tokens[index + 2].spaced or not digits.isdigit():
            return None
        years = int(digits)
    elif len(tokens) == index + 1 and text_at(tokens, index) in _DECADE_WORDS:
        years = _DECADE_WORDS[text_at(tokens, index)]
    else:
        return None
    first = anchor.year // 100 * 100 + years
    return decade(first if first <= anchor.year else first - 100, part)


# "June last year", "January this year": the year named after a month or a day.
_YEAR_WORDS_AFTER = {"last": -1, "this": 0, "next": 1}


def _in_named_year(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "June last year", "2 June last year", "January this year", "March next year": the
    month or day in the year the last two words name around the anchor's."""
    if len(tokens) < 3 or text_at(tokens, len(tokens) - 1) != "year":
        return None
    offset = _YEAR_WORDS_AFTER.get(text_at(tokens, len(tokens) - 2))
    if offset is None:
        return None
    partial = _read_partial(tokens[:-2])
    if partial is None or partial.month is None or partial.year is not None:
        return None
    return _span(replace(partial, year=anchor.year + offset))


def _century(tokens: Sequence[Token]) -> DateValue | None:
    """ "the 20th century", "the nineteenth century": its hundred years as TimeML and common
    use count them, 1900 to 1999 (not the strict 1901 to 2000)."""
    if len(tokens) < 2 or text_at(tokens, len(tokens) - 1) != "century":
        return None
    found = read_numeral_ordinal(tokens, 0) or read_ordinal_word(tokens, 0)
    if found is None or found[1] != len(tokens) - 1 or not 2 <= found[0] <= 30:
        return None
    first = (found[0] - 1) * 100
    return DateValue(datetime.date(first, 1, 1), datetime.date(first + 99, 12, 31), "interval")


def _iso_date(tokens: Sequence[Token]) -> DateValue | None:
    """ "2025-06-02", as some outlets print it."""
    if len(tokens) != 5 or any(token.spaced for token in tokens[1:]):
        return None
    text = "".join(token.text for token in tokens)
    if not _ISO_DATE.fullmatch(text):
        return None
    return DateValue.for_day(datetime.date.fromisoformat(text))


def _weekday_and_date(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "Tuesday, June 3": the date; whether June 3 was a Tuesday is checked elsewhere."""
    if len(tokens) < 2 or tokens[0].text not in WEEKDAYS:
        return None
    index = 2 if text_at(tokens, 1) == "," else 1
    partial = _read_partial(tokens[index:])
    if partial is None or partial.day is None:
        return None
    return _resolve(partial, anchor)


def _parse_single(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    if not tokens:
        return None
    value = (
        parse_relative(tokens, anchor)
        or _iso_date(tokens)
        or _weekday_and_date(tokens, anchor)
        or _part_of_period(tokens, anchor)
        or _year_end(tokens, anchor)
        or _quarter_or_half(tokens, anchor)
        or _named_quarter(tokens, anchor)
        or _decade(tokens)
        or _decade_in_words(tokens, anchor)
        or _century(tokens)
        or _in_named_year(tokens, anchor)
    )
    if value is None:
        partial = _read_partial(tokens)
        value = _resolve(partial, anchor) if partial else None
    if value is None and len(tokens) > 1 and tokens[-1].text in _TIME_OF_DAY:
        # "Tuesday night", "yesterday morning", "June 2 evening": still that day.
        shorter = _parse_single(tokens[:-1], anchor)
        value = shorter if shorter and shorter.precision == "day" else None
    return value


def _combine(
    left: Sequence[Token], right: Sequence[Token], anchor: datetime.date
) -> DateValue | None:
    """A range whose ends share fields: "June 2-3", "2-3 June", "May 30-June 2", "2022-2024"."""
    lp, rp = _read_partial(left), _read_partial(right)
    if lp is None or rp is None:
        return None
    if lp.day is not None and rp.day is not None:
        if rp.month is None:
            rp = replace(rp, month=lp.month)
        if lp.month is None:
            lp = replace(lp, month=rp.month)
    if (lp.day is None) != (rp.day is None) or (lp.month is None) != (rp.month is None):
        return None
    if lp.month is None and (lp.year is None or rp.year is None):
        return None
    left_borrows, right_borrows = lp.year is None, rp.year is None
    if left_borrows and right_borrows:
        assert rp.month is not None
        year = latest_year(rp.month, rp.day or 1, anchor)
        if year is None:
            return None
        lp, rp = replace(lp, year=year), replace(rp, year=year)
    elif left_borrows:
        lp = replace(lp, year=rp.year)
    elif right_borrows:
        rp = replace(rp, year=lp.year)
    start, end = _span(lp), _span(rp)
    if start and end and start.start > end.start and (lp.month or 0) > (rp.month or 0):
        # "December 30-January 2": the borrowed year is one off.
        if left_borrows and lp.year is not None:
            start = _span(replace(lp, year=lp.year - 1))
        elif right_borrows and rp.year is not None:
            end = _span(replace(rp, year=rp.year + 1))
    if start is None or end is None or start.start > end.start:
        return None
    return DateValue(start.start, end.end, "interval")


def _parse_range(
    tokens: Sequence[Token], anchor: datetime.date, *, allow_and: bool
) -> DateValue | None:
    """ "June 2-3", "May 30 to June 2", "between June 2 and June 5", "late May to early June"."""
    for split in range(1, len(tokens) - 1):
        separator = tokens[split].text
        if separator not in _RANGE_SEPARATORS and not (allow_and and separator == "and"):
            continue
        left, right = tokens[:split], tokens[split + 1 :]
        value = _combine(left, right, anchor)
        if value is None:
            start, end = _parse_single(left, anchor), _parse_single(right, anchor)
            if start and end and start.start <= end.start:
                value = DateValue(start.start, end.end, "interval")
        if value is not None:
            return value
    return None


def _parse(phrase: str, anchor: datetime.date) -> DateValue | None:
    holiday = read_holiday(phrase, anchor)
    if holiday is not None:
        return holiday
    tokens = tokenize(with_year_digits(phrase))
    index = 0
    while index < len(tokens) and tokens[index].text in _LEADING:
        index += 1
    leading, tokens = {token.text for token in tokens[:index]}, tokens[index:]
    if text_at(tokens, len(tokens) - 1) in ("quarter", "period") and len(tokens) == 4:
        return _months_named_period(tokens, anchor)
    value = _parse_single(tokens, anchor) or _parse_range(
        tokens, anchor, allow_and="between" in leading
    )
    if value is None and leading & _MONTH_PREPOSITIONS:
        value = _preposition_month(tokens, anchor)
    if value is None and not leading and tokens and tokens[0].text in _MONTH_ONLY_AFTER:
        value = _preposition_month(tokens[1:], anchor)  # "the year to August": August
    return value


def _months_named_period(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "the October-December quarter", "the July-September period": a quarter named by its
    months (Asian and European earnings copy), the latest begun by the dateline when no year
    is given, as "the fourth quarter" is. A quarter must hold three months."""
    if text_at(tokens, 1) != "-" or tokens[1].spaced or tokens[2].spaced:
        return None
    value = _parse_range(tokens[:3], anchor, allow_and=False)
    if value is None or value.start.day != 1 or value.start.year != value.end.year:
        return None
    months = value.end.month - value.start.month + 1
    if text_at(tokens, 3) == "quarter" and months != 3:
        return None
    return value


def _preposition_month(tokens: Sequence[Token], anchor: datetime.date) -> DateValue | None:
    """ "in May", "since March": a preposition makes a bare month name a month, not a verb."""
    found = read_month(tokens, 0)
    if not found or found[1] != len(tokens):
        return None
    year = latest_year(found[0], 1, anchor)
    return DateValue.for_month(year, found[0]) if year is not None else None


@per_article
def parse_date(phrase: str, anchor: datetime.date) -> DateValue | None:
    """The date an article's words name, seen from its dateline ``anchor``; None if not a date.

    A date without a year takes the latest year that puts it no more than two weeks after the
    anchor. A bare month name ("May") is refused, and a month name must be capitalized, because
    "may" and "march" are also verbs. Never raises.
    """
    if not isinstance(phrase, str) or not isinstance(anchor, datetime.date):
        return None
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()
    try:
        return _parse(phrase, anchor)
    except (ValueError, ArithmeticError, RecursionError):
        return None


def weekday_named(phrase: str) -> int | None:
    """The weekday a phrase names (0 = Monday ... 6 = Sunday), or None; never raises.

    "Tuesday, June 3" gives 1, so a caller can check the weekday agrees with the date.
    """
    if not isinstance(phrase, str):
        return None
    for token in tokenize(phrase):
        if token.kind == "word" and token.text in WEEKDAYS:
            return WEEKDAYS[token.text]
    return None
