"""Find lengths of time: "30-day", "2-3-day", "two-to-three-day", "48 hours", "nearly
three-and-a-half years", "5 1/2 hours", "two more weeks".

``factcheck.values.parse_duration`` gives the value. "a day" or "a year" alone is often a
rate or an article ("twice a day", "a year ago"), so a count of "a"/"an" is kept only with a
hedge, after "for", "within" or "lasted", or before "later", "earlier" or "-long". Ages
("54-year-old") are not durations, nor is "a year earlier" (a date: see values.reference).
"""

from __future__ import annotations

import re

from factcheck.lazy_pattern import LazyPattern, lazy
from factcheck.mentions._lexicon import (
    NUMBER_WORDS,
    QUALIFIER,
    SIMPLE_COUNT,
    WORD_NUMBER,
    lead,
    negated_verb_hedge,
)
from factcheck.mentions._scan import occurrences
from factcheck.mentions._spans import Candidate, Taken, pick_longest, some_day
from factcheck.mentions.dates import in_game_at
from factcheck.mentions.model import Mention
from factcheck.values import parse_duration
from factcheck.values.durations import ADDED_WORDS

_UNIT = (
    r"(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries"
    r"|quarters)"
)
# "5 1/2 hours": a whole number and a half or a quarter, as wire copy writes them.
_COUNT = (
    r"(?:[Aa] quarter(?: of an?)?|[Tt]hree quarters of an?"  # shares: "a quarter century"
    rf"|(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.[0-9]+| [13]/[24])?|{WORD_NUMBER}|[Aa]n?"
    r"|[Hh]alf an?)"
)  # "1,300 years": thousands as the value reader reads them; shares tried before "three"
# "two more weeks", "an additional year", "three straight months".
_ADDED = rf"(?:(?:{'|'.join(ADDED_WORDS)}) )?"
_LONG_UNIT = r"(?:minute|hour|day|week|month|year|decade)"
_ONE_SPAN = (
    rf"{_COUNT}(?:(?:-to-|- to | ?- ?| to | or | and ){SIMPLE_COUNT})?(?:-and-a-half| and a half)?"
    rf"(?:-| {_ADDED}){_UNIT}\b(?:-long|(?<!s) long\b)?(?: and a half)?"
)  # "a 4.5 hour long spacewalk": a singular unit's " long" is "-long" unhyphenated
# The length itself, from its count: hedges and "between" are read backwards (_lexicon.lead)
# so the pattern starts with what a count starts with (much faster than leading optional words).
_DURATION = re.compile(rf"(?P<core>{_ONE_SPAN})(?![\w-]|-old)|(?P<long>{_LONG_UNIT}-long)\b")
# "two years and three months": a further length joined to the first.
_JOINED = re.compile(r",? and |, ")
_ARTICLE_COUNT = LazyPattern(r"(?:[Aa]n?|[Hh]alf an?)[- ]")
# Where a phrase's count starts: at the start, or after its hedge and a space.
_ARTICLE_COUNT_STARTS = re.compile(r"(?:^| )(?:[Aa]n?|[Hh]alf an?)[- ]")
_HEDGE = lazy(rf"(?:{QUALIFIER}) ")
# Verbs of spending time before "a week", "a decade": "spent a decade in prison", "took a
# year", "will last a week", "offered him a week", "waited a month" (a length, not a rate).
_SPENDING = (
    r"spent|spend|spends|spending|take|takes|took|taking|taken|last|lasts|waited|wait|waits"
    r"|waiting|served|serve|serves|serving|stayed|stay|stays|remained|remain|remains"
    r"|(?:offered|gave|given|give|gives|granted|grant) (?:him|her|them|it|us|me|you)"
)
_ARTICLE_BEFORE = lazy(
    rf"\b(?:for|within|lasted|lasting|than|after|in|of|{_SPENDING})\s$", re.IGNORECASE
)
_ARTICLE_AFTER = lazy(r"(?:\s(?:later|earlier|after|before)\b|-long)")
# "over two days" is during two days; only "for over", "in over" and the like hedge it.
_OVER_BEFORE = lazy(rf"\b(?:for|lasted|lasting|of|in|after|than|{_SPENDING})\s$", re.IGNORECASE)
_OR_SO = lazy(r" or so\b(?! (?:ago|later|earlier|after|before)\b)")
_AGE_AFTER = re.compile(r"[- ]old\b|\s+ago\b")
# A count of quarters is a length only where the words around it say it is a time: "the past
# two quarters", "for three quarters", "three straight quarters", "four quarters in a row".
# Elsewhere it is a fraction ("three quarters of the vote", "three-quarters said") or, in a
# sentence about a game, the game's quarters.
_QUARTERS_BEFORE = lazy(
    r"(?:\b[Tt]he (?:past|last|next|first|coming|previous|following|latest|final)"
    r"|\b(?:[Ff]or|[Oo]ver|[Ww]ithin|[Dd]uring)(?: the (?:past|last|next|coming))?) $"
)
_QUARTERS_COUNTED = lazy(r"(?:consecutive|straight) quarters\b|quarters in a row\b")


def _extended_end(match: re.Match[str], text: str) -> int:
    """The end of a compound length: "two years and three months", "1 hour, 20 minutes"."""
    end = match.end()
    while match.group("core"):
        joined = _JOINED.match(text, end)
        following = _DURATION.match(text, joined.end()) if joined else None
        if following is None or not following.group("core"):
            break
        match, end = following, following.end()
    return end


def _variants(match: re.Match[str], text: str) -> list[Candidate]:
    start, end = match.start(), _extended_end(match, text)
    if start and (text[start - 1].isalnum() or text[start - 1] in ".,/-"):
        return []
    leading = lead(text, start)
    qualifier = leading.group("qual") if leading else None
    if match.group("long"):
        first = leading.start("qual") if leading and qualifier else start
        return [Candidate(first, end, text[first:end])]
    variants = [Candidate(start, end, text[start:end])]
    if _OR_SO().match(text, end):  # "an hour or so", "the next two years or so"
        variants.append(Candidate(start, end + 6, text[start : end + 6]))
    if end != match.end():
        variants.append(Candidate(start, match.end(), text[start : match.end()]))
    if leading and leading.group("opener"):
        opener_start = leading.start("opener")
        variants.append(Candidate(opener_start, end, text[opener_start:end]))
    if leading and qualifier:
        qualifier_start = leading.start("qual")
        before = text[max(0, qualifier_start - 16) : qualifier_start]
        if negated_verb_hedge(text, qualifier, qualifier_start):
            pass  # "has not exceeded three years": no hedge
        elif qualifier.lower() not in ("over", "under") or _OVER_BEFORE().search(before):
            variants.append(Candidate(qualifier_start, end, text[qualifier_start:end]))
    return variants


def _wanted(text: str, candidate: Candidate) -> bool:
    if some_day(text, candidate.start):
        return False  # "will one day be": some day, not a length (_spans.some_day)
    if candidate.phrase.endswith("quarters") and not _quarters_of_a_year(text, candidate):
        return False
    after = text[candidate.end : candidate.end + 12]
    if _AGE_AFTER.match(after):
        return False
    if not _ARTICLE_COUNT_STARTS.search(candidate.phrase):
        return True  # no "a", "an" or "half an" count, with or without a hedge before it
    core = _unhedged(candidate.phrase)
    if core in ("a year", "A year") and after.startswith(" earlier"):
        # A date, not a length: the quarter named before it, a year back, which the date
        # finder reads (values.reference); with no such quarter, no reading is honest.
        return False
    if _ARTICLE_COUNT.match(core):
        hedged = core != candidate.phrase
        before = text[max(0, candidate.start - 16) : candidate.start]
        return hedged or bool(_ARTICLE_BEFORE().search(before) or _ARTICLE_AFTER().match(after))
    return True


def _quarters_of_a_year(text: str, candidate: Candidate) -> bool:
    """Whether "N quarters" at ``candidate`` is a length of quarters of a year."""
    if "-quarters" in candidate.phrase or text.startswith(" of", candidate.end):
        return False
    if in_game_at(text, candidate.start, candidate.end):
        return False
    if _QUARTERS_COUNTED().search(text, candidate.start, candidate.end + len(" in a row")):
        return True
    before = text[max(0, candidate.start - 20) : candidate.start]
    return bool(_QUARTERS_BEFORE().search(before))


def _unhedged(phrase: str) -> str:
    """The phrase without the hedge it starts with, if any ("nearly a year" -> "a year")."""
    hedge = _HEDGE().match(phrase)
    return phrase[hedge.end() :] if hedge else phrase


# Durations are searched only just before their unit words, which are few in an article.
_UNIT_STEMS = ("minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur")
_UNIT_STEMS += ("quarters",)
# What a count ends with ("30", "two hundred", "a", "three-and-a-half"), in lower case.
_COUNT_ENDS = (*sorted(NUMBER_WORDS | {"a", "an", "half", "quarter"}), *"0123456789")
_COUNT_ENDS += ADDED_WORDS  # "two more weeks"
_LONGEST_COUNT_END = max(map(len, _COUNT_ENDS))


def _after_count(text: str, unit: int) -> bool:
    """Whether the unit word at ``unit`` follows what a count ends with and a space or a
    hyphen, as the unit of every length _DURATION finds does but "week-long"'s."""
    if not unit or text[unit - 1] not in "- ":
        return False
    before = text[max(0, unit - 1 - _LONGEST_COUNT_END) : unit - 1]
    return before.lower().endswith(_COUNT_ENDS)


def _unit_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each unit word, as the finditer of a choice of _UNIT_STEMS finds them.
    No two stems start alike (their first two letters differ), so at most one starts at a
    place, and one that starts inside the last one kept is left out, as finditer does. Found
    with str.find, in a third of the instructions of the pattern's scan."""
    spans = sorted((at, at + len(stem)) for stem in _UNIT_STEMS for at in occurrences(text, [stem]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of the text that end just after a unit word and start 60 characters before
    it, at a space; overlapping stretches are merged.

    Only stretches that can hold a length are kept: a unit word after a count, or "-long".
    Half of them hold neither ("Monday", "last year"), and _DURATION, which the regex engine
    tries at every place of a stretch, is not tried there. (A stretch's unit words are all
    _unit_words finds in it: one that a length ends with follows a space or hyphen, so no
    unit word before it can hold it.)"""
    windows: list[tuple[int, int, bool]] = []
    for unit, unit_end in _unit_words(text):
        start = text.rfind(" ", 0, max(0, unit - 60)) + 1
        end = min(len(text), unit_end + 24)
        counted = _after_count(text, unit)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2] or counted)
        else:
            windows.append((start, end, counted))
    return [
        (start, end)
        for start, end, counted in windows
        if counted or text.find("-long", start, end) != -1
    ]


# A headline's capitals on a unit after a count in words ("Highest in Five Years"): the
# search reads the unit in lower case, the mention keeps the article's words. Not after
# digits: "60 Minutes" is a programme. (A hook of the numbers work, issue 13: without it
# "Five" was found as a number and the length missed.)
_HEADLINE_UNIT = lazy(
    r"\b(?P<count>[A-Za-z]+) (?P<unit>(?:Minute|Hour|Day|Week|Fortnight|Month|Year|Decade)s?"
    r"|Century|Centuries)\b"
)

_HEADLINE_UNIT_WORDS = (" Minute", " Hour", " Day", " Week", " Fortnight", " Month", " Year")
_HEADLINE_UNIT_WORDS += (" Decade", " Centur")


def _headline_units_lowered(text: str) -> str:
    """The text with a capitalized unit after a number word in lower case (same length)."""

    def lowered(match: re.Match[str]) -> str:
        if match.group("count").lower().rsplit("-", 1)[-1] not in NUMBER_WORDS:
            return match.group()
        return match.group("count") + " " + match.group("unit").lower()

    # Every match holds a space and a capitalized unit: most texts hold none (and a search of
    # the text for each costs less than the pattern's try at every word).
    if not any(unit in text for unit in _HEADLINE_UNIT_WORDS):
        return text
    return _HEADLINE_UNIT().sub(lowered, text)


# "over the past decade", "during the next century", "in the past decade", "over the last
# decade": one decade or century (values.durations). Not "in the next century": a time to
# come, not a length; not "the last decade of the 20th century", a part of another time.
_ONE_DECADE = lazy(
    r"\b(?:(?:[Oo]ver|[Dd]uring|[Ff]or|[Tt]hroughout|[Ww]ithin) (?P<words>the "
    r"(?:past|last|previous|next|coming) (?:decade|century))"
    r"|[Ii]n (?P<past>the (?:past|last|previous) (?:decade|century)))\b(?![-']| of\b)"
)


# "eight trading days", "10 business days", "three working days": a count of the days a
# market or an office is open. A business day is no calendar day (ten business days are
# twelve to fourteen calendar ones), and a claim's duration counts calendar time, so these
# are of the kind ``business_days``, found only when asked (``uncheckable=True``): extract
# drafts none and coverage asks for none. The value counts the days as TimeML writes them
# (TimeBank: "Eight trading days", P8D).
_BUSINESS_DAYS = lazy(
    rf"(?<![\w$.,-])(?P<count>(?:[0-9]{{1,3}}|{WORD_NUMBER})"
    r"(?: (?:more|additional|consecutive|straight|full))?) (?:trading|business|working) days?\b"
    r"(?![-'\u2019])",
    re.IGNORECASE,
)
BUSINESS_DAYS_KIND = "business_days"
# What _BUSINESS_DAYS cannot match without, in any case ("two Working Days.", "1 business
# day,").
_DAY_WORD = lazy(r" (?i:day)")


def find_business_days(text: str, blocked: Taken) -> list[Mention]:
    """Every count of trading, business or working days outside ``blocked`` (see
    _BUSINESS_DAYS): a length in days the market or office is open."""
    if not _DAY_WORD().search(text):
        return []
    mentions = []
    for match in _BUSINESS_DAYS().finditer(text):
        start, end = match.span()
        count = match.group("count").split()[0]
        value = parse_duration(f"{count} days")
        if value is None or blocked.hits(start, end):
            continue
        mentions.append(Mention(BUSINESS_DAYS_KIND, start, end, match.group(), value))
    return mentions


# "over the past year", "in the last month", "during the past day": one unit, a length that
# ends at the dateline (tests/gold/README.md, "One rule for every corpus": one rule for "the
# past N units" whatever N is, as TimeML types "the past two months"). Not "the last month
# of the war" (the final one), nor "the last week" (as often the calendar week before).
_ONE_UNIT = lazy(
    r"\b(?:[Oo]ver|[Dd]uring|[Ff]or|[Tt]hroughout|[Ww]ithin|[Ii]n) (?P<words>the (?:past (?:year|"
    r"month|week|day)|last (?:year|month)))\b(?![-'])(?! of\b)"
)

# What _ONE_DECADE cannot match without (change it with the pattern's placing words).
_ONE_DECADE_WORDS = tuple(
    f"the {which} {length}"
    for which in ("past", "last", "previous", "next", "coming")
    for length in ("decade", "century")
)


def find_durations(text: str, blocked: Taken) -> list[Mention]:
    """Duration mentions outside ``blocked`` (dates and times found first)."""
    original, text = text, _headline_units_lowered(text)
    candidates = [
        variant
        for start, end in _windows(text)
        for match in _DURATION.finditer(text, start, end)
        for variant in _variants(match, text)
    ]
    if any(length in text for length in _ONE_DECADE_WORDS):  # not the whole text's scan
        for match in _ONE_DECADE().finditer(text):
            start, end = match.span("words" if match.group("words") else "past")
            candidates.append(Candidate(start, end, text[start:end]))
    if "the past " in text or "the last " in text:
        for match in _ONE_UNIT().finditer(text):
            start, end = match.span("words")
            candidates.append(Candidate(start, end, text[start:end]))

    def parse(candidate: Candidate) -> object | None:
        return parse_duration(candidate.phrase) if _wanted(text, candidate) else None

    kept = pick_longest(candidates, parse, blocked)
    return [Mention("duration", c.start, c.end, original[c.start : c.end], v) for c, v in kept]
