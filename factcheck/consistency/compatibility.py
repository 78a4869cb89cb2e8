"""Whether two stated values can both be true: one true value that satisfies each.

"Over an hour" and "about 1 hour 15 minutes" describe the same meeting in two ways: each is
a set of possible lengths (more than 60 minutes; 67.5 to 82.5), and they share some, so the
article is consistent. "A 30-day ceasefire" and "a 90-day ceasefire" share none; "up to
1,200" and "at least 1,000" share 1,000 to 1,200. The implicit FC421 (one subject and
property, two values) and the `compatible` check (FC429) ask this; the `equal` check asks
for more, the same value (`factcheck.consistency.number_checks.same_value`).
"""

from __future__ import annotations

from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.number_checks import same_value
from factcheck.consistency.truth import (
    Span,
    Tolerances,
    Truth,
    duration_minutes,
    number_span,
    time_spans,
)
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import CompatibleCheck
from factcheck.values import DateValue, DurationValue, NumberValue, TimeValue


def possible_values(a: object, b: object, tol: Tolerances) -> tuple[Span, Span] | None:
    """The possible values of two values of one type, on one scale; None for other types."""
    if isinstance(a, NumberValue) and isinstance(b, NumberValue):
        return number_span(a, tol), number_span(b, tol)
    if isinstance(a, DurationValue) and isinstance(b, DurationValue):
        return duration_minutes(a, tol), duration_minutes(b, tol)
    if isinstance(a, TimeValue) and isinstance(b, TimeValue):
        return time_spans(a, b)
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return _days(a), _days(b)
    return None


def _days(value: DateValue) -> Span:
    return Span(float(value.start.toordinal()), float(value.end.toordinal()))


def compatible(a: Fact, b: Fact, facts: Facts) -> Truth:
    """TRUE when some single value satisfies both facts, FALSE when none does.

    Numbers, durations, times and dates are sets of possible values (qualifiers and
    precision widen them); names and ordinals are compatible only when they are the same.
    """
    spans = possible_values(a.value, b.value, facts.tolerances)
    if spans is None:
        return same_value(a, b, facts)
    apart = spans[0].disjoint(spans[1])
    return Truth.of(not apart, apart)


def compatible_check(check: CompatibleCheck, facts: Facts) -> list[Verdict]:
    """Every pair of the items can be true together (on a line, pairs suffice for all)."""
    items = [(position, item, facts.get(item)) for position, item in enumerate(check.items)]
    verdicts = [missing("FC429", item, "items") for _, item, fact in items if fact is None]
    present = [(position, fact) for position, _, fact in items if fact is not None]
    for index, (_, first) in enumerate(present):
        for position, other in present[index + 1 :]:
            if type(first.value) is not type(other.value):
                verdicts.append(
                    Verdict(
                        Truth.FALSE,
                        "FC411",
                        f"{other.label()} and {first.label()} are values of different types, "
                        "which cannot be compared",
                        (),
                        ("items", position),
                    )
                )
                continue
            truth = compatible(first, other, facts)
            if truth is Truth.TRUE:
                verdicts.append(holds("FC429", (first, other)))
            else:
                verdicts.append(
                    Verdict(
                        Truth.FALSE,
                        "FC429",
                        f"{other.label()} and {first.label()} cannot both be true: no value "
                        "satisfies both",
                        (first, other),
                        ("items", position),
                    )
                )
    return verdicts
