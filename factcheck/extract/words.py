"""Which of the article's words a drafted claim stands on, so that verify reads from them the
value the draft writes.

The finder's span is the fact itself ("November", "25"); verify reads a claim's `text` alone,
out of its sentence. Where the two differ the draft takes a little more of the sentence:

- a value the reader cannot read alone takes the word before it, when with it the reader
  can: "November" is not a date (a capitalized month alone may be a name, "May" a verb),
  "in November" is;
- a number followed by the noun it counts takes it, and the claim says which (`unit: people`
  for "870 people"), as a person would write it. A measure unit ("25 basis points", "10 km")
  is the finder's own: its mention already holds it, with `unit: bp` in its value
  (`factcheck.values.measures`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from factcheck.mentions.model import Mention
from factcheck.model.units import MEASURE_UNITS, unit_after, without_unit
from factcheck.values import NumberValue
from factcheck.values.dispatch import parse_value
from factcheck.values.measures import read_alone

# Mention kinds whose `text` verify reads as a value (a time is drafted as a text claim).
_READ_KINDS = frozenset({"date", "number", "pair", "duration", "ordinal"})
# Longest unit form ("square kilometres") plus its joint: how far past a number to look.
_UNIT_LOOKAHEAD = 2 + max(len(form) for forms in MEASURE_UNITS.values() for form in forms)
# The word before a span: letters only, joined by one space, in the same paragraph.
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


@dataclass(frozen=True)
class ClaimWords:
    """The stretch of the normalized text a claim's `text` is, and fields it adds."""

    start: int
    end: int
    fields: dict[str, object] = field(default_factory=dict)


def claim_words(text: str, mention: Mention, anchor: dt.date | None) -> ClaimWords:
    """The words of `text` a claim of `mention` should give as its `text`."""
    if mention.kind not in _READ_KINDS or anchor is None:
        return ClaimWords(mention.start, mention.end)
    if isinstance(mention.value, NumberValue):
        with_unit = _with_unit(text, mention)
        if with_unit is not None:
            return with_unit
    if parse_value(mention.kind, mention.text, anchor) is not None:
        return ClaimWords(mention.start, mention.end)
    return _with_word_before(text, mention, anchor) or ClaimWords(mention.start, mention.end)


def _with_word_before(text: str, mention: Mention, anchor: dt.date) -> ClaimWords | None:
    """The mention with the word before it ("in November"), if the reader reads that as a
    value of the mention's kind."""
    match = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if match is None:
        return None
    start = match.start(1)
    if parse_value(mention.kind, text[start : mention.end], anchor) is None:
        return None
    return ClaimWords(start, mention.end)


def _with_unit(text: str, mention: Mention) -> ClaimWords | None:
    """The mention and the measure unit written after it ("25 basis points", "120-km"), when
    verify, told the unit, reads the mention's own value from them."""
    value = mention.value
    assert isinstance(value, NumberValue)
    if value.unit is not None or not mention.text[-1:].isdigit():
        return None  # money and percentages carry their unit; "three people" has no digits
    after = text[mention.end : mention.end + _UNIT_LOOKAHEAD]
    for unit in MEASURE_UNITS:
        match = unit_after(unit).match(after)
        if match is None:
            continue
        if not read_alone(unit, match.group().lstrip(" -\t\n")):
            continue  # "a 20-pound note": only the finder tells a weight from money
        end = mention.end + match.end()
        words = text[mention.start : end]
        if without_unit(words, unit) == mention.text:
            return ClaimWords(mention.start, end, {"unit": unit})
    return None
