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

from factcheck.values.measures import MEASURE_UNITS

__all__ = ["MEASURE_UNITS", "without_unit"]


@cache
def _pattern(unit: str) -> re.Pattern[str]:
    symbol, *words = MEASURE_UNITS[unit]
    forms = "|".join(
        [re.escape(symbol)] + [f"(?i:{re.escape(word)})" for word in sorted(words, key=len)[::-1]]
    )
    return re.compile(rf"(?<=\d)(?:\s|-)?(?:{forms})\.?$")


def without_unit(words: str, unit: str) -> str | None:
    """`words` less the `unit` written at their end ("120 km" → "120"); None when the
    words do not end with it, or `unit` is not a measure unit."""
    if unit not in MEASURE_UNITS:
        return None
    match = _pattern(unit).search(words.strip())
    return words.strip()[: match.start()] if match else None
