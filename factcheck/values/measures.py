"""The measure units a figure's own words carry ("approximately 10 km", "25 basis points",
"a 120-kilometre border"), read with the figure by the value reader and the mention finder
alike, so a claim drafted from a mention says `unit: km` and verify reads it back.

The table is also what a claims file may write as `unit:` (`factcheck.model.units`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.values._tokens import Token, tokenize

# unit as written in a claims file → the forms an article uses (symbols case-sensitive,
# words in any letter case)
MEASURE_UNITS: dict[str, tuple[str, ...]] = {
    "bp": ("bp", "bps", "basis points", "basis point"),
    # A change of a rate: "fell 0.4 percentage point to 6.3 percent" is not 0.4%.
    "pp": ("pp", "percentage points", "percentage point"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "m": ("m", "metres", "meters", "metre", "meter"),
    "cm": ("cm", "centimetres", "centimeters", "centimetre", "centimeter"),
    "mi": ("mi", "miles", "mile"),
    "ft": ("ft", "feet", "foot"),
    "km2": ("km2", "km²", "sq km", "square kilometres", "square kilometers"),
    "ha": ("ha", "hectares", "hectare"),
    "kg": ("kg", "kilograms", "kilogrammes", "kilogram", "kilogramme"),
    "t": ("t", "tonnes", "tons", "tonne", "ton", "metric tons"),
    "l": ("l", "litres", "liters", "litre", "liter"),
    "MW": ("MW", "megawatts", "megawatt"),
    "GW": ("GW", "gigawatts", "gigawatt"),
    # Temperatures, as weather and climate stories give them: "38 degrees Celsius", "0.23
    # degrees Fahrenheit (0.13 Celsius)", "41°C".
    # A bare "degrees" is either scale: the finder gives it the scale the story named before
    # it ("35-plus degrees" after "38 degrees Celsius"), and verify the claim's.
    "°C": ("°C", "degrees Celsius", "degree Celsius", "degrees centigrade", "Celsius", "degrees"),
    "°F": ("°F", "degrees Fahrenheit", "degree Fahrenheit", "Fahrenheit", "degrees"),
    # A weight in pounds: "a 100-pound bag", "weighed 300 pounds", "300 lbs". "pounds" is
    # money as often (GBP), so only the symbols are read without context; the mention finder
    # decides "pounds" from the words around it (``mentions.pounds``).
    "lb": ("lb", "lbs", "pounds", "pound"),
    "people": ("people", "persons", "person"),
}


# The measures a figure's own words carry, which the value reader and the mention finder read
# with the figure ("approximately 10 km" is about 10 km). "people" is left out: it is the noun
# a count counts ("300 people"), which a claim may name but the figure does not need.
# "pounds" is read as the currency (GBP) unless the finder sees a weight: of `lb`, only the
# symbols are read here; a bare "degrees" names no scale by itself.
READ_UNITS: dict[str, tuple[str, ...]] = {
    unit: forms[:2] if unit == "lb" else tuple(form for form in forms if form != "degrees")
    for unit, forms in MEASURE_UNITS.items()
    if unit != "people"
}

# The forms of a unit that the words around them must confirm (see READ_UNITS).
_SAID_BY_CONTEXT = {
    "lb": frozenset({"pounds", "pound"}),
    "°C": frozenset({"degrees"}),
    "°F": frozenset({"degrees"}),
}


def read_alone(unit: str, written: str) -> bool:
    """Whether ``written`` ("km", "pounds") says ``unit`` by itself, as the value reader reads
    it; "pounds" does not say `lb` (it is money as often): the mention finder decides it from
    the words around, and nothing else may guess it."""
    return written.lower() not in _SAID_BY_CONTEXT.get(unit, ())


# Symbols of two letters or more may be glued to the digits ("120km", "50bp"); one letter
# may not: "10m" is as often ten million as ten metres.
_GLUED = frozenset(forms[0] for forms in READ_UNITS.values() if len(forms[0]) > 1)
# The same as a pattern's choice, longest first, for the mention finder.
GLUED_SYMBOLS = "|".join(re.escape(symbol) for symbol in sorted(_GLUED, key=len, reverse=True))
# A unit followed by these is part of a rate ("180 km per hour", "90 km/h", "5 kg a day"),
# not the figure's measure: the figure is read bare.
_RATE = r"\s*(?:per\b|/)|\s+an? (?:second|minute|hour|day|week|month|year)\b"


@cache
def _unit_forms() -> tuple[tuple[tuple[str, ...], bool, str, bool], ...]:
    """(the form's words, whether it is its unit's case-sensitive symbol, the unit, whether
    it may be glued), longest first, as tokens of the value reader."""
    found = []
    for unit, (symbol, *words) in READ_UNITS.items():
        found.append((tuple(t.raw for t in tokenize(symbol)), True, unit, symbol in _GLUED))
        found += [(tuple(t.text for t in tokenize(word)), False, unit, False) for word in words]
    found.sort(key=lambda form: (-len(form[0]), -sum(map(len, form[0]))))
    return tuple(found)


@cache
def first_words() -> frozenset[str]:
    """The lower-cased first word of every form ("km", "basis", "square"): a word after a
    figure that is none of these starts no unit, and the finder need not read further."""
    return frozenset(words[0].lower() for words, *_ in _unit_forms())


@cache
def _rate_after() -> re.Pattern[str]:
    return re.compile(_RATE)


# What may be glued after a unit: punctuation, and the close of a bracket or quotation
# ("500 km (310 miles) away").
_CLOSERS = frozenset({",", ";", ":", ".", ")", "]", '"', "'"})


# The adjective of size a hyphenated measure ends with ("1,600-mile-long", "10-km-long"):
# part of the measure's span, as the unit is; the value is the figure in its unit.
_DIMENSIONS = frozenset(("long", "wide", "high", "deep", "tall", "thick"))


def _dimension_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether "-long" (or "-wide", "-high", ...) is glued after the unit ending at ``end``,
    with nothing glued after it."""
    return (
        end + 1 < len(tokens)
        and tokens[end].text == "-"
        and not tokens[end].spaced
        and tokens[end + 1].text in _DIMENSIONS
        and not tokens[end + 1].spaced
        and (end + 2 == len(tokens) or tokens[end + 2].spaced)
    )


def read_measure_unit(tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
    """The measure unit written at ``index`` after a figure ("10 km", "120-kilometre",
    "120km", "25 basis points") and the index after it; None where there is none, or where it
    is part of a rate ("180 km per hour")."""
    if index >= len(tokens):
        return None
    hyphen = tokens[index].text == "-" and not tokens[index].spaced
    first = index + 1 if hyphen else index
    if first >= len(tokens) or (hyphen and tokens[first].spaced):
        return None
    glued = not hyphen and not tokens[first].spaced
    for words, symbol, unit, may_glue in _unit_forms():
        if glued and not may_glue:
            continue
        end = first + len(words)
        if end > len(tokens):
            continue
        said = tokens[first:end]
        if any(token.kind == "other" and token.text != "°" for token in said):
            continue  # the degree sign is a symbol's first character ("30 °C", "41°F")
        if tuple(token.raw if symbol else token.text for token in said) != words:
            continue
        if any(token.spaced for token in said[1:]) and symbol:
            continue  # "km 2" is no "km2"
        if hyphen and _dimension_after(tokens, end):
            return unit, end + 2  # "a 1,600-mile-long pipeline", "a 300-metre-high tower"
        rest = " " + " ".join(token.raw for token in tokens[end : end + 3])
        if end < len(tokens) and not tokens[end].spaced and tokens[end].text not in _CLOSERS:
            continue  # "12 kmh", "5 t-shirts"; not "(310 miles) away"
        if _rate_after().match(rest) or (end < len(tokens) and tokens[end].text == "/"):
            return None
        return unit, end
    return None
