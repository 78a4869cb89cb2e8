"""The units a number claim may carry besides `%` and currency codes, and how news writes
them.

The value parsers read `%` and money ("$5 million", "€30") themselves. A measure or a count
("50 bp", "120 km", "300 people") they read as the bare number; a claim that says
`unit: km` is then checked against the number and the unit written after it, in any of the
forms below (symbol or word, singular or plural, joined by a space, a hyphen or nothing:
"120 km", "120-kilometre", "120km").
"""

from __future__ import annotations

import re
from functools import cache

# unit as written in a claims file → the forms an article uses (symbols case-sensitive,
# words in any letter case)
MEASURE_UNITS: dict[str, tuple[str, ...]] = {
    "bp": ("bp", "bps", "basis points", "basis point"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "m": ("m", "metres", "meters", "metre", "meter"),
    "cm": ("cm", "centimetres", "centimeters", "centimetre", "centimeter"),
    "mi": ("mi", "miles", "mile"),
    "km2": ("km2", "km²", "sq km", "square kilometres", "square kilometers"),
    "ha": ("ha", "hectares", "hectare"),
    "kg": ("kg", "kilograms", "kilogrammes", "kilogram", "kilogramme"),
    "t": ("t", "tonnes", "tons", "tonne", "ton", "metric tons"),
    "l": ("l", "litres", "liters", "litre", "liter"),
    "MW": ("MW", "megawatts", "megawatt"),
    "GW": ("GW", "gigawatts", "gigawatt"),
    "people": ("people", "persons", "person"),
}


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
