"""Find the dates an article names: "June 27, 2025", "2 June", "late May", "last week", "Tuesday".

The patterns here only propose spans; ``factcheck.values.parse_date`` decides, from the
dateline, what each one means, and a span it cannot read is dropped. Month names must be
capitalized and a bare month needs a preposition ("in May"), so "may" the verb never matches.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from factcheck.mentions._spans import Candidate, Taken, pick_longest
from factcheck.mentions.model import Mention
from factcheck.values import DateValue, parse_date

_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Patterns start with a literal alternation or a digit so the regex engine can skip to where
# a date may start; the checks a leading look-behind would make are done in code (_LEFT).
# They are kept few and small: compiling regular expressions is most of this module's
# import time, which every `factcheck verify` pays.
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
MONTH = "(?:{}|{})".format(
    "|".join(rf"{name}\b" for name in _FULL_MONTHS.split("|")),
    "|".join(rf"{name}\b\.?" for name in _ABBREVIATED),
)
DAY = r"(?:3[01]|[12][0-9]|0[1-9]|[1-9])(?:st|nd|rd|th)?(?![\w]|[.,:][0-9])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\w]|[.,][0-9])"
BARE_YEAR = r"(?:18|19|20)[0-9]{2}(?![\w%]|[.,][0-9])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TO = r"(?: ?- ?| to | through | until )"
_ATOM = (
    rf"(?:{MONTH}(?: {DAY})?(?:,? {YEAR})?|{DAY}(?:(?: of)? {MONTH}(?:,? {YEAR})?)?|{BARE_YEAR})"
)
_NUMBER_WORD = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[0-9]{1,3})"
)
_LEFT = frozenset("$€£.,/-")
# "Wednesday, June 26", "Tuesday 3 June": a weekday just before a calendar date joins it.
_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY},? $")

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\w-])",
        # "2 June 2025", "2-3 June", "30 May-2 June", "the 2nd of June"
        rf"{DAY}(?:{_TO}{DAY})?(?: of)? {MONTH}(?:{_TO}{DAY} {MONTH})?(?:,? {YEAR})?",
        # "June 27, 2025", "June 2-3", "May 30-June 2"
        rf"{MONTH} {DAY}(?:{_TO}(?:{MONTH} )?{DAY})?(?:,? {YEAR})?",
        rf"{MONTH},? (?:of )?{YEAR}",
        rf"{BARE_YEAR} ?(?:-|to) ?{BARE_YEAR}",
        rf"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)[- ](?:{MONTH}(?:,? {YEAR})?|{BARE_YEAR})",
        rf"(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd) of (?:{MONTH}(?:,? {YEAR})?|{BARE_YEAR})",
        BARE_YEAR,
        r"(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b",
        r"(?:[Ee]arlier [Tt]his|[Tt]his|[Ll]ast) (?:week|month|year|morning|afternoon|evening)\b",
        rf"(?:[Ll]ast )?{WEEKDAY}",
    )
)
_CALENDAR = _PATTERNS[1:3]
# "between June 2 and June 5", "between June 2 and 5", "from 2014 to 2022": built from the
# dates found on either side rather than by one more large pattern.
_OPENER = re.compile(r"(?:[Bb]etween|[Ff]rom) $")
_INNER_RANGE = re.compile(r"[0-9] ?(?:-|to|through|until) ?[A-Z0-9]")
_CLOSER = re.compile(r" (?:and|to|until|through) (?:([0-9]{1,4})\b)?")
_AGO = re.compile(rf"{_NUMBER_WORD} (?:days?|weeks?) ago\b")
_PATTERNS += (_AGO,)
# A bare month is a month only after a preposition ("in May"); the span is the month alone.
_PREPOSITION_MONTH = re.compile(
    rf"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]o|[Tt]hrough|[Bb]efore|"
    rf"[Aa]fter|[Tt]hroughout) (?P<month>{MONTH})(?! [0-9])"
)
# A four-digit figure after these is an amount ("about 2000"), not a year.
_AMOUNT_BEFORE = re.compile(
    r"(?:about|around|some|nearly|almost|over|than|least|roughly|approximately) $",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(rf"{BARE_YEAR}")


_MONTH = re.compile(MONTH)
_WEEKDAY_TAILS = ("onday", "uesday", "ednesday", "hursday", "riday", "aturday", "unday")
_RELATIVE_TAILS = ("oday", "onight", "esterday", "omorrow")
_PERIOD_TAILS = (" week", " month", " year", " morning", " afternoon", " evening")


def _occurrences(text: str, needles: tuple[str, ...]) -> list[int]:
    """Every index at which one of ``needles`` starts (found with str.find, which is fast)."""
    found = []
    for needle in needles:
        index = text.find(needle)
        while index != -1:
            found.append(index)
            index = text.find(needle, index + 1)
    return found


def _anchored(
    pattern: re.Pattern[str], text: str, anchors: list[int], offsets: tuple[int, ...]
) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, when every match starts at an anchor
    less one of ``offsets``: the pattern is tried only there, not at every letter."""
    starts = sorted(
        {anchor - offset for anchor in anchors for offset in offsets if anchor >= offset}
    )
    found: list[re.Match[str]] = []
    reached = 0
    for start in starts:
        if start < reached:
            continue
        match = pattern.match(text, start)
        if match:
            found.append(match)
            reached = match.end()
    return found


def _scans(text: str, months: list[int]) -> list[list[re.Match[str]] | Iterator[re.Match[str]]]:
    """The matches of each of _PATTERNS, in order. Patterns that start with a common letter
    are tried only before the words they must end with (a month, a year, "week", "ago")."""
    years = [match.start() for match in _YEAR_ONLY.finditer(text)]
    tails = months + years
    scans: list[list[re.Match[str]] | Iterator[re.Match[str]]] = []
    for pattern in _PATTERNS:
        if pattern is _PATTERNS[5]:  # "early June", "mid-2024": Early, Mid, Late, End
            scans.append(_anchored(pattern, text, tails, (4, 5, 6)))
        elif pattern is _PATTERNS[6]:  # "end of June": Beginning, Start, Middle, End + " of "
            scans.append(_anchored(pattern, text, tails, (7, 9, 10, 13)))
        elif pattern is _PATTERNS[8]:  # "today", "yesterday"
            scans.append(_anchored(pattern, text, _occurrences(text, _RELATIVE_TAILS), (1,)))
        elif pattern is _PATTERNS[9]:  # "this week", "earlier this year"
            scans.append(_anchored(pattern, text, _occurrences(text, _PERIOD_TAILS), (4, 12)))
        elif pattern is _PATTERNS[10]:  # "Tuesday", "last Tuesday"
            scans.append(_anchored(pattern, text, _occurrences(text, _WEEKDAY_TAILS), (1, 6)))
        elif pattern is _AGO:  # "three days ago"
            ago = _occurrences(text, (" ago",))
            scans.append(_anchored(pattern, text, ago, tuple(range(1, 20))) if ago else [])
        else:
            scans.append(pattern.finditer(text))
    return scans


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    months = [match.start() for match in _MONTH.finditer(text)]
    for pattern, matches in zip(_PATTERNS, _scans(text, months), strict=True):
        for match in matches:
            start = match.start()
            before = text[start - 1] if start else " "
            if before.isalnum() or before in _LEFT:
                continue
            span = match.group().rstrip(" ,")
            if pattern in _CALENDAR:
                weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
                if weekday:
                    end = start + len(span)
                    found.append(Candidate(weekday.start(), end, text[weekday.start() : end]))
            if _YEAR_ONLY.fullmatch(span) and _AMOUNT_BEFORE.search(
                text[max(0, start - 20) : start]
            ):
                continue
            found.append(Candidate(start, start + len(span), span))
    found += _ranges(text, found)
    # A preposition (2 to 10 letters) and a space before a month.
    for match in _anchored(_PREPOSITION_MONTH, text, months, (3, 4, 5, 6, 7, 8, 11)):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        # parse_date reads a bare month after "in", "since", "by"...; "to August" means it too.
        phrase = "in " + match.group("month")
        found.append(Candidate(match.start("month"), match.end("month"), phrase))
    return found


def _ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "between X and Y" / "from X to Y" where X is a date found and Y a date or a bare day."""
    by_start: dict[int, int] = {}
    for candidate in found:
        by_start[candidate.start] = max(by_start.get(candidate.start, 0), candidate.end)
    ranges = []
    for candidate in found:
        opener = _OPENER.search(text, max(0, candidate.start - 8), candidate.start)
        if not opener:
            continue
        if _INNER_RANGE.search(candidate.phrase):  # "from May 30 to June 2" found as one
            ranges.append(
                Candidate(opener.start(), candidate.end, text[opener.start() : candidate.end])
            )
            continue
        closer = _CLOSER.match(text, candidate.end)
        if not closer:
            continue
        right = closer.end()
        end = by_start.get(right) or (closer.end(1) if closer.group(1) else None)
        if end:
            ranges.append(Candidate(opener.start(), end, text[opener.start() : end]))
    return ranges


# Words before a date in its sentence that put it ahead of the dateline ("will host ... in
# November", "is due to attend ... on Friday"). parse_date reads a yearless date or a bare
# weekday as the latest one no more than two weeks ahead; after these it is the next one.
_FUTURE = re.compile(
    r"\b(?:will|'ll|would|(?:is|are|was|were) due|(?:is|are) scheduled|(?:is|are) set to|"
    r"planned for|scheduled for|expects?|expected to|upcoming|next)\b",
    re.IGNORECASE,
)
_STATED = re.compile(
    r"[0-9]{4}|\b(?:last|ago|yesterday|today|tonight|tomorrow|this|earlier)\b", re.IGNORECASE
)
_WEEKDAY_ONLY = re.compile(rf"(?:[Oo]n )?{WEEKDAY}")


def _sentence_start(text: str, index: int) -> int:
    return max(text.rfind(mark, 0, index) for mark in (". ", "? ", "! ", "\n")) + 1


def _year_later(value: DateValue) -> DateValue | None:
    """The same day, month or part of a month one year on."""
    try:
        start = value.start.replace(year=value.start.year + 1)
        end = value.end.replace(year=value.end.year + 1)
    except ValueError:  # February 29
        return None
    if value.precision == "month":
        return DateValue.for_month(start.year, start.month)
    if (value.end + datetime.timedelta(days=1)).day == 1:
        end = DateValue.for_month(end.year, end.month).end  # "late February" keeps its end
    return DateValue(start, end, value.precision)


def _ahead(text: str, candidate: Candidate, value: DateValue, anchor: datetime.date) -> DateValue:
    """The next such date instead of the last one when the sentence speaks of the future."""
    if value.start >= anchor or _STATED.search(candidate.phrase):
        return value
    before = text[_sentence_start(text, candidate.start) : candidate.start]
    if not _FUTURE.search(before):
        return value
    if _WEEKDAY_ONLY.fullmatch(candidate.phrase):
        return DateValue.for_day(value.start + datetime.timedelta(days=7))
    later = _year_later(value)
    return later if later is not None and later.start >= anchor else value


def find_dates(text: str, anchor: datetime.date, blocked: Taken) -> list[Mention]:
    """Date mentions, longest reading first, outside ``blocked`` (times already found)."""
    kept = pick_longest(
        _candidates(text), lambda candidate: parse_date(candidate.phrase, anchor), blocked
    )
    return [
        Mention("date", c.start, c.end, text[c.start : c.end], _ahead(text, c, value, anchor))
        for c, value in kept
        if isinstance(value, DateValue)
    ]
