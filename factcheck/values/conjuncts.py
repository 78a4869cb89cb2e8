"""The second of two dates joined by "and" or "or" whose words lean on the first: "in
January and February", "on April 24 and 25", "in the 1970s and '80s".

The second's words alone are no date ("February" may be a name, "25" a count, "'80s" wants
its "the"), and `parse_date` refuses them. Where the article says them, right after the
first date and "and" or "or", they are a month, a day of the first date's month, a decade
of the first's century. `read_conjunct` gives that reading from the words before them; the
mention finder (`factcheck.mentions.dates`) tries it only right after a date it found, and
`verify` reads a claim on such words through `direction.read_date_at`, which asks here when
`parse_date` cannot read a phrase, so a draft `extract` writes from them verifies.

The first date is read where it stands, as its own words say (but for a year the second's
words state, which the first takes: `values.direction`, rule 8), and the second takes what
it leaves out: a month the first's year (the next year's, for "December and January"), a
day the first's month and year, unless the day's own words name a year ("April 24 and
25, 1999"). Not read:
"May" (a name as often as a month) unless a mark or the end of its sentence follows it, and
a day number a noun follows ("on April 24 and 25 people died": a count).
"""

from __future__ import annotations

import datetime
import re

from factcheck.lazy_pattern import lazy
from factcheck.values.dates import parse_date
from factcheck.values.types import DateValue

_PREPOSITIONS = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Ff]or|[Tt]hrough(?:out)?"
    r"|[Bb]efore|[Aa]fter|[Tt]o)"
)
_AND = r",? (?:and|or) $"


def _month() -> str:
    from factcheck.mentions.dates import MONTH

    return MONTH


def _day() -> str:
    from factcheck.mentions.dates import DAY

    return DAY


# "in January and ", "since March, and ": a month after a preposition, then "and"/"or".
_MONTH_FIRST = lazy(lambda: rf"\b{_PREPOSITIONS} (?P<first>{_month()}){_AND}")
# "April 24 and ", "Aug. 3 or ": a month's day, then "and"/"or" (the day of the second).
_DAY_FIRST = lazy(lambda: rf"\b(?P<first>{_month()} {_day()}){_AND}")
# "the 1970s and ", "the '60s or ": a decade in figures (its century reads a bare "'80s").
_DECADE_FIRST = lazy(r"(?:\b(?P<century>1[89]|20)|')[0-9]0s" + _AND)
_BARE_MONTH = lazy(lambda: rf"{_month()}")
# "25", "25th", "25, 1999": a day, with the year when the words give it after the day.
_BARE_DAY = lazy(lambda: rf"(?P<day>{_day()})(?:,? (?P<year>1[0-9]{{3}}|20[0-9]{{2}}))?")
_BARE_DECADE = lazy(r"'?(?P<tens>[0-9])0s")
# After a day number, what makes it a date rather than a count: a mark, the end, a year,
# or a word that is no noun it counts.
_AFTER_DAY = lazy(
    r"(?:$|[.,;:)!?]| (?:in|at|on|to|for|when|as|and|or|respectively|this|last|next)\b)"
)
_AFTER_MAY = lazy(r"(?:$|[.,;:)!?])")


def _first(
    match: re.Match[str], words: str, anchor: datetime.date, text: str, offset: int
) -> DateValue | None:
    """The first of the two dates, ``words`` at ``match``'s group "first" in the window of
    ``text`` that starts at ``offset``, read where it stands."""
    from factcheck.values.direction import read_date_at

    start, end = offset + match.start("first"), offset + match.end("first")
    return read_date_at(words, anchor, text, start, end)


def read_conjunct(
    phrase: str, anchor: datetime.date, text: str, start: int, end: int
) -> DateValue | None:
    """The date ``phrase`` at ``text[start:end]`` names as the second of two joined dates
    (see the module docstring); None when it is not one."""
    if not isinstance(phrase, str) or not isinstance(text, str) or start < 6:
        return None
    if text[start:end] != phrase:
        return None
    offset = max(0, start - 40)
    before = text[offset:start]
    if not before.endswith((" and ", " or ")):
        return None
    if _BARE_MONTH().fullmatch(phrase):
        if text.startswith(" ", end) and text[end + 1 : end + 2].isdigit():
            return None  # "and February 3": the date finder's own
        if phrase == "May" and not _AFTER_MAY().match(text, end):
            return None
        found = _MONTH_FIRST().search(before)
        second = parse_date("in " + phrase, anchor)
        first = found and _first(found, "in " + found.group("first"), anchor, text, offset)
        if not first or second is None or first.precision != "month":
            return None
        # the first month's year, or the next when the second comes earlier in a year
        year = first.start.year + (second.start.month < first.start.month)
        return DateValue.for_month(year, second.start.month)
    day = _BARE_DAY().fullmatch(phrase)
    if day:
        found = _DAY_FIRST().search(before)
        if found is None or not _AFTER_DAY().match(text, end):
            return None
        first = _first(found, found.group("first"), anchor, text, offset)
        if first is None or first.precision != "day":
            return None
        number = int(re.sub(r"[^0-9]", "", day.group("day")))
        year = int(day.group("year")) if day.group("year") else first.start.year
        try:
            second_day = datetime.date(year, first.start.month, number)
        except ValueError:
            return None
        if not day.group("year") and number <= first.start.day:
            return None  # "April 24 and 3": no later day of the same month
        return DateValue.for_day(second_day)
    decade = _BARE_DECADE().fullmatch(phrase)
    if decade:
        found = _DECADE_FIRST().search(before)
        if found is None:
            return None
        century = found.group("century")
        words = f"the {century}{decade.group('tens')}0s" if century else f"the '{phrase[-3:]}"
        return parse_date(words, anchor)
    return None
