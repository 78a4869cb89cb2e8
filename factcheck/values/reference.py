"""Dates stated against a quarter the story already named: "a year earlier", "the year-ago
quarter", "the quarter".

Earnings copy names its quarter once ("third-quarter net income rose to $5 million") and
then points back at it: "from $4 million a year earlier", "in the year-earlier quarter",
"sales fell during the quarter". Those words are dates, and their value is the named quarter
(or the same quarter a year before), not the dateline's date and not a length of one year.
Only a quarter counts as the reference, because only a quarter is what such words point
back at with any regularity; where the story has named none, these words get no value (no
mention, no claim) rather than a guess.

`read_reference` is called by `direction.read_date_at` when `parse_date` cannot read the
words, so the mention finder and `verify` read them alike.
"""

from __future__ import annotations

import bisect
import datetime
import re

from factcheck.lazy_pattern import lazy as _lazy
from factcheck.values._calendar import PERIOD_ORDINALS, year_part
from factcheck.values.types import DateValue

# A quarter the story names, which later words can point back at.
_QUARTER = _lazy(
    r"\b(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ]quarter|Q[1-4]|"
    r"(?:[Ll]atest|[Cc]urrent|[Tt]his) quarter)\b(?:,? (?:of )?(?:1[0-9]{3}|20[0-9]{2})\b)?"
)
# Words before a quarter that make it the year before's, not the story's own.
_YEAR_AGO_BEFORE = _lazy(r"(?:year-(?:ago|earlier)|[Ll]ast year's|[0-9]{4}) (?:[a-z]+ )?$")
# The words read here, once a leading "the" is read past.
_YEAR_EARLIER = _lazy(r"[Aa] year (?:earlier|ago)|[Yy]ear-(?:earlier|ago)")
_YEAR_AGO_QUARTER = _lazy(
    r"year-(?:ago|earlier) "
    r"(?:(?P<named>(?:first|second|third|fourth)[- ]quarter)|quarter|(?P<period>period))"
)
# "the 1988 period", "the latest period": the story's period of results, when it is a quarter.
_YEAR_PERIOD = _lazy(r"(?P<year>1[0-9]{3}|20[0-9]{2}) period")
_LATEST_PERIOD = _lazy(r"(?:[Ll]atest|[Mm]ost recent) period")
_THE_QUARTER = _lazy(r"quarter")
# "this year's third quarter", "last year's quarter", "the 1988 second quarter".
_YEARS_QUARTER = _lazy(
    r"(?:(?P<named>[Tt]his|[Nn]ext|[Ll]ast) year's|(?P<year>1[0-9]{3}|20[0-9]{2})) "
    r"(?:(?P<ordinal>first|second|third|fourth)[- ])?quarter"
)
# Periods of results other than a quarter: after one of these, "a year earlier" is its.
_OTHER_PERIOD = _lazy(
    r"\b(?:(?:three|six|nine|twelve|[0-9]+) months|half|(?:fiscal|full|the) year|year to date"
    r"|year-to-date|weeks?|[0-9]{4} period)\b",
    re.IGNORECASE,
)
_NAMED_YEARS = {"this": 0, "next": 1, "last": -1}
_DETERMINER_BEFORE = _lazy(r"\b(?:[Tt]he|[Tt]hat) $")
_DETERMINER = _lazy(r"(?:[Tt]he|[Tt]hat) ")

_quarters_of: tuple[str, list[int], list[re.Match[str]]] = ("", [], [])


def _quarters(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """The quarters ``text`` names as its own (not "the year-ago third quarter"), found once
    a text and looked up by bisection, as their ends."""
    global _quarters_of
    if _quarters_of[0] is not text:
        found = [
            match
            for match in _QUARTER().finditer(text)
            if not _YEAR_AGO_BEFORE().search(text, max(0, match.start() - 30), match.start())
        ]
        _quarters_of = (text, [match.end() for match in found], found)
    return _quarters_of[1], _quarters_of[2]


def _reference(
    text: str, before: int, anchor: datetime.date, since: int = 0, alone: bool = False
) -> DateValue | None:
    """The last quarter ``text`` names between ``since`` and ``before``, read as its own
    sentence says (so "next year's first quarter" and "Q3 2024" keep their years); with
    ``alone``, only a quarter begun by the dateline, with no other period of results named
    after it ("the nine months")."""
    from factcheck.values.direction import read_date_at

    ends, matches = _quarters(text)
    last = bisect.bisect_right(ends, before) - 1
    if last < 0 or matches[last].start() < since:
        return None
    if alone and _OTHER_PERIOD().search(text, ends[last], before):
        return None
    match = matches[last]
    value = read_date_at(match.group(), anchor, text, match.start(), match.end())
    if value is None or value.precision != "interval":
        return None
    if alone and value.start > anchor:
        # A quarter not yet begun is a forecast ("losses through the third quarter of
        # 1990"), not the period the story's figures are for.
        return None
    return value


def _year_before(value: DateValue | None) -> DateValue | None:
    """The same quarter one year before (the direction rule's shift by whole years)."""
    from factcheck.values.direction import _shifted_year

    return _shifted_year(value, -1) if value is not None else None


def _quarter_of_year(
    match: re.Match[str], anchor: datetime.date, text: str, start: int, alone: bool = False
) -> DateValue | None:
    """ "this year's third quarter", "the 1988 quarter": the year the words name, and the
    quarter they name or, without an ordinal, the number of the story's last quarter
    (with ``alone``, only if no other period of results was named since)."""
    named = match.groupdict().get("named")
    year = anchor.year + _NAMED_YEARS[named.lower()] if named else int(match.group("year"))
    ordinal = match.groupdict().get("ordinal")
    if ordinal:
        number = PERIOD_ORDINALS[ordinal]
    else:
        reference = _reference(text, start, anchor, alone=alone)
        if reference is None:
            return None
        number = (reference.start.month - 1) // 3 + 1
    return year_part(year, 3, number)


def read_reference(
    phrase: str, anchor: datetime.date, text: str, start: int, end: int
) -> DateValue | None:
    """The date ``phrase``, said at ``text[start:end]``, names by pointing back at a quarter
    the story named before it; None when it is no such phrase or there is no such quarter.

    "a year earlier", "a year ago", and "year-earlier", "year-ago" before another noun
    ("compared with a year-earlier loss"): the quarter named earlier in the same sentence, a year
    before; else the quarter the story named before it, when no other period of
    results ("the nine months", "the first half") was named since: earnings copy names its
    quarter and then compares each figure "from $4 million a year earlier" ("a year ago"
    with no such quarter is read by parse_date, from the dateline).
    "this year's third quarter", "the 1988 quarter": that year's quarter (without an
    ordinal, the number of the story's last quarter).
    "the year-ago period", "the 1988 period", "the latest period": the same, when the last
    period of results the story named is a quarter (not "the nine months").
    "year-ago quarter", "year-earlier quarter": the story's last quarter, a year before;
    "year-ago third quarter": the third quarter, a year before. "quarter" after "the" or
    "that": the story's last quarter."""
    from factcheck.values.direction import read_date_at, sentence_start

    phrase = phrase.strip()
    # The finder's span takes TimeML's "the" ("the year-ago quarter", "the quarter"), and a
    # claim drafted from it holds the same words: read past it.
    determiner = _DETERMINER().match(phrase)
    if determiner:
        phrase, start = phrase[determiner.end() :], start + determiner.end()
    years_quarter = _YEARS_QUARTER().fullmatch(phrase)
    if years_quarter:
        return _quarter_of_year(years_quarter, anchor, text, start)
    if _YEAR_EARLIER().fullmatch(phrase):
        first = sentence_start(text, start)
        value = _reference(text, start, anchor, first)
        if value is None and first > 1:
            # "Third-quarter net rose to $5 million. Revenue fell from $9 million a year
            # earlier.": the story named the quarter before, and no other period since.
            # Earnings copy keeps comparing with its quarter paragraphs later ("loans were
            # $6.6 million in the quarter compared with $361.8 million a year ago"): on TBAQ
            # looking back over the whole story, not two sentences, read 4 more values
            # right and 1 wrong.
            value = _reference(text, start, anchor, alone=True)
        return _year_before(value)
    year_period = _YEAR_PERIOD().fullmatch(phrase)
    if year_period:
        return _quarter_of_year(year_period, anchor, text, start, alone=True)
    if _LATEST_PERIOD().fullmatch(phrase):
        return _reference(text, start, anchor, alone=True)
    year_ago = _YEAR_AGO_QUARTER().fullmatch(phrase)
    if year_ago:
        if year_ago.group("period"):
            return _year_before(_reference(text, start, anchor, alone=True))
        named = year_ago.group("named")
        if named:
            at = start + year_ago.start("named")
            return _year_before(read_date_at(named, anchor, text, at, at + len(named)))
        return _year_before(_reference(text, start, anchor))
    if _THE_QUARTER().fullmatch(phrase) and (
        determiner or _DETERMINER_BEFORE().search(text, max(0, start - 5), start)
    ):
        return _reference(text, start, anchor)
    return None
