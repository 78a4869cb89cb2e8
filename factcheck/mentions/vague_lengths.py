"""Find lengths of time whose size the words leave unstated: "several days", "a few weeks",
"the next few years", "recent months", "in the coming years", "the weeks ahead", "within
weeks", "over the years", "the lowest in decades", "decades-long", "for years", "for a
while".

TimeML marks these as DURATION TIMEX3 with an X for the count ("several days" PXD, "recent
years" PXY) and TempEval-3 scores a finder on them. They are found here as mentions of the
kind ``vague_duration``, whose value is the unit, singular ("day", "year"; "time" for "for
some time", "for a while", which name none); the benchmark
writes the TimeML value (``benchmarks/tempeval3.py``, ``timeml_value``). "several years
ago", "months ago" point back at an unstated time: a reference to the past (kind
``reference``, value "past"), as TimeML's PAST_REF.

Like the references to the present, past and future, they state no checkable fact: "talks
went on for several days" gives no length a source could confirm or refute, and the claims
model's duration is an ISO 8601 length with numbers. So ``find_mentions`` returns them only
when asked (``uncheckable=True``); coverage (FC501) and ``factcheck extract`` never see them,
so no article is asked to claim its "in recent years" and no draft holds one.

Only the forms that point at a time nearly always are taken (on TBAQ about nine in ten are
annotated): a vague count ("several", "a few", "a couple of"), "recent"/"coming"/"past"
before the unit, "the weeks ahead", "the days before ...", "within weeks", "over the
years", "decades-long". A bare plural after "for" ("for years", "For weeks the government
has held rallies", "for centuries") is taken too, though TBAQ annotates only 6 of its 11
("haunt the industry for years", "For decades, Cuban Americans ..." are not), with no cue
in the words that tells them apart: TimeML's guidelines mark it, and with the precision
"today's world" gave back it fits above TBAQ's floor (relaxed P 95.56). "every few days" is
a frequency, not a length, and is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.lazy_pattern import lazy
from factcheck.mentions._spans import Taken
from factcheck.mentions.model import Mention
from factcheck.mentions.references import PAST, REFERENCE_KIND

VAGUE_KIND = "vague_duration"

_UNITS = r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|centurie)s"
# "several days", "a few weeks", "the next few years", "the past several quarters", "a couple
# of months"; "few" alone only after the/next/past ("in the next few days").
_VAGUE_COUNT = lazy(
    r"(?<![\w-])(?:(?P<lead>[Tt]he (?:next|past|last|first|coming|previous|following|final) )"
    r"(?:few|several|couple of) |(?:[Aa] few|[Ss]everal|[Aa] couple of) )"
    + _UNITS
    + r"\b(?!-)(?P<ago> ago\b)?"
)
# "in recent years", "recent weeks and months", "in the coming months", "in past years".
_NEAR = lazy(
    r"(?<![\w-])(?:[Tt]he )?(?:[Rr]ecent|[Cc]oming|[Uu]pcoming|[Pp]ast|[Ee]nsuing) "
    + _UNITS
    + r"\b(?!-)(?: (?:and|or) (?:second|minute|hour|day|week|month|quarter|year|decade)s\b)?"
)
# "the weeks ahead", "the years to come": the whole phrase.
_AHEAD = lazy(r"(?<![\w-])[Tt]he " + _UNITS + r" (?:ahead|to come)\b")
# "in the weeks before the shooting", "in the years that followed": the unit alone, as TimeML
# marks it (the event the words measure from is not part of the time).
_BEFORE_EVENT = lazy(
    r"\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) the (?P<words>"
    + _UNITS
    + r") (?:before|after|since|leading up to|preceding|following|that followed)\b"
)
# "within weeks", "within weeks or months".
_WITHIN = lazy(r"\b[Ww]ithin (?P<words>" + _UNITS + r"(?: or (?:day|week|month|year)s)?)\b(?![-'])")
# "the first time in years", "the lowest turnout in decades", "its biggest drop in months": a
# superlative measured over a stretch whose length the words leave open.
_SUPERLATIVE_IN = lazy(
    r"\b(?:time|first|last|highest|lowest|biggest|largest|smallest|best|worst|most|least"
    r"|longest|shortest|strongest|weakest|deadliest|fastest|slowest|heaviest|sharpest|steepest"
    r"|hottest|coldest|wettest|driest)(?: [a-z]+){0,2} in (?P<words>" + _UNITS + r")\b(?![-'])"
)
# "over the years", "through the decades".
_OVER_THE = lazy(
    r"\b(?:[Oo]ver|[Tt]hrough|[Tt]hroughout) (?P<words>the (?P<unit>year|decade|centurie)s)\b"
    r"(?![-'])"
)
# "for years", "For weeks the government has held rallies": a bare plural after "for" is a
# length (TimeML's guidelines mark it; TBAQ marks 6 of its 11, with no cue in the words).
_FOR = lazy(r"\b[Ff]or (?P<words>" + _UNITS + r")\b(?![-']| of\b| and\b| or\b| on end\b)")
# "for some time", "for a while", "for quite some time": a length of no unit at all (TimeML's
# PXX; TBAQ marks both of its two). Not "for a long time" (TBAQ marks neither of its two)
# nor "for some time-sensitive", "for a while-you-wait".
_SOME_TIME = lazy(r"\b[Ff]or (?P<words>(?:quite )?(?:some time|a while))\b(?![-'])")
# The unit of a length that names none ("for a while").
NO_UNIT = "time"
# "decades-long", "months-long": an adjective of a length.
_LONG = lazy(r"(?<![\w-])(?:[Dd]ecade|[Yy]ear|[Mm]onth|[Ww]eek)s-long\b")
# "decades ago", "just months ago": a time back from the dateline, unstated ("two years ago"
# is the date finder's, "several years ago" a vague count's).
_AGO = lazy(r"(?<![\w-])(?P<words>" + _UNITS + r" ago)\b")


def _unit(word: str) -> str:
    """The singular unit of a plural unit word ("centurie" from the pattern is "century";
    a night is a day)."""
    word = word.lower()
    if word == "centurie":
        return "century"
    return "day" if word == "night" else word


# What each pattern's every match holds: a pattern whose words the text lacks is not run (a
# search for a word costs microseconds, a pattern tried at every character a quarter of a
# millisecond on a long article).
_NEEDS: tuple[tuple[Callable[[], re.Pattern[str]], tuple[str, ...]], ...] = (
    (_AHEAD, (" ahead", " to come")),
    (_BEFORE_EVENT, ("s before", "s after", "s since", "s leading", "s preceding", "s follow",
                     "s that followed")),
    (_WITHIN, ("ithin ",)),
    (_FOR, ("or years", "or months", "or weeks", "or days", "or decades", "or centuries",
            "or hours", "or minutes", "or nights", "or quarters", "or seconds")),
    (_OVER_THE, (" the years", " the decades", " the centuries")),
    (_SUPERLATIVE_IN, (" in years", " in decades", " in months", " in weeks", " in days",
                       " in centuries", " in hours")),
)  # fmt: skip


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def find_vague_lengths(text: str, blocked: Taken) -> list[Mention]:
    """Every length of time of unstated size in normalized ``text`` (kind ``vague_duration``)
    and every "several years ago" (kind ``reference``, the past), overlapping no ``blocked``
    span and none another found here."""
    found: list[tuple[int, int, str, str]] = []
    counts = _holds(text, ("few ", "everal ", "couple of "))
    for match in _VAGUE_COUNT().finditer(text) if counts else ():
        if text[max(0, match.start() - 6) : match.start()].lower() == "every ":
            continue  # "every few days": a frequency
        if match.group("ago"):
            found.append((match.start(), match.end(), REFERENCE_KIND, PAST))
        else:
            found.append((match.start(), match.end(), VAGUE_KIND, _unit(match.group("unit"))))
    near = _holds(text, ("ecent ", "oming ", "ast ", "nsuing "))
    for match in _NEAR().finditer(text) if near else ():
        found.append((match.start(), match.end(), VAGUE_KIND, _unit(match.group("unit"))))
    for pattern, needs in _NEEDS:
        for match in pattern().finditer(text) if _holds(text, needs) else ():
            start, end = match.span("words") if "words" in match.re.groupindex else match.span()
            found.append((start, end, VAGUE_KIND, _unit(match.group("unit"))))
    for match in _SOME_TIME().finditer(text) if _holds(text, ("some time", "a while")) else ():
        found.append((match.start("words"), match.end("words"), VAGUE_KIND, NO_UNIT))
    for match in _LONG().finditer(text) if "s-long" in text else ():
        unit = match.group().split("s-long")[0]
        found.append((match.start(), match.end(), VAGUE_KIND, _unit(unit)))
    for match in _AGO().finditer(text) if "s ago" in text else ():
        start, end = match.span("words")
        found.append((start, end, REFERENCE_KIND, PAST))
    mentions = []
    taken = Taken()
    for start, end, kind, value in sorted(found, key=lambda item: (item[0], -item[1])):
        if blocked.hits(start, end) or taken.hits(start, end):
            continue
        taken.add(start, end)
        mentions.append(Mention(kind, start, end, text[start:end], value))
    return mentions
