"""A bare "degrees" after a figure takes the temperature scale the story named before it:
"topping 38 degrees Celsius ... 35-plus degrees" is `°C` both times (tests/gold-dev-news/README.md's
decision, which tests/gold/README.md's "One rule for every corpus" keeps). Where the story has
named no scale before, the figure stays alone: "degrees" says nothing a claim could check.

The value reader reads "35 degrees" as the bare figure, as the words alone name no scale; a
drafted claim says `unit: °C`, and verify, told the unit, reads "degrees" as it
(``factcheck.model.units.without_unit``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from factcheck.mentions.model import Mention
from factcheck.values import NumberValue

_SCALES = re.compile(
    r"(?<![\w])(?:(?P<c>Celsius|centigrade)|(?P<f>Fahrenheit))\b|°(?:(?P<cs>C)|(?P<fs>F))\b"
)
# "degrees" after the figure, not followed by a scale (that one the measure reader reads).
_DEGREES = re.compile(r" degrees\b(?! (?:Celsius|Fahrenheit|centigrade)\b)(?!-)")


# The longest scale word ("Fahrenheit", "centigrade"), in characters.
_LONGEST_SCALE = 10


def _unit(match: re.Match[str]) -> str:
    return "°C" if match.group("c") or match.group("cs") else "°F"


class _Scales:
    """The scales a story names, found in one scan of its text, so that asking for the one
    before each of many "degrees" stays linear in the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_SCALES.finditer(text))
        self.starts = [match.start() for match in matches]
        self.units = [_unit(match) for match in matches]

    def before(self, start: int) -> str | None:
        """The unit of the last scale named before ``start``: what a scan of the text up to
        ``start`` finds. A scale ending at ``start`` may match only there ("Celsius" before
        a letter), so the characters just before it are scanned as such; any scale that
        starts further back ends before them and is the whole text's."""
        near = max(0, start - 2 * _LONGEST_SCALE)
        last = None
        for last in _SCALES.finditer(self.text, near, start):  # noqa: B007
            pass
        if last is not None:
            return _unit(last)
        index = bisect.bisect_left(self.starts, near) - 1
        return self.units[index] if index >= 0 else None


def with_named_scale(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare "N degrees" run on to "degrees", in the scale the story
    named before it; the others as they are."""
    if " degrees" not in text:
        return mentions
    found = []
    scales: _Scales | None = None
    for mention in mentions:
        value = mention.value
        degrees = _DEGREES.match(text, mention.end)
        if isinstance(value, NumberValue) and value.unit is None and degrees is not None:
            scales = scales or _Scales(text)
            unit = scales.before(mention.start)
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
