"""Whether two claimed values can both be true: the one comparison the archive makes.

Kept to one small function on purpose: the values package is gaining a `compatible`
relation, and the archive should switch to it here and nowhere else.
"""

from __future__ import annotations

from factcheck.article.normalize import normalize_phrase
from factcheck.consistency.truth import (
    Span,
    Tolerances,
    Truth,
    date_equal,
    duration_span,
    number_span,
    qualified,
)
from factcheck.values import DateValue, DurationValue, NumberValue, OrdinalValue, PairValue


def conflicting(a: object, b: object, tolerances: Tolerances) -> bool:
    """True when no value can make both statements true.

    Dates conflict when their intervals (at their precision) share no day; numbers and
    durations when the ranges their qualifiers allow ("up to 1,200", "nearly three years")
    do not overlap; names when they differ once normalized and casefolded. Values of
    different kinds, or numbers in different units, are not comparable: never a conflict.
    """
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return date_equal(a, b) is Truth.FALSE
    if isinstance(a, NumberValue) and isinstance(b, NumberValue):
        if a.unit != b.unit:
            return False
        return number_span(a, tolerances).disjoint(number_span(b, tolerances))
    if isinstance(a, DurationValue) and isinstance(b, DurationValue):
        return duration_span(a, tolerances).disjoint(duration_span(b, tolerances))
    if isinstance(a, PairValue) and isinstance(b, PairValue):
        return _side(a, "left", tolerances).disjoint(_side(b, "left", tolerances)) or _side(
            a, "right", tolerances
        ).disjoint(_side(b, "right", tolerances))
    if isinstance(a, OrdinalValue) and isinstance(b, OrdinalValue):
        return a.n != b.n
    if isinstance(a, str) and isinstance(b, str):
        return normalize_phrase(a).casefold() != normalize_phrase(b).casefold()
    if type(a) is not type(b):
        return False
    return a != b


def _side(pair: PairValue, side: str, tolerances: Tolerances) -> Span:
    amount = float(getattr(pair, side))
    return qualified(amount, amount, pair.qualifier, tolerances)


def value_spans(value: object, tolerances: Tolerances) -> tuple[Span, ...] | None:
    """The intervals `conflicting` compares a value by (one per side of a pair), or None for
    values compared as names. The archive's index keeps, for each property, the values with
    the lowest upper and the highest lower end: a new value is disjoint from some value
    exactly when it is disjoint from one of those, so it is compared with a few, not all."""
    if isinstance(value, DateValue):
        return (Span(value.start.toordinal(), value.end.toordinal()),)
    if isinstance(value, NumberValue):
        return (number_span(value, tolerances),)
    if isinstance(value, DurationValue):
        return (duration_span(value, tolerances),)
    if isinstance(value, PairValue):
        return (_side(value, "left", tolerances), _side(value, "right", tolerances))
    return None
