"""Find the dates an article names: "June 27, 2025", "2 June", "late May", "last week", "Tuesday".

The patterns here only propose spans; ``factcheck.values.parse_date`` decides, from the
dateline, what each one means, and a span it cannot read is dropped. Month names must be
capitalized and a bare month needs a preposition ("in May"), so "may" the verb never matches.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable

from factcheck.lazy_pattern import lazy
from factcheck.mentions._scan import anchored, digit_runs, occurrences
from factcheck.mentions._spans import Candidate, Taken, pick_longest
from factcheck.mentions._text import word_set
from factcheck.mentions.model import Mention
from factcheck.values import DateValue, parse_date
from factcheck.values._year_words import year_words
from factcheck.values.conjuncts import read_conjunct
from factcheck.values.direction import next_mark, read_date_at, sentence_start
from factcheck.values.reference import read_reference

_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Patterns start with a literal alternation or a digit so the regex engine can skip to where
# a date may start; the checks a leading look-behind would make are done in code (_LEFT).
# They are kept few and small: compiling regular expressions costs every `factcheck verify`
# time, so "\b" is written once for all full names and once for all abbreviations
# ((?:A|B)\b tries A\b, then B\b, as A\b|B\b does) and MONTH's copies compile faster.
_ABBREVIATED = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:(?:{_FULL_MONTHS})\b|(?:{_ABBREVIATED})\b\.?)"
DAY = r"(?:3[01]|[12][0-9]|0[1-9]|[1-9])(?:st|nd|rd|th)?(?![\w]|[.,:][0-9])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\w]|[.,][0-9])"
BARE_YEAR = r"(?:18|19|20)[0-9]{2}(?![\w%]|[.,][0-9])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TO = r"(?: ?- ?| to | through | until )"
_NUMBER_WORD = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[0-9]{1,3})"
)
_LEFT = frozenset("$€£.,/-")

# Each pattern is compiled when an article first has what it needs (a month name, a year,
# "ago"), and tried only where a match can start, which gives what finditer would find.
_ISO = lazy(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\w-])")
# "2 June 2025", "2-3 June", "30 May-2 June", "the 2nd of June"
_DAY_MONTH = lazy(rf"{DAY}(?:{_TO}{DAY})?(?: of)? {MONTH}(?:{_TO}{DAY} {MONTH})?(?:,? {YEAR})?")
# "June 27, 2025", "June 2-3", "May 30-June 2"
_MONTH_DAY = lazy(rf"{MONTH} {DAY}(?:{_TO}(?:{MONTH} )?{DAY})?(?:,? {YEAR})?")
_MONTH_YEAR = lazy(rf"{MONTH},? (?:of )?{YEAR}")
# "June last year", "2 June last year", "January this year" (values.dates._in_named_year).
_MONTH_NAMED_YEAR = lazy(rf"(?:{DAY} )?{MONTH}(?: {DAY})? (?:last|this|next) year\b")
_YEARS = lazy(rf"{BARE_YEAR} ?(?:-|to) ?{BARE_YEAR}")
# A date in capitals, as a dateline writes it: "LENEXA, KAN. (MAY 14, 2024)", "(14 MAY 2024)".
# A day is required: a capitalised "MAY" alone is as likely a headline's verb.
_UPPER_MONTH = rf"(?:{_FULL_MONTHS.upper()})\b|(?:{_ABBREVIATED.upper()})\b\.?"
_UPPER_DATE = lazy(
    rf"(?:{_UPPER_MONTH}) {DAY}(?:,? {YEAR})?|{DAY}(?: OF)? (?:{_UPPER_MONTH})(?:,? {YEAR})?"
)
# "late May", "mid-2024", "early next year"; "the end of May", "the end of the year".
# "early this month", "late last week", "the end of the month" too (around the dateline).
# "later this week": the rest of the dateline's week, read as its late part.
_PART = lazy(
    rf"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)[- ]"
    rf"(?:{MONTH}(?:,? {YEAR})?|{BARE_YEAR}|(?:this|next|last) (?:year|month|week)\b)"
    r"|[Ll]ater (?:this|next) week\b"
)
_PART_OF = lazy(
    rf"(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd) of "
    rf"(?:{MONTH}(?:,? {YEAR})?|{BARE_YEAR}|(?:this|next|last|the) (?:year|month|week)\b)"
)
_NAMED_YEARS = ("this year", "next year", "last year", "the year")
_NAMED_YEARS += ("this month", "next month", "last month", "the month")
_NAMED_YEARS += ("this week", "next week", "last week", "the week")
# A day named with a part of it ("Wednesday night", "yesterday morning") keeps that part in
# its span, as TimeML's do; the value is the day (parse_date reads the words so). Not
# "Tuesday nights" (every Tuesday night) nor "Friday night's game" (a game's name).
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night)\b(?!'s))?"
_RELATIVE_DAY = lazy(rf"(?:[Tt]oday|[Tt]onight|(?:[Yy]esterday|[Tt]omorrow)\b{_PART_OF_DAY})\b")
_PERIOD = lazy(
    r"(?:[Ee]arlier [Tt]his|[Tt]his) (?:week|month|year|morning|afternoon|evening)\b"
    # "the last year", "the last month" are a length ("over the last year": durations.py) or
    # the final one ("the last month of the war"), not the calendar year or month before.
    r"|(?<![Tt]he )[Ll]ast (?:month|year)\b|[Ll]ast (?:week|morning|afternoon|evening)\b"
    r"|[Nn]ext (?:week|month|year)\b|[Tt]his (?:decade|century)\b(?!-)|[Ll]ast century\b(?!-)"
    # "last night" is yesterday's; "the last night of the festival", "his last night" are no
    # date the words give.
    r"|(?<![Tt]he )(?<![Hh]is )(?<![Hh]er )(?<!its )(?<!their )(?<!our )(?<![Mm]y )"
    r"[Ll]ast night\b(?! of\b)"
)
_WEEKDAY = lazy(rf"(?:[Ll]ast |[Nn]ext )?{WEEKDAY}{_PART_OF_DAY}")
# "last November", "this September" (not "last June 2": a day takes no "last").
# "the 1990s", "the early 1980s", "mid-1990s" (the span leaves out "the").
_DECADE = lazy(r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:1[0-9]|20)[0-9]0s\b")
# "the 20th century", "the nineteenth century" (not "20th-century art": an adjective).
_CENTURY = lazy(r"(?:[1-9][0-9]?(?:st|nd|rd|th)|(?:[a-z]+-)?[a-z]+(?:th|st|nd|rd)) century\b(?!-)")
# "last fall", "this past spring", "next winter", "fall of 2022", "summer 2022" (values._seasons;
# a season with a year but no "of" only after "in" or "the": "sales fall 2025" is a verb).
_SEASON_NAME = r"(?:spring|summer|fall|autumn|winter)\b"
_SEASON = lazy(
    rf"(?:(?:[Ll]ast|[Tt]his(?: past| coming)?|[Nn]ext) {_SEASON_NAME}"
    rf"|(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn) (?P<of>of )?{YEAR})"
)
# "by the summer", "over the summer": the dateline year's (values._seasons). Not "after the
# fall" (of a regime), "the fall of Rome", "the fall in prices", "the spring-like weather".
# "the nineties", "the late eighties", "the mid-'70s": a decade in words after "the"
# (not "in her forties", an age). "the" is in the span, as TimeML's is: a decade in words
# never stands without it ("1990s" does, and is found without it).
_THE_DECADE_WORD = lazy(
    r"(?<![\w-])(?P<decade>[Tt]he (?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?"
    r"(?:(?:[Tt]went|[Tt]hirt|[Ff]ort|[Ff]ift|[Ss]ixt|[Ss]event|[Ee]ight|[Nn]inet)ies"
    r"|['\u2019][1-9]0s))\b(?!-)"
)
# Words that make "the nineties" a temperature, an age, a score or a speed, not a decade:
# "highs in the nineties", "temperatures reached the nineties", "aged in the seventies".
_NOT_A_DECADE = lazy(
    r"\b(?:degrees?|temperatures?|highs?|lows?|heat|hot|warm|fahrenheit|celsius|thermometer"
    r"|mercury|forecasts?|weather|aged?|old|scores?|scored|scoring|grades?|iq|mph|speeds?)\b|°",
    re.IGNORECASE,
)
# "in early summer", "of the late spring", "by late last fall": a third of a season, its
# month (values._seasons), after a preposition.
_THE_SEASON = lazy(
    r"\b(?:(?:[Ii]n|[Ii]nto|[Bb]y|[Oo]ver|[Dd]uring|[Uu]ntil|[Tt]hrough|[Tt]hroughout) "
    r"(?P<season>the (?:spring|summer|fall|autumn|winter))"
    r"|(?:[Ii]n|[Ii]nto|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]hrough|[Ss]ince|[Ff]rom|[Oo]f|[Tt]ill) "
    r"(?P<third>(?:the )?(?:early|late|mid) (?:(?:last|this|next) )?"
    r"(?:spring|summer|fall|autumn|winter)))\b(?![-'])(?! (?:of|in)\b)"
)
# What _THE_SEASON (see _holds_season) and _THE_DECADE_WORD cannot match without: each is
# tried over the whole text (a pattern that starts with "\b" or a look-behind is tried at
# every character, about 0.4 ms an article), so only in a text that has these words.
_THE_SEASONS = ("the spring", "the summer", "the fall", "the autumn", "the winter")
_DECADE_WORD_ENDS = (
    "wenties", "hirties", "orties", "ifties", "ixties", "eventies", "ighties", "ineties",
)  # fmt: skip
_DECADE_DIGITS = re.compile("['\u2019][1-9]0s")
_SEASON_WORDS = (" spring", " summer", " fall", " autumn", " winter")
_SEASON_WORDS += ("Spring ", "Summer ", "Fall ", "Autumn ", "spring ", "summer ", "fall ")
_SEASON_WORDS += ("autumn ",)
# "Christmas Day", "last Thanksgiving", "New Year's Eve", "Halloween 2024" (values._holidays).
_HOLIDAY = lazy(
    r"(?:(?P<place>[Ll]ast|[Tt]his|[Nn]ext) )?(?:Christmas(?P<day> Day| Eve)?"
    r"|New Year's(?P<day2> Day| Eve)|Halloween|Valentine's(?P<day3> Day)"
    r"|Thanksgiving(?P<day4> Day)?"
    # Easter and the days dated from it (values._holidays), Election Day (US); not "Easter
    # Island", "the Easter Rising", "Easter eggs"
    r"|Easter(?:(?P<day5> Sunday| Day| Monday| [Ww]eek)|(?! Island| Rising| [a-z]))"
    r"|(?P<named>Good Friday|Palm Sunday|Holy (?:Week|Thursday|Saturday)|Maundy Thursday"
    r"|Ash Wednesday|Pentecost|Election Day))"
    rf"\b(?!')(?:,? (?P<year>{YEAR}))?"
)
_HOLIDAY_NAMES = ("Christmas", "New Year's", "Halloween", "Valentine's", "Thanksgiving")
_HOLIDAY_NAMES += ("Easter", "Good Friday", "Palm Sunday", "Holy ", "Maundy", "Ash Wednesday")
_HOLIDAY_NAMES += ("Pentecost", "Election Day")
# Before a holiday named alone: the words that make it the day ("closed until Christmas"),
# not a season or a thing ("Merry Christmas", "Christmas shopping").
_HOLIDAY_BEFORE = word_set(
    "on at before after until till by since over through for around during from"
)
# "this weekend", "last weekend", "over the weekend" (a bare "weekend" only after "the").
_WEEKEND = lazy(r"(?:(?:[Tt]his|[Ll]ast) )?weekend\b(?! of\b)")
# "by year-end", "around year end", "by year's end": only after a preposition that looks
# ahead (not "year-end results", an adjective; nor "since" or "at year-end", which may be
# last year's in a January story).
_YEAR_END = lazy(r"[Yy]ear(?:-| |'s )end\b(?!-)")
_YEAR_END_AFTER = word_set("by around before until till toward towards near")
_NAMED_MONTH = lazy(rf"(?:[Ll]ast|[Tt]his) {MONTH}(?!\.? ?[0-9])")
# "the third quarter", "third-quarter profit", "the first half of 2024", "Q3 2024", "the
# first half of next year", "the fourth quarter last year", "the final quarter of 2012", "the
# third quarter of $226.3 million" (the finder adds the leading
# "the": _spans.with_leading_words; "the second half of the year", the story's year, is
# story_years'). Not "the first half of the match", "the first
# half-hour", "the first quarter-century": those name no part of a year.
_YEAR_PART = lazy(
    rf"(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ](?:quarter|half)|Q[1-4]"
    rf"|(?:[Tt]his|[Cc]urrent|[Ll]atest|[Ll]ast|[Pp]revious|[Nn]ext) quarter"
    rf"|(?:[Ff]inal|[Ll]ast) (?:quarter|half)(?= of (?:{YEAR}|this year|last year|next year)))\b"
    rf"(?:,? (?:of )?{YEAR}"
    rf"|(?: of this| of last| of next| this| last| next) year\b(?![-'\u2019])"
    # "the third quarter of $226.3 million": earnings copy's figure for the quarter
    rf"|(?= of (?:[$\u00a3\u20ac\u00a5]|US\$|C\$|A\$))"
    rf"|(?![- ](?:of|hours?|century|centuries|dozen|miles?|inch|inches)\b))"
)
# A quarter or half in a sentence about a game is the game's ("scored in the third quarter").
_GAME = lazy(
    r"\b(?:games?|match(?:es)?|scored|scoring|goals?|touchdowns?|innings|half-?time|kick-?off|"
    r"quarterback|baskets?|overtime|penalty|penalties)\b",
    re.IGNORECASE,
)
_AGO = lazy(rf"{_NUMBER_WORD} (?:days?|weeks?|months?|years?|decades?)(?: or so)? ago\b")
# A hedge before "N units ago" is part of the date ("nearly four years ago", "more than four
# decades ago"): the value reader reads the stretch it allows (values._relative._ago).
_AGO_HEDGE = lazy(
    r"\b(?:[Mm]ore than|[Oo]ver|[Ww]ell over|[Jj]ust over|[Nn]early|[Aa]lmost|[Cc]lose to|"
    r"[Jj]ust under|[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome|[Aa]pproximately) $"
)
# "Wednesday, June 26", "Tuesday 3 June": a weekday just before a calendar date joins it.
_WEEKDAY_BEFORE = lazy(rf"{WEEKDAY},? $")
# "between June 2 and June 5", "between June 2 and 5", "from 2014 to 2022": built from the
# dates found on either side rather than by one more large pattern.
_OPENER = lazy(r"(?:[Bb]etween|[Ff]rom) $")
_INNER_RANGE = lazy(r"[0-9] ?(?:-|to|through|until) ?[A-Z0-9]")
_CLOSER = lazy(r" (?:and|to|until|through) (?:([0-9]{1,4})\b)?")
# Words that follow "the March" when it is no month dating a noun ("the March on Washington").
_NOT_NOUN = (
    "(?:on|of|in|to|for|and|or|at|by|with|from|is|was|are|were|has|had|will|would|that|which"
    "|who|began|ended|went|took|made)"
)
# A bare month is a month only after a preposition ("in May"); the span is the month alone.
_PREPOSITION_MONTH = lazy(
    rf"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]o|[Tt]hrough|[Bb]efore|"
    rf"[Aa]fter|[Tt]hroughout) (?P<month>{MONTH})(?! [0-9])"
    # "figures for January", "scheduled for June"; "the October slaying": a month before the
    # noun it dates (values.dates reads "for June" and "the October" so, for `verify`). Not
    # "May": "a blow for May", "the May government" name a person as often as the month.
    rf"|(?:[Ff]or|(?P<determiner>[Tt]he)) "
    rf"(?!May\b)(?P<month_before>{MONTH})(?! [0-9])(?(determiner)(?= [a-z])(?! {_NOT_NOUN}\b))"
)
# "fiscal 1989", "fiscal year 2009", "Fiscal-Year 2007", "FY 2007" before a year.
_FISCAL_BEFORE = lazy(r"(?:\b[Ff]iscal(?:[- ][Yy]ear)?|\bFISCAL(?:[- ]YEAR)?|\bFY) $")
# A four-digit figure after these is an amount ("about 2000"), not a year.
_AMOUNT_BEFORE = lazy(
    r"(?:about|around|some|nearly|almost|over|than|least|roughly|approximately) $",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(rf"{BARE_YEAR}")


def _by_first_letter(forms: list[str]) -> str:
    """A choice of ``forms`` grouped by first letter: "J(?:anuary\\b|une\\b)|F(?:ebruary\\b)".

    The regex engine skips in C to the characters a pattern's every branch starts with, and
    tries MONTH, which starts with groups, at every character; grouped so, the month scan
    below takes a ninth of the instructions. Only one form can match at a place (each is a
    whole word), so the grouping finds what MONTH finds."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Where MONTH matches, and what (the same as re.compile(MONTH); tested).
_MONTH = re.compile(
    _by_first_letter(
        [rf"{name}\b" for name in _FULL_MONTHS.split("|")]
        + [rf"{name}\b\.?" for name in _ABBREVIATED.split("|")]
    )
)

# What each pattern starts with, to rule out the places it cannot match.
_PART_WORDS = ("Early", "early", "Mid", "mid", "Late", "late", "End", "end", "Later", "later")
_PART_OF_WORDS = ("Beginning of ", "beginning of ", "Start of ", "start of ", "Middle of ")
_PART_OF_WORDS += ("middle of ", "End of ", "end of ")
_PERIOD_WORDS = ("Earlier ", "earlier ", "This ", "this ", "Last ", "last ", "Next ", "next ")
_WEEKDAY_WORDS = ("Last ", "last ", "Next ", "next ", "Mon", "Tue", "Wed", "Thu", "Fri")
_WEEKDAY_WORDS += ("Sat", "Sun")
_PREPOSITIONS = frozenset(
    word
    for name in word_set(
        "in since by until till during from to through before after throughout for the"
    )
    for word in (name, name.capitalize())
)
# And the words they end with (a month, a year, "week", "ago"), which are rarer.
_WEEKDAY_TAILS = ("onday", "uesday", "ednesday", "hursday", "riday", "aturday", "unday")
_RELATIVE_TAILS = ("oday", "onight", "esterday", "omorrow")
_PERIOD_TAILS = (" week", " month", " year", " morning", " afternoon", " evening", " night")
_PERIOD_TAILS += (" decade", " century")
_YEAR_PART_WORDS = ("First", "first", "Second", "second", "Third", "third", "Fourth", "fourth")
_YEAR_PART_WORDS += ("This", "this", "Current", "current", "Latest", "latest", "Last", "last")
_YEAR_PART_WORDS += ("Previous", "previous", "Next", "next", "Final", "final")
_QUARTER_CODES = ("Q1", "Q2", "Q3", "Q4")
_AGO_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "decade")
_AGO_UNITS += ("decades",)


def _before(tails: list[int], offsets: tuple[int, ...]) -> list[int]:
    """The indices ``offsets`` characters before each of ``tails``."""
    return [tail - offset for tail in tails for offset in offsets if tail >= offset]


def _starting(text: str, starts: list[int], words: tuple[str, ...]) -> list[int]:
    """The ``starts`` at which one of ``words`` begins."""
    return [start for start in starts if text.startswith(words, start)]


def _days_before_months(months: list[int], digits: tuple[tuple[int, int], ...]) -> list[int]:
    """The digits that can start "2 June" or "30 May-2 June": a day, perhaps a range to a
    second day (at most 17 characters in all) and " of", then a space before a month."""
    starts = []
    for first, end in digits:
        for start in range(first, end):
            at = bisect.bisect_left(months, start + 2)
            if at < len(months) and months[at] <= start + 21:
                starts.append(start)
    return starts


def _matches(
    pattern: Callable[[], re.Pattern[str]], text: str, starts: list[int]
) -> list[re.Match[str]]:
    """What the pattern's finditer finds, trying it only at ``starts`` (and compiling it
    only if there are any)."""
    return anchored(pattern(), text, starts) if starts else []


def _years(text: str) -> list[re.Match[str]]:
    """What _YEAR_ONLY's finditer finds. No word character may follow a year's four digits,
    so they are the last four of a run of digits (the article's runs are found once for all
    finders, and a scan of its own cost as much as finding them)."""
    return [
        match
        for start, end in digit_runs(text)
        if end - start >= 4 and (match := _YEAR_ONLY.match(text, end - 4))
    ]


def _scans(
    text: str, months: list[int], years: list[re.Match[str]]
) -> list[tuple[bool, list[re.Match[str]]]]:
    """For each pattern in turn, whether it reads a calendar date (a weekday before it joins
    it) and its matches, in text order, as its finditer would find them (`years`: the
    text's `_years`, found once for this and `_referring`)."""
    tails = months + [match.start() for match in years] + occurrences(text, _NAMED_YEARS)
    # "2025-06-27": four characters before a dash that has another dash three after it.
    dashes = occurrences(text, ("-",))
    iso = [dash - 4 for dash in dashes if dash >= 4 and text[dash + 3 : dash + 4] == "-"]
    days = _days_before_months(months, digit_runs(text))
    year_ranges = [m.start() for m in years if text.startswith(("-", " -", "to", " to"), m.end())]
    parts = _starting(text, _before(tails, (4, 5, 6)), _PART_WORDS)
    parts_of = _starting(text, _before(tails, (7, 9, 10, 13)), _PART_OF_WORDS)
    relative = _before(occurrences(text, _RELATIVE_TAILS), (1,))
    periods = _starting(text, _before(occurrences(text, _PERIOD_TAILS), (4, 12)), _PERIOD_WORDS)
    weekdays = _starting(text, _before(occurrences(text, _WEEKDAY_TAILS), (1, 6)), _WEEKDAY_WORDS)
    ago = [
        index - (6 if text.endswith(" or so", 0, index) else 0)  # "a week or so ago"
        for index in occurrences(text, (" ago",))
    ]
    ago = [index for index in ago if text.endswith(_AGO_UNITS, 0, index)]
    decades = [end - 4 for start, end in digit_runs(text) if text.startswith("0s", end - 1)]
    decades += _starting(text, _before(decades, (4, 5, 6)), _PART_WORDS)
    weekends = [
        start
        for index in occurrences(text, ("weekend",))
        for start in (index - 5, index)
        if (start == index and text[max(0, index - 4) : index] in ("the ", "The "))
        or (start == index - 5 and text.startswith(("this ", "This ", "last ", "Last "), start))
    ]
    named_months = _starting(text, _before(months, (5,)), ("Last ", "last ", "This ", "this "))
    year_parts = _starting(
        text, _before(occurrences(text, ("quarter", "half")), (5, 6, 7, 8, 9)), _YEAR_PART_WORDS
    )
    year_parts += occurrences(text, _QUARTER_CODES)
    return [
        (False, _matches(_ISO, text, iso)),
        (True, _matches(_DAY_MONTH, text, days)),
        (True, _matches(_MONTH_DAY, text, months)),
        (False, _matches(_MONTH_YEAR, text, months)),
        (False, _matches(_MONTH_NAMED_YEAR, text, months + days)),
        (False, _matches(_YEARS, text, year_ranges)),
        (False, _matches(_PART, text, parts)),
        (False, _matches(_PART_OF, text, parts_of)),
        (False, years),  # a bare year: _YEAR_ONLY is that pattern
        (False, _matches(_RELATIVE_DAY, text, relative)),
        (False, [m for m in _matches(_PERIOD, text, periods) if not _following(text, m)]),
        (False, [m for m in _matches(_WEEKDAY, text, weekdays) if not _following(text, m)]),
        (False, _matches(_AGO, text, _before(ago, tuple(range(1, 20))))),
        (False, _matches(_NAMED_MONTH, text, named_months)),
        (False, _matches(_DECADE, text, decades)),
        (False, _matches(_CENTURY, text, _century_starts(text))),
        (False, _matches(_WEEKEND, text, weekends)),
        (
            False,
            [m for m in _matches(_HOLIDAY, text, _holiday_starts(text)) if _a_holiday(text, m)],
        ),
        (False, [m for m in _matches(_SEASON, text, _season_starts(text)) if _a_season(text, m)]),
        (False, [m for m in _matches(_YEAR_PART, text, year_parts) if not _in_game(text, m)]),
    ]


def _century_starts(text: str) -> list[int]:
    """Where the ordinal before each " century" may start (the word before it)."""
    starts = []
    for index in occurrences(text, (" century",)):
        start = text.rfind(" ", max(0, index - 16), index) + 1
        if start and text[start - 1 : start] == " ":
            starts.append(start)
    return starts


def _holiday_starts(text: str) -> list[int]:
    """Where a holiday phrase may start: at the name, or at "last "/"this "/"next " before it."""
    starts = []
    for index in occurrences(text, _HOLIDAY_NAMES):
        starts.append(index)
        if index >= 5 and text.startswith(
            ("last ", "Last ", "this ", "This ", "next ", "Next "), index - 5
        ):
            starts.append(index - 5)
    return sorted(set(starts))


def _a_holiday(text: str, match: re.Match[str]) -> bool:
    """Whether a holiday match names the day: with "last"/"this"/"next", "Day"/"Eve" or a
    year, or alone after a preposition and before no noun ("until Christmas.", not
    "Merry Christmas" or "before Christmas shopping")."""
    if match.group("place") or match.group("year"):
        return True
    if any(match.group(group) for group in ("day", "day2", "day3", "day4", "day5", "named")):
        return True
    before = text[max(0, match.start() - 12) : match.start()].split()
    if not before or before[-1].lower() not in _HOLIDAY_BEFORE:
        return False
    after = text[match.end() : match.end() + 12].split()
    return (
        not after
        or not after[0].isalpha()
        or not after[0].islower()
        or after[0]
        in ("and", "or", "in", "at", "to", "when", "with", "as", "but", "this", "last", "next")
    )


def _season_starts(text: str) -> list[int]:
    """Where a season phrase may start: the word before " fall" ("last", "this", "next",
    "past", "coming"), or the season word itself before its year."""
    starts = []
    for index in occurrences(text, _SEASON_WORDS):
        if text[index] == " ":
            before = text.rfind(" ", max(0, index - 16), index)
            starts.append(before + 1)
            starts.append(text.rfind(" ", max(0, before - 8), before) + 1)
        else:
            starts.append(index)
    return sorted(set(starts))


def _a_season(text: str, match: re.Match[str]) -> bool:
    """Whether a "SEASON YEAR" match is a season: with "of", capitalized, or after "in" or
    "the" ("in summer 2022"; not "sales fall 2025 forecasts")."""
    words = match.group()
    if words.startswith(("last", "Last", "this", "This", "next", "Next")):
        return True
    if match.group("of") or words[0].isupper():
        return True
    start = match.start()
    before = text[max(0, start - 4) : start]
    word_start = start < 4 or not text[start - 4].isalnum()
    return before[-4:] in ("the ", "The ") or (before[-3:] in ("in ", "In ") and word_start)


def _following(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is "the next week", "the next Monday": counted from an event the
    story told ("the next year he moved"), or a length ("in the next year"), not the dateline's
    next week."""
    start = match.start()
    return text.startswith(("next", "Next"), start) and text[max(0, start - 4) : start] in (
        "the ",
        "The ",
    )


def _in_game(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence holding ``match`` speaks of a game (so a quarter is the game's)."""
    return in_game_at(text, match.start(), match.end())


_games_of: tuple[str, dict[tuple[int, int], bool]] = ("", {})


def in_game_at(text: str, first: int, last: int) -> bool:
    """Whether the sentence holding ``text[first:last]`` speaks of a game. Each sentence is
    searched once a text: a sentence of many quarters searched whole for each of them was
    quadratic in its length."""
    global _games_of
    if _games_of[0] is not text:
        _games_of = (text, {})
    start, end = sentence_start(text, first), next_mark(text, last)
    known = _games_of[1].get((start, end))
    if known is None:
        known = _games_of[1][start, end] = bool(_GAME().search(text, start, end))
    return known


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    months = [match.start() for match in _MONTH.finditer(text)]
    years = _years(text)
    for calendar, matches in _scans(text, months, years):
        for match in matches:
            start = match.start()
            before = text[start - 1] if start else " "
            if before.isalnum() or before in _LEFT:
                continue
            span = match.group().rstrip(" ,")
            if calendar:
                weekday = _weekday_before(text, start)
                if weekday:
                    end = start + len(span)
                    found.append(Candidate(weekday.start(), end, text[weekday.start() : end]))
            if _YEAR_ONLY.fullmatch(span) and _amount_before(text[max(0, start - 20) : start]):
                continue
            if _YEAR_ONLY.fullmatch(span) and _fiscal_before(text, start):
                continue  # a fiscal year is not the calendar year (mentions/story_years.py)
            found.append(Candidate(start, start + len(span), span))
    found += _upper_case_dates(text)
    found += _days_in_words(text, months)
    found += _years_in_words(text)
    found += _year_ends(text)
    found += _ranges(text, found)
    found += _hedged_ago(text, found)
    found += _referring(text, years)
    if _holds_season(text):
        for match in _THE_SEASON().finditer(text):
            group = "season" if match.group("season") else "third"
            start, end = match.span(group)
            found.append(Candidate(start, end, match.group(group)))
    if any(decade in text for decade in _DECADE_WORD_ENDS) or _DECADE_DIGITS.search(text):
        for match in _THE_DECADE_WORD().finditer(text):
            if _a_decade(text, match):
                start, end = match.span("decade")
                found.append(Candidate(start, end, match.group("decade")))
    for match in _preposition_months(text, months):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        # parse_date reads a bare month after "in", "since", "by"...; "to August" means it too.
        group = "month" if match.group("month") else "month_before"
        phrase = "in " + match.group(group)
        found.append(Candidate(match.start(group), match.end(group), phrase))
    if " quarter" in text or " period" in text:
        found += [
            Candidate(m.start(), m.end(), m.group()) for m in _matches(_MONTHS_PERIOD, text, months)
        ]
    found += _conjuncts(text, found)
    return found


_YEAR_AGO_QUARTER = lazy(
    r"year-(?:ago|earlier) (?:(?:(?:first|second|third|fourth)[- ])?quarter|period)\b"
)
# "this year's third quarter", "the 1988 quarter": a year's quarter.
_A_QUARTER = lazy(
    r"(?:(?:(?:first|second|third|fourth)[- ])?quarter|period)\b(?![- ](?:of|century)\b)"
)
_NAMED_YEAR_WORDS = ("this ", "This ", "next ", "Next ", "last ", "Last ")
_DETERMINERS = ("the quarter", "The quarter", "that quarter", "That quarter")
# After "the quarter", words that make it no part of a year ("the quarter of the city").
_NOT_A_PERIOD = (" of", "-", " century", " mile", " hour", " point", " final", " back")


def _referring(text: str, years: list[re.Match[str]]) -> list[Candidate]:
    """ "a year earlier", "year-ago quarter", "the quarter", "last year's quarter", "the 1988
    third quarter", "the year-ago period", "the latest period", "year-earlier" (before a
    noun): words that point back at a quarter
    the story named (``factcheck.values.reference`` reads them, or drops them if it named
    none). The span leaves out "the", as for every date. `years`: the text's `_years`."""
    found = []
    for index in occurrences(text, ("year earlier",)):
        start = index - 2
        if start >= 0 and text[start:index] in ("a ", "A ") and _word_start(text, start):
            found.append(Candidate(start, index + 12, text[start : index + 12]))
    for index in occurrences(text, ("year-ago ", "year-earlier ", "Year-ago ", "Year-earlier ")):
        if not _word_start(text, index):
            continue
        match = _YEAR_AGO_QUARTER().match(text, index)
        if match:
            found.append(Candidate(index, match.end(), match.group()))
        # "compared with a year-earlier loss": the adjective alone, as "third-quarter" is.
        end = text.index(" ", index)
        found.append(Candidate(index, end, text[index:end]))
    for index in occurrences(text, ("year's ",)):
        start = index - 5
        if start >= 0 and text.startswith(_NAMED_YEAR_WORDS, start) and _word_start(text, start):
            match = _A_QUARTER().match(text, index + 7)
            if match:
                found.append(Candidate(start, match.end(), text[start : match.end()]))
    for index in occurrences(text, ("latest period", "most recent period")):
        if text[max(0, index - 4) : index] in ("the ", "The "):
            end = text.index("period", index) + len("period")
            found.append(Candidate(index, end, text[index:end]))
    for year in years:
        match = _A_QUARTER().match(text, year.end() + 1)
        if text.startswith(" ", year.end()) and match and _word_start(text, year.start()):
            found.append(Candidate(year.start(), match.end(), text[year.start() : match.end()]))
    for index in occurrences(text, _DETERMINERS):
        start = text.index(" ", index) + 1
        end = start + len("quarter")
        if end < len(text) and (text[end].isalnum() or text.startswith(_NOT_A_PERIOD, end)):
            continue
        if _word_start(text, index) and not in_game_at(text, start, end):
            found.append(Candidate(start, end, "quarter"))
    return found


_MONTH_BEFORE = lazy(rf"{MONTH},? $")


def _year_ends(text: str) -> list[Candidate]:
    """ "year-end", "year end", "year's end" after a preposition that looks ahead
    (_YEAR_END_AFTER)."""
    found = []
    starts = [index for index in occurrences(text, ("ear-end", "ear end", "ear's end")) if index]
    for match in _matches(_YEAR_END, text, [index - 1 for index in starts]):
        before = text[max(0, match.start() - 12) : match.start()].split()
        spaced = match.start() > 0 and text[match.start() - 1] == " "
        if spaced and before and before[-1].lower() in _YEAR_END_AFTER:
            found.append(Candidate(match.start(), match.end(), match.group()))
    return found


def _upper_case_dates(text: str) -> list[Candidate]:
    """Dates written in capitals ("MAY 14, 2024"): one date, not the number 14 and the year
    2024. Searched only when the text has a run of capitals followed by a digit."""
    if not _CAPITALS_THEN_DIGIT.search(text):
        return []
    found = []
    for match in _UPPER_DATE().finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in _LEFT):
            continue
        span = match.group().rstrip(" ,")
        found.append(Candidate(start, start + len(span), span))
    return found


# A day of the month in words: "January twenty-sixth", "November seventeenth", "the
# twenty-first of March" (values.dates reads them back). Not "March second-quarter" or
# "May first round": an ordinal glued to, or describing, another noun.
_UNIT_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY_WORD = (
    rf"(?:(?:[Tt]wenty|[Tt]hirty)-(?:{_UNIT_ORDINALS})|{_UNIT_ORDINALS}|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)"
    r"(?![\w-])(?! (?:quarter|half|round|time|term|place|day|week|year|month)\b)"
)
_MONTH_DAY_WORD = lazy(rf"{MONTH} {_DAY_WORD}(?:,? {YEAR})?")
_DAY_WORD_OF_MONTH = lazy(rf"\b{_DAY_WORD} of {MONTH}(?:,? {YEAR})?")


def _days_in_words(text: str, months: list[int]) -> list[Candidate]:
    """Dates whose day is written in words, found at the text's month names."""
    found = []
    for match in _matches(_MONTH_DAY_WORD, text, months):
        start, end = match.span()
        if start and text[start - 1].isalnum():
            continue
        weekday = _weekday_before(text, start)  # "Sunday, March eighth": one date
        start = weekday.start() if weekday else start
        found.append(Candidate(start, end, text[start:end]))
    if any(text.endswith(" of ", 0, month) for month in months):
        found += [
            Candidate(m.start(), m.end(), m.group()) for m in _DAY_WORD_OF_MONTH().finditer(text)
        ]
    return found


_CAPITALS_THEN_DIGIT = re.compile(r"[A-Z]{3}\.? [0-9]|[0-9] (?:OF )?[A-Z]{3}")


def _years_in_words(text: str) -> list[Candidate]:
    """ "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand":
    years said in words, as transcripts write them (``factcheck.values._year_words`` reads
    them, for the finder and `verify` alike). A month just before joins the year."""
    starts = [index - 1 for index in occurrences(text, ("ighteen ", "ineteen ")) if index]
    starts += [index for index in occurrences(text, ("the year two", "The year two"))]
    found = []
    for match in _matches(year_words, text, starts):
        start = match.start()
        month = _MONTH_BEFORE().search(text, max(0, start - 12), start)
        if month:
            start = month.start()
        found.append(Candidate(start, match.end(), text[start : match.end()]))
    return found


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _weekday_before(text: str, start: int) -> re.Match[str] | None:
    """The weekday that ends just before ``start`` ("Wednesday, "), if any."""
    window = max(0, start - 12)
    if text.find("day", window, start) == -1:  # every weekday ends in "day"
        return None
    return _WEEKDAY_BEFORE().search(text, window, start)


def _amount_before(before: str) -> bool:
    """Whether ``before`` ends with "about ", "some " or the like (so with a space, which is
    checked first: most years follow no space but "in ", and the pattern is not needed)."""
    return before.endswith((" ", " \n")) and bool(_AMOUNT_BEFORE().search(before))


def _a_decade(text: str, match: re.Match[str]) -> bool:
    """Whether "the nineties" at ``match`` is a decade: no word of temperature, age, score
    or speed in its sentence's words around it (90 characters either side, cut at a
    sentence's end), where "the nineties" is a range of numbers."""
    start, end = match.span()
    before = text[max(0, start - 90) : start]
    after = text[end : end + 90]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    cut = [i for i in (after.find(". "), after.find("\n")) if i >= 0]
    after = after[: min(cut)] if cut else after
    return not _NOT_A_DECADE().search(before) and not _NOT_A_DECADE().search(after)


def _fiscal_before(text: str, start: int) -> bool:
    """Whether the year at ``start`` names a fiscal year ("fiscal 1989", "fiscal year 2009",
    "FY 2007"): whose months it holds is its keeper's, so it is no calendar date."""
    before = text[max(0, start - 12) : start]
    if not before.endswith(" ") or text[start + 5 : start + 6].isdigit():
        return False  # "fiscal 1989-90" spans two years: left as it was read
    return bool(_FISCAL_BEFORE().search(before))


def _preposition_months(text: str, months: list[int]) -> list[re.Match[str]]:
    """ "in May", "since June": a preposition (2 to 10 letters) and a space before a month."""
    starts = [
        month - offset
        for month in months
        for offset in (3, 4, 5, 6, 7, 8, 11)
        if month >= offset and text[month - offset : month - 1] in _PREPOSITIONS
    ]
    return anchored(_PREPOSITION_MONTH(), text, starts) if starts else []


def _opener_before(text: str, start: int) -> re.Match[str] | None:
    """The "between " or "from " that ends just before ``start``, if any."""
    window = max(0, start - 8)
    if text.find("etween ", window, start) == -1 and text.find("rom ", window, start) == -1:
        return None
    return _OPENER().search(text, window, start)


# "the October-December quarter", "the July-September period": a quarter named by its months.
_MONTHS_PERIOD = lazy(rf"{MONTH}-{MONTH} (?:quarter|period)\b(?![-'\u2019])")
# "and February", "or 25", "and '80s" right after a date: the second of two joined dates,
# whose words lean on the first (values.conjuncts reads them where they stand).
_CONJUNCT = lazy(rf",? (?:and|or) (?P<words>{MONTH}|{DAY}(?:,? {YEAR})?|'?[0-9]0s\b)")


def _conjuncts(text: str, found: list[Candidate]) -> list[Candidate]:
    """The second date of "in January and February", "April 24 and 25", "the 1970s and
    '80s", one for each date found that "and" or "or" follows."""
    joined = []
    for candidate in found:
        if not text.startswith((" and ", " or ", ", and ", ", or "), candidate.end):
            continue
        match = _CONJUNCT().match(text, candidate.end)
        if match:
            words = match.group("words").rstrip(".")
            start = match.start("words")
            joined.append(Candidate(start, start + len(words), words))
    return joined


def _hedged_ago(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "nearly four years ago" for each "four years ago" found after a hedge (_AGO_HEDGE)."""
    hedged = []
    for candidate in found:
        if not candidate.phrase.endswith(" ago") or candidate.start < 3:
            continue
        hedge = _AGO_HEDGE().search(text, max(0, candidate.start - 15), candidate.start)
        if hedge:
            words = text[hedge.start() : candidate.end]
            hedged.append(Candidate(hedge.start(), candidate.end, words))
    return hedged


def _holds_season(text: str) -> bool:
    """Whether _THE_SEASON can match in ``text`` (a season after "the" or a third's word)."""
    if any(season in text for season in _THE_SEASONS):
        return True
    return "early " in text or "late " in text or "mid " in text


def _ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "between X and Y" / "from X to Y" where X is a date found and Y a date or a bare day."""
    by_start: dict[int, int] = {}
    for candidate in found:
        by_start[candidate.start] = max(by_start.get(candidate.start, 0), candidate.end)
    ranges = []
    for candidate in found:
        opener = _opener_before(text, candidate.start)
        if not opener:
            continue
        if _INNER_RANGE().search(candidate.phrase):  # "from May 30 to June 2" found as one
            ranges.append(
                Candidate(opener.start(), candidate.end, text[opener.start() : candidate.end])
            )
            continue
        closer = _CLOSER().match(text, candidate.end)
        if not closer:
            continue
        right = closer.end()
        end = by_start.get(right) or (closer.end(1) if closer.group(1) else None)
        if end:
            ranges.append(Candidate(opener.start(), end, text[opener.start() : end]))
    return ranges


# "today's" before a noun that names an age, not a day: "in today's world", "for today's
# youth" mean nowadays (TimeBank and AQUAINT mark none of them), where "today's editions",
# "today's quiz", "today's meeting" are the dateline's day.
_TODAYS_AGE = lazy(
    r"'s (?:modern |fast-changing |changing )?(?:world|youth|society|generation|young|children|"
    r"kids|culture|economy|age|era)\b"
)


def _an_age(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is "today" in "today's world": nowadays, no date."""
    return candidate.phrase.lower() == "today" and bool(_TODAYS_AGE().match(text, candidate.end))


def find_dates(text: str, anchor: datetime.date, blocked: Taken) -> list[Mention]:
    """Date mentions, longest reading first, outside ``blocked`` (times already found)."""
    kept = pick_longest(
        [candidate for candidate in _candidates(text) if not _an_age(text, candidate)],
        lambda c: (
            parse_date(c.phrase, anchor)
            or read_reference(c.phrase, anchor, text, c.start, c.end)
            or read_conjunct(c.phrase, anchor, text, c.start, c.end)
        ),
        blocked,
    )
    # Each kept date read again as its sentence says (factcheck.values.direction), as
    # `verify` reads it: parse_date remembers the first reading, so this costs the cue search.
    return [
        Mention("date", c.start, c.end, text[c.start : c.end], value)
        for c in (candidate for candidate, _ in kept)
        if isinstance(value := read_date_at(c.phrase, anchor, text, c.start, c.end), DateValue)
    ]
