"""A bare "degrees" after a figure takes the temperature scale the story named before it:
"topping 38 degrees Celsius ... 35-plus degrees" is `°C` both times (tests/gold-dev-news/README.md's
decision, which tests/gold/README.md's "One rule for every corpus" keeps). Where the story has
named no scale before, the figure stays alone: "degrees" says nothing a claim could check.

The value reader reads "35 degrees" as the bare figure, as the words alone name no scale; a
drafted claim says `unit: °C`, and verify, told the unit, reads "degrees" as it
(``factcheck.model.units.without_unit``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.mentions.model import Mention
from factcheck.values import NumberValue

_SCALES = re.compile(
    r"(?<![\w])(?:(?P<c>Celsius|centigrade)|(?P<f>Fahrenheit))\b|°(?:(?P<cs>C)|(?P<fs>F))\b"
)
# "degrees" after the figure, not followed by a scale (that one the measure reader reads).
_DEGREES = re.compile(r" degrees\b(?! (?:Celsius|Fahrenheit|centigrade)\b)(?!-)")


def _scale_before(text: str, start: int) -> str | None:
    """The unit of the last scale named before ``start``, or None."""
    unit = None
    for match in _SCALES.finditer(text, 0, start):
        unit = "°C" if match.group("c") or match.group("cs") else "°F"
    return unit


def with_named_scale(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare "N degrees" run on to "degrees", in the scale the story
    named before it; the others as they are."""
    if " degrees" not in text:
        return mentions
    found = []
    for mention in mentions:
        value = mention.value
        degrees = _DEGREES.match(text, mention.end)
        if isinstance(value, NumberValue) and value.unit is None and degrees is not None:
            unit = _scale_before(text, mention.start)
            if unit is not None:
                end = degrees.end()
                mention = Mention(
                    mention.kind,
                    mention.start,
                    end,
                    text[mention.start : end],
                    replace(value, unit=unit),
                )
        found.append(mention)
    return found
