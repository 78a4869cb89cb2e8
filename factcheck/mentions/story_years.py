"""Find the year (or the week, the month) a story speaks of: "the year", "the full year",
"the current year", "the fiscal year", "the past year", "that year", "earlier in the year",
"for the week".

TimeML marks these as temporal expressions (TBAQ annotates 24 of their 25 uses), and
TempEval-3 scores a finder on them: "for the year, volume was flat" is the year of the
dateline, "later that year" the year the story last named, "revenue for the year ended
March 31" a length of one year. They are found here as mentions of the kind ``story_year``
(value the year, a ``DateValue``), or, before "ended"/"ending", as a duration of one year.

Which year "the year" means is the story's, not the words': in a January report of last
year's results it is the year before the dateline, and a fiscal year is not the calendar
year. A claim drafted from the words would state a year the article does not (the dateline's
is only the likeliest), so ``find_mentions`` returns them only when asked
(``uncheckable=True``, as ``benchmarks/tempeval3.py`` asks), like the references to the
present, past and future: coverage (FC501) and ``factcheck extract`` never see them.

The readings, each the one TBAQ's gold gives: "the year", "the full year", "the current
year", "the fiscal year" are the dateline's year; "the past year" is the year before it
(only where no preposition makes it a length: "over the past year" is the duration P1Y that
``durations`` finds first, by tests/gold/README.md's "One rule for every corpus");
"that year" and "the same year" are the last year (four figures) the text named before them,
and no mention where it named none; "the following year" and "the subsequent year" the year
after that one ("made a general on May 22, 1995, and the following year ...": 1996); "the
year ended Sept. 30" is one year long. "the year before", "the year after", "the year
earlier" measure from another time and are left, and so is "the next year", which is as often
the year after the dateline or a length of one year ("over the next year").

A quarter or half of "the year" ("the second half of the year", "the first quarter of the
year") is of the kind ``story_period``: that part of the dateline's year, read as "the year"
is (the story's year; "the first half of next year" names its year and is the date
finder's).

A part of a day the words do not date ("Dealers placed buy orders in the morning", "By
mid-afternoon, officials said ...", "during the night") is of the kind ``story_period``:
that part of the day of the last date named to the day before it, or of the dateline's
day when none was (TBAQ annotates both of its 2, as the day with TimeML's TMO, TAF). Which day
is the story's, as for "the week". A part of a day with its day ("Wednesday night",
"mid-afternoon yesterday") is the date finder's, and "4 in the morning" a clock time.

"the Nth day" of something ongoing, where the sentence says which day it is ("today is
the eighth day of Desert Shield", "It's the second day of an offensive", "Wednesday was the
third straight day of protests"), is of the kind ``story_period`` too: the dateline's day,
or the day its weekday subject names (TBAQ annotates both of its 2). "It was the third day"
and "on his first day in office" do not say which day, and are left.

"the week" and "the month" a story speaks of ("For the week, the index dropped 3.8%", "the
week's most active session") are the dateline's week (Monday to Sunday) and month, of the kind
``story_period``: TBAQ annotates all 5 of its "the week"s (with the value "the week is not
known", ``1989-WXX``: the story's week, not the words'). "the week of March 6", "the week
before", "the week ended Friday" name or measure from another time and are left.

A day, week or month the story measures from the last date it named ("Dr. Slepian was killed
on Oct. 23. Earlier that day, ...", "appeared in court the next morning", "that same day",
"The following month, the company put itself up for sale") is of the kind ``story_period``
too: the day (week, month) of that date, or the one after or before it ("following", "next",
"previous", "preceding", "prior"). TBAQ annotates all 4 of these. They need a date named to
the day (to the month for a month) within the last few sentences, and are no mention without
one; "next month" is the date finder's, "the next month" (as often a length) and a bare "that
day" (TBAQ marks neither of its two) are left.

A fiscal year named by its number ("fiscal 1989", "fiscal year 2009", "FY 2007") is of the
kind ``story_year`` too, valued as the year it names, as TBAQ values all 4 of its "fiscal
1989"s (TimeML's guidelines allow "FY1989"; TBAQ writes "1989"). Which months it holds is its
keeper's (the US government's runs October to September, the UK's April to March, a
company's its own), which the words seldom say, so no claim is drafted from it and the date
finder leaves its number alone: the calendar year would be a fact the article does not state.
A fiscal year's quarter ("the fiscal first quarter", "fiscal second-quarter") is of the kind
``story_period`` for the same reason, valued as the date finder reads "the first quarter"
(TBAQ marks all 4, with that value); the date finder does not read it as the calendar one.

"a year earlier", "a year ago" and "year-earlier" where no quarter the story named dates them
(``factcheck.values.reference`` dates them when one does, and then the date finder holds
them) are the year before the dateline's: TBAQ annotates 75 of their 76 uses, and their
period is the story's (a quarter, a month, a fiscal year), which the words do not give.
"""

from __future__ import annotations

import bisect
import datetime
import re

from factcheck.lazy_pattern import lazy
from factcheck.mentions._spans import Taken
from factcheck.mentions.model import Mention
from factcheck.values import DateValue, parse_date, parse_duration
from factcheck.values._calendar import PERIOD_ORDINALS, YEAR_PARTS, year_part
from factcheck.values._relative import _period, _week_start

STORY_YEAR_KIND = "story_year"
STORY_PERIOD_KIND = "story_period"

# "the year", "the full year", "the current fiscal year", "earlier in the year".
_THE_YEAR = lazy(
    r"(?<![\w-])(?P<words>(?:(?:[Ee]arlier|[Ll]ater) in )?[Tt]he "
    r"(?P<which>(?:full |current |latest |past |entire |whole )?(?:fiscal )?)year)\b"
    r"(?![-'\u2019]| (?:before|after|earlier|later|ago|of|two|nineteen)\b| [0-9])"
    r"(?P<ended> end(?:ed|ing)\b)?"
)
# "fiscal 1989", "fiscal year 2009", "Fiscal Year 2007", "FY 2007", "FY2007" (not "fiscal
# 1989-90", a span of two, nor "fiscal 1989 dollars" read any other way: the year is named).
_FISCAL_YEAR = lazy(
    r"(?<![\w-])(?:[Ff]iscal(?:[- ][Yy]ear)? |FISCAL(?:[- ]YEAR)? |FY ?)"
    r"(?P<year>(?:19|20)[0-9]{2})\b(?![-/][0-9])"
)
# "the fiscal first quarter", "the fiscal-first quarter", "fiscal second-quarter": a fiscal
# year's quarter, read as the quarter of that number the date finder reads ("first quarter").
_FISCAL_QUARTER = lazy(
    r"(?<![\w-])(?:[Tt]he )?(?:[Ff]iscal|FISCAL)[- ](?P<quarter>(?:[Ff]irst|[Ss]econd|[Tt]hird"
    r"|[Ff]ourth)[- ][Qq]uarter)\b(?!-)"
)
# "that year", "later that year", "the same year", "the following year".
_THAT_YEAR = lazy(
    r"(?<![\w-])(?P<words>(?:(?:[Ee]arlier|[Ll]ater) )?"
    r"(?:[Tt]hat|[Tt]he same|[Tt]he (?P<after>following|subsequent)) year)\b"
    r"(?![-'\u2019]| (?:before|after|earlier|later|ago|of)\b)"
)
# "earlier that day", "that same week", "the next morning", "the following month".
_THAT_DAY = lazy(
    r"(?<![\w-])(?:(?:[Ee]arlier|[Ll]ater) (?:that|the same)|[Tt]hat same|[Tt]he same"
    r"|[Tt]he (?P<step>following|next|previous|preceding|prior)) "
    r"(?P<unit>day|morning|afternoon|evening|night|week|month)\b(?![-'\u2019]| of\b)"
)
# "in the morning", "during the night", "by mid-afternoon": a part of a day the words do not
# name. Not "the night of June 5", "the night before" (a day named or measured), "the
# morning paper" (a noun it describes), nor a part
# of a day a date after it names ("mid-afternoon yesterday": the date finder's).
_PART_OF_A_DAY = lazy(
    r"(?<![\w-])(?:(?:[Ii]n|[Dd]uring|[Tt]hrough(?:out)?|[Ii]nto|[Bb]y|[Uu]ntil) "
    r"(?P<the>the (?:morning|afternoon|evening|night))"
    r"|(?:[Aa]t|[Bb]y|[Ii]n|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]round|[Ss]ince|[Ff]rom) "
    r"(?P<mid>mid[- ]?(?:morning|afternoon)))\b"
    r"(?![-'\u2019]| (?:of|before|after|earlier|later)\b"
    # "in the morning paper", "during the evening session": the word describes a noun
    r"| (?:papers?|newspapers?|session|sessions|news|editions?|shows?|shifts?|rush|prayers?"
    r"|flights?|trading)\b)"
)
_PART_OF_A_DAY_WORDS = (" the morning", " the afternoon", " the evening", " the night", " mid")
# "today is the eighth day of Desert Shield", "It's the second day of an offensive",
# "Wednesday was the third straight day of protests": the day the sentence's subject names.
_NTH_DAY = lazy(
    r"(?<![\w-])(?P<subject>[Tt]oday|[Ii]t|[A-Z][a-z]+day)(?: (?P<verb>is|was|marks|marked)|'s) "
    r"(?P<words>the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|[1-9][0-9]?(?:st|nd|rd|th)) (?:(?:straight|consecutive|full) )?day)"
    r"(?= (?:of|in|since)\b)"
)
_THAT_DAY_WORDS = ("that ", "same ", "following ", "next ", "previous ", "preceding ", "prior ")
_THAT_YEAR_WORDS = ("that year", "That year", "same year", "following year", "subsequent year")
# "a year earlier", "a year ago", "year-earlier", "the year-ago period": the year before the
# story's own time. Not "the year-earlier nine months": the length after it holds the words.
_YEAR_EARLIER = lazy(
    r"(?<![\w-])(?:(?:[Aa]|[Oo]ne) year (?:earlier|ago)|(?:[Tt]he )?[Yy]ear-(?:earlier|ago) period"
    r"|[Yy]ear-(?:earlier|ago)(?! (?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b))\b(?!-)"
)
# "the week", "the week's", "earlier in the month"; not "the week of March 6", "the week
# before", "the week ended Oct. 20", "the week-long strike".
_THE_WEEK_OR_MONTH = lazy(
    r"(?<![\w-])[Tt]he (?P<unit>week|month)\b"
    r"(?!-| (?:before|after|earlier|later|ago|of|end(?:ed|ing)?|to|through)\b| [0-9])"
)
# "the second half of the year", "the first quarter of the year": a part of the story's year.
_PART_OF_THE_YEAR = lazy(
    r"(?<![\w-])(?:[Tt]he )?(?P<number>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth) "
    r"(?P<part>quarter|half) of the year\b(?![-'\u2019])"
)
_NAMED_YEAR = re.compile(r"(?<![\w$.,-])(?:1[89][0-9]{2}|20[0-9]{2})(?![\w-]|,[0-9])")
# How far back "that year" looks for the year it points at.
_LOOK_BACK = 600


def _named_before(text: str, start: int) -> int | None:
    """The last year in four figures ``text`` names before ``start`` (within _LOOK_BACK)."""
    years = _NAMED_YEAR.findall(text, max(0, start - _LOOK_BACK), start)
    return int(years[-1]) if years else None


def _story_period(match: re.Match[str], anchor: datetime.date) -> DateValue:
    """The dateline's week (Monday to Sunday) or month, as ``match`` names it: what "this
    week" or "this month" means."""
    period = _period(f"this {match.group('unit')}", anchor)
    assert period is not None, "values._relative reads both 'this week' and 'this month'"
    return period


def _step_from(date: DateValue, unit: str, step: str | None) -> DateValue | None:
    """The day (week, month) of ``date`` in ``unit``, moved one ahead or back by ``step``."""
    sign = 0 if step is None else -1 if step in ("previous", "preceding", "prior") else 1
    if unit == "month":
        if date.precision not in ("day", "month"):
            return None
        month = date.start.year * 12 + date.start.month - 1 + sign
        return DateValue.for_month(month // 12, month % 12 + 1)
    if date.precision != "day":
        return None
    if unit == "week":
        monday = _week_start(date.start) + sign * WEEK
        return DateValue(monday, monday + datetime.timedelta(days=6), "interval")
    return DateValue.for_day(date.start + sign * DAY)


DAY = datetime.timedelta(days=1)
WEEK = datetime.timedelta(days=7)


def find_story_days(text: str, dates: list[Mention], blocked: Taken) -> list[Mention]:
    """Every day, week or month in normalized ``text`` measured from the last of ``dates``
    (the date finder's, in order) named before it (see the module docstring)."""
    if not dates or not any(words in text for words in _THAT_DAY_WORDS):
        return []
    mentions = []
    # The dates by start (with their place in ``dates``), so each match looks only at those
    # starting within _LOOK_BACK before it, not at every date of the text.
    by_start = sorted((date.start, index) for index, date in enumerate(dates))
    starts = [date_start for date_start, _ in by_start]
    for match in _THAT_DAY().finditer(text):
        start, end = match.span()
        unit, step = match.group("unit"), match.group("step")
        if blocked.hits(start, end) or (step == "next" and unit == "month"):
            continue
        window = by_start[
            bisect.bisect_left(starts, start - _LOOK_BACK) : bisect.bisect_right(starts, start)
        ]
        last = max(
            (
                index
                for _, index in window
                if dates[index].end <= start and isinstance(dates[index].value, DateValue)
            ),
            default=None,
        )
        value = _step_from(dates[last].value, unit, step) if last is not None else None
        if value is not None:
            mentions.append(Mention(STORY_PERIOD_KIND, start, end, match.group(), value))
    return mentions


def find_parts_of_days(
    text: str, dates: list[Mention], anchor: datetime.date, blocked: Taken
) -> list[Mention]:
    """Every part of a day in normalized ``text`` that names no day ("placed orders in the
    morning", "by mid-afternoon"; see the module docstring), as a ``story_period``: the day
    of the last date the date finder named to the day before it (within _LOOK_BACK), or the
    dateline's day when it named none."""
    if not any(words in text for words in _PART_OF_A_DAY_WORDS):
        return []
    days = [date for date in dates if isinstance(date.value, DateValue)]
    days = sorted((date for date in days if date.value.precision == "day"), key=lambda d: d.end)
    ends = [day.end for day in days]  # each match bisects them: not every date of the text
    mentions = []
    for match in _PART_OF_A_DAY().finditer(text):
        start, end = match.span("the") if match.group("the") else match.span("mid")
        if blocked.hits(start, end) or _DAY_AFTER().match(text, end):
            continue
        last = bisect.bisect_right(ends, start) - 1  # the last day named before it
        named = last >= 0 and ends[last] >= start - _LOOK_BACK
        value = days[last].value if named else DateValue.for_day(anchor)
        value = DateValue.for_day(value.start)
        mentions.append(Mention(STORY_PERIOD_KIND, start, end, text[start:end], value))
    return mentions


def find_nth_days(
    text: str, dates: list[Mention], anchor: datetime.date, blocked: Taken
) -> list[Mention]:
    """Every "the Nth day of ..." whose sentence says which day it is (see _NTH_DAY), as a
    ``story_period``: the dateline's day for "today is", "it is", "it's"; the day a weekday
    subject names ("Wednesday was ...", as the date finder read it)."""
    if " day of" not in text and " day in" not in text and " day since" not in text:
        return []
    by_start = {date.start: date for date in dates if isinstance(date.value, DateValue)}
    mentions = []
    for match in _NTH_DAY().finditer(text):
        start, end = match.span("words")
        subject, verb = match.group("subject"), match.group("verb")
        if subject.lower() in ("today", "it"):
            if verb in ("was", "marked"):
                continue  # "It was the third day": which day is the story's, not said
            value: DateValue | None = DateValue.for_day(anchor)
        else:
            named = by_start.get(match.start("subject"))
            value = named.value if named and named.value.precision == "day" else None
        if value is not None and not blocked.hits(start, end):
            mentions.append(Mention(STORY_PERIOD_KIND, start, end, text[start:end], value))
    return mentions


# A day named right after a part of a day ("mid-afternoon yesterday", "the morning, Friday").
_DAY_AFTER = lazy(
    r",? (?:yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def find_story_year_parts(text: str, anchor: datetime.date, blocked: Taken) -> list[Mention]:
    """Every quarter or half of "the year" in normalized ``text`` ("the second half of the
    year"; see the module docstring) that overlaps no ``blocked`` span. The finder blocks
    them whether or not it returns them, so no ordinal is read from "second half". The
    finder asks only for a text with " of the year" in it."""
    mentions = []
    for match in _PART_OF_THE_YEAR().finditer(text):
        start, end = match.span()
        months = YEAR_PARTS[match.group("part")]
        number = PERIOD_ORDINALS[match.group("number").lower()]
        value = year_part(anchor.year, months, number)  # None past the year's end
        if value is not None and not blocked.hits(start, end):
            mentions.append(Mention(STORY_PERIOD_KIND, start, end, match.group(), value))
    return mentions


def find_fiscal_years(text: str, anchor: datetime.date, blocked: Taken) -> list[Mention]:
    """Every fiscal year named by its number in normalized ``text`` ("fiscal 1989", "FY
    2007"), valued as the year it names, and every fiscal quarter ("the fiscal first
    quarter"), valued as the quarter "the first quarter" is read as, that overlaps no
    ``blocked`` span (see the module docstring). The finder asks for them on every text,
    before the date finder, to keep their words from being read as a calendar year or
    quarter or a figure, and returns them only when asked for uncheckable kinds."""
    if "iscal" not in text and "FY" not in text and "FISCAL" not in text:
        return []
    mentions = []
    for match in _FISCAL_YEAR().finditer(text):
        start, end = match.span()
        if not blocked.hits(start, end):
            value = DateValue.for_year(int(match.group("year")))
            mentions.append(Mention(STORY_YEAR_KIND, start, end, match.group(), value))
    for match in _FISCAL_QUARTER().finditer(text):
        start, end = match.span()
        quarter = parse_date("the " + match.group("quarter").replace("-", " "), anchor)
        if quarter is not None and not blocked.hits(start, end):
            mentions.append(Mention(STORY_PERIOD_KIND, start, end, match.group(), quarter))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def find_story_years(text: str, anchor: datetime.date, blocked: Taken) -> list[Mention]:
    """Every "the year" (and "the week", "the month") of the story in normalized ``text``
    (see the module docstring) that overlaps no ``blocked`` span ("the end of the year" is
    the date finder's)."""
    mentions: list[Mention] = []
    if "week" in text or "month" in text:
        for match in _THE_WEEK_OR_MONTH().finditer(text):
            start, end = match.span()
            if not blocked.hits(start, end):  # "the end of the week" is the date finder's
                value = _story_period(match, anchor)
                mentions.append(Mention(STORY_PERIOD_KIND, start, end, match.group(), value))
    if "year" not in text:
        return mentions
    for match in _THE_YEAR().finditer(text):
        start, end = match.span("words")
        if blocked.hits(start, end):
            continue
        if match.group("ended"):
            value: object = parse_duration("one year")
            kind = "duration"
        else:
            past = match.group("which").startswith("past")
            value = DateValue.for_year(anchor.year - (1 if past else 0))
            kind = STORY_YEAR_KIND
        mentions.append(Mention(kind, start, end, text[start:end], value))
    that = any(words in text for words in _THAT_YEAR_WORDS)
    for match in _THAT_YEAR().finditer(text) if that else ():
        start, end = match.span("words")
        year = _named_before(text, start)
        if year is None or blocked.hits(start, end):
            continue
        value = DateValue.for_year(year + (1 if match.group("after") else 0))
        mentions.append(Mention(STORY_YEAR_KIND, start, end, text[start:end], value))
    earlier = "year earlier" in text or "year ago" in text or "ear-" in text
    for match in _YEAR_EARLIER().finditer(text) if earlier else ():
        start, end = match.span()
        if blocked.hits(start, end):
            continue  # dated by the quarter the story named (values/reference.py)
        value = DateValue.for_year(anchor.year - 1)
        mentions.append(Mention(STORY_YEAR_KIND, start, end, text[start:end], value))
    return mentions
