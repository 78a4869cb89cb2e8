"""Years said in words: "nineteen ninety-six", "eighteen twelve", "the year two thousand".

Transcripts of broadcasts (and quotes from them) write years as they are spoken. The date
reader turns such words into digits before it reads a phrase, so "January nineteen
ninety-seven" is read as "January 1997" is, by the mention finder and by `verify` alike.

Only forms that are years whatever the sentence: a century word ("eighteen", "nineteen")
followed by the year within it ("ninety-six", "twelve", "oh-five"), and "the year two
thousand" (with "and one" to "and nineteen"). "Two thousand" alone is a number as often as
a year ("two thousand people"), and "twenty twenty" a phrase, so they are left alone.
"""

from __future__ import annotations

import re

from factcheck.lazy_pattern import LazyPattern, lazy
from factcheck.values._words import TENS, UNITS

# The words from 1 to 9, 10 to 19 and the tens, as the number reader has them.
_UNITS = {word: value for word, value in UNITS.items() if 1 <= value <= 9}
_TEENS = {word: value for word, value in UNITS.items() if 10 <= value <= 19}
_TENS = TENS
_CENTURIES = {"eighteen": 1800, "nineteen": 1900}

_UNIT = "|".join(_UNITS)
_TEEN = "|".join(_TEENS)
_TEN = "|".join(_TENS)
# The year within a century: "ninety-six", "ninety six", "twelve", "oh-five", "hundred".
# ("nineteen hundred" is left out: as often 1,900 of something.)
_WITHIN = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_TEEN}|oh[- ](?:{_UNIT}))"
_YEAR_WORDS = (
    rf"\b(?:(?P<century>[Ee]ighteen|[Nn]ineteen) (?P<within>{_WITHIN})"
    rf"|(?P<year_word>[Tt]he year )two thousand(?: and (?P<after>{_UNIT}|{_TEEN}))?)"
    r"(?![\w-])"
)
# "the year 2000": the digits after "year" are the year.
_YEAR_BEFORE_DIGITS = LazyPattern(r"\b(?:[Tt]he )?year (?=[0-9]{4}\b)")


# The pattern of a year in words, compiled on first use (few articles have one).
year_words = lazy(_YEAR_WORDS)


def _within(words: str) -> int:
    """The year within its century that ``words`` say ("ninety-six": 96)."""
    parts = re.split(r"[- ]", words)
    if parts[0] == "oh":
        return _UNITS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def year_of(match: re.Match[str]) -> int:
    """The year a year_words() match says."""
    if match.group("century"):
        return _CENTURIES[match.group("century").lower()] + _within(match.group("within"))
    after = match.group("after")
    if after is None:
        return 2000
    return 2000 + (_UNITS[after] if after in _UNITS else _TEENS[after])


def with_year_digits(phrase: str) -> str:
    """``phrase`` with a year said in words written in digits ("January nineteen
    ninety-seven": "January 1997"; "the year two thousand": "2000"), and "the year 2000"
    as "2000". Phrases without such words come back unchanged (checked cheaply first)."""
    if "year" not in phrase and "teen " not in phrase:
        return phrase
    phrase = year_words().sub(lambda match: str(year_of(match)), phrase)
    return _YEAR_BEFORE_DIGITS.sub("", phrase)
