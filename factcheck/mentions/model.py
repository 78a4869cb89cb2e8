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

# Kinds found only with ``find_mentions(..., uncheckable=True)`` (see ``Mention``).
UNCHECKABLE_KINDS: tuple[str, ...] = (
    "reference",
    "vague_duration",
    "story_year",
    "story_period",
    "frequency_adjective",
    "business_days",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that states a checkable fact, with the fact's normalized value.

    ``value`` is a DateValue, NumberValue, PairValue, DurationValue, FrequencyValue or
    OrdinalValue from ``factcheck.values``; for a quote the quoted words; for a person, role
    or place the name; for a time a string such as "22:57+03:00" (or "22:57" when no zone is
    given).

    Six kinds outside KINDS (``UNCHECKABLE_KINDS``) are found only when asked
    (``find_mentions(..., uncheckable=True)``): temporal expressions a benchmark scores whose
    words alone state no fact a claim could check, so coverage and ``extract`` never see them:

    - ``reference`` ("now", "in the future", "recently"): value "present", "past" or
      "future" (``factcheck.mentions.references``);
    - ``vague_duration`` ("several days", "in recent years"): value the unit, "day",
      "year", ... (``factcheck.mentions.vague_lengths``);
    - ``story_year`` ("the year", "that year", "a year earlier" with no quarter named,
      "fiscal 1989", "FY 2007"): value the DateValue of the year the story speaks of (of
      a fiscal year, the year it names, as TimeML's TBAQ values it)
      (``factcheck.mentions.story_years``, which also gives "the year ended Sept. 30" as a
      ``duration`` of one year, likewise only when asked);
    - ``story_period`` ("the week", "the month"): value the DateValue of the dateline's
      week (Monday to Sunday) or month (``factcheck.mentions.story_years``);
    - ``frequency_adjective`` ("his weekly radio address"): value the FrequencyValue
      (``factcheck.mentions.frequencies``; the gold corpora count an adjective as no
      frequency, TimeML as a SET);
    - ``business_days`` ("eight trading days", "10 business days"): value the
      DurationValue of that many days, as TimeML counts them; a business day is no calendar
      day, which a claim's duration counts (``factcheck.mentions.durations``).
    """

    kind: str
    start: int
    end: int
    text: str
    value: object
    speaker: str | None = None  # quotes: who the sentence says spoke the words
    person: str | None = None  # roles: the person the title is given to
    country: str | None = None  # places: ISO 3166 alpha-2 code from GeoNames
