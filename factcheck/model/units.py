"""The units a number claim may carry besides `%` and currency codes, and how news writes
them.

The value parsers read `%` and money ("$5 million", "€30") themselves, and the measures of
`factcheck.values.measures` ("10 km", "25 basis points"); a count's noun ("300 people") they
read as the bare number. A claim that says `unit: km` or `unit: people` is checked against the
number and the unit written after it, in any of the forms below (symbol or word, singular or
plural, joined by a space, a hyphen or nothing: "120 km", "120-kilometre", "120km").
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.values._words import SCALES, TENS, UNITS
from factcheck.values.measures import MEASURE_UNITS

__all__ = ["MEASURE_UNITS", "unit_after", "unit_forms", "without_unit"]


@cache
def unit_forms(unit: str) -> str:
    """A regular expression for how news writes `unit` after a number: its symbol in its own
    case ("m" is metres, "M" is not), then its words in any case, longest first, with the
    joint before it (a space, a hyphen or nothing)."""
    symbol, *words = MEASURE_UNITS[unit]
    forms = [re.escape(symbol)]
    forms += [f"(?i:{re.escape(word)})" for word in sorted(words, key=len, reverse=True)]
    return rf"(?:\s|-)?(?:{'|'.join(forms)})"


# The words a number written in words ends with ("three hundred pounds", "ten km"), each
# a look-behind of its own (a look-behind has one width).
_AFTER_NUMBER_WORDS = "|".join(
    rf"(?<=\b{word})"
    for word in sorted({*UNITS, *TENS, *SCALES, "hundred", "dozen"} - {"zero"}, key=len)
)


@cache
def _pattern(unit: str) -> re.Pattern[str]:
    """The unit at the end of a claim's words, right after a figure, a number in words
    ("three hundred pounds") or the hedge "-plus" written after one ("35-plus degrees"); a
    period may close it."""
    after = rf"(?<=\d)|(?<=\d-plus)|(?i:{_AFTER_NUMBER_WORDS})"
    return re.compile(rf"(?:{after}){unit_forms(unit)}\.?$")


@cache
def unit_after(unit: str) -> re.Pattern[str]:
    """The unit at the start of the text after a number, ending at a word boundary: what
    `extract` adds to a number's words so that `without_unit` reads them back."""
    return re.compile(rf"{unit_forms(unit)}(?![\w-])")


def without_unit(words: str, unit: str) -> str | None:
    """`words` less the `unit` written at their end ("120 km" → "120"); None when the
    words do not end with it, or `unit` is not a measure unit."""
    if unit not in MEASURE_UNITS:
        return None
    match = _pattern(unit).search(words.strip())
    return words.strip()[: match.start()] if match else None
