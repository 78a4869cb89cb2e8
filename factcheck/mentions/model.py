"""The one value every finder returns: a mention of a fact in the article's text."""

from __future__ import annotations

from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "date",
    "time",
    "number",
    "pair",
    "duration",
    "frequency",
    "ordinal",
    "quote",
    "person",
    "role",
    "place",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that states a checkable fact, with the fact's normalized value.

    ``value`` is a DateValue, NumberValue, PairValue, DurationValue, FrequencyValue or
    OrdinalValue from
    ``factcheck.values``; for a quote the quoted words; for a person, role or place the name;
    for a time a string such as "22:57+03:00" (or "22:57" when no zone is given); for a
    reference ("now", "in the future": a kind outside KINDS, found only when asked, see
    ``factcheck.mentions.references``) "present", "past" or "future".
    """

    kind: str
    start: int
    end: int
    text: str
    value: object
    speaker: str | None = None  # quotes: who the sentence says spoke the words
    person: str | None = None  # roles: the person the title is given to
    country: str | None = None  # places: ISO 3166 alpha-2 code from GeoNames
