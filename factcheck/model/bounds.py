"""The ranges of values factcheck computes with, and how a value outside them is named.

Claims files come from whoever opens a pull request, so every value the model accepts must
be one the checks can compute with: a number a float can hold, an ordinal a sequence check
can count up to, a duration and a dateline whose dates stay inside the calendar (years 1 to
9999). The model refuses anything else where it is read, at the value's line and column,
naming the range allowed (`factcheck.load.schema_errors`); the checks guard their date
arithmetic as well, but only as a second line of defence.

The ranges are generous for news: a quintillion is more than any budget or debt reported
in any currency, the 10,000th round of anything is not news, and 10,000 years covers
every span of recorded history.
"""

from __future__ import annotations

#: Numbers (`value` of a number claim, a range's ends, a pair's sides, a check's constants).
NUMBER_LIMIT = 10**18
#: Ordinals (`value` of an ordinal claim, a subject's `ordinal`).
MAX_ORDINAL = 10_000
#: Durations, by their length (a year counted as 365.2425 days); a frequency's period too
#: ("every 76 years"), which must also be longer than zero.
MAX_DURATION_YEARS = 10_000
#: Datelines (`article.published`): years that the dates read from an article can have.
FIRST_PUBLISHED_YEAR = 1000
LAST_PUBLISHED_YEAR = 2999

NUMBER_RANGE = "from -1,000,000,000,000,000,000 to 1,000,000,000,000,000,000 (10^18)"
COUNT_RANGE = "from 0 to 1,000,000,000,000,000,000 (10^18)"
ORDINAL_RANGE = f"from 1 to {MAX_ORDINAL:,}"


def range_of(field: str, kind: str | None) -> tuple[str, str]:
    """What a value at `field` (the last key of its path) of a `kind` claim may be, and how
    to fix one outside it: (range, hint)."""
    if field == "ordinal" or kind == "ordinal":
        return (
            f"an ordinal runs {ORDINAL_RANGE}",
            "Write the position the article gives as a whole number: 3 for “third”.",
        )
    if kind == "pair":
        return (
            f"each side of an exchange is a count {COUNT_RANGE}",
            "Write the two counts the article gives: [1000, 1000] for “1,000-for-1,000”.",
        )
    return (
        f"a number runs {NUMBER_RANGE} and is finite",
        "Write the number the article gives; for an amount larger than this, state it in a "
        "larger unit (billions, trillions) and name the unit in `unit:` or the claim's text.",
    )
