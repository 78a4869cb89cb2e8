"""Numeric relations (equal, less, at most, sums, the sides of an exchange) and equality."""

from __future__ import annotations

from factcheck.article.normalize import normalize_phrase
from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import (
    Span,
    Truth,
    compare,
    date_equal,
    number_span,
    point,
    qualified,
)
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import EqualCheck, NumericCheck, Sum
from factcheck.values import DateValue, NumberValue, PairValue

_WORDS = {
    "equal": "equal to",
    "not-equal": "different from",
    "less": "less than",
    "at-most": "at most",
    "greater": "more than",
    "at-least": "at least",
}


class _Unusable(Exception):
    def __init__(self, item: str) -> None:
        self.item = item


def _operand(value: object, facts: Facts, involved: list[Fact]) -> tuple[Span, str]:
    """The possible values of an operand and how to name it in a message."""
    if isinstance(value, Sum):
        parts = [_operand(part, facts, involved) for part in value.sum]
        total = parts[0][0]
        for span, _ in parts[1:]:
            total = total + span
        return total, "the sum of " + " and ".join(name for _, name in parts)
    if isinstance(value, int | float):
        return point(value), f"{value:,}"
    claim_id, _, side = str(value).partition(".")
    fact = facts.get(claim_id)
    if fact is None:
        raise _Unusable(claim_id)
    involved.append(fact)
    if isinstance(fact.value, NumberValue):
        return number_span(fact.value, facts.tolerances), fact.label()
    if isinstance(fact.value, PairValue) and side in ("left", "right"):
        amount = float(getattr(fact.value, side))
        span = qualified(amount, amount, fact.value.qualifier, facts.tolerances)
        return span, f"the {side} side of {fact.label()}"
    raise _Unusable(str(value))


def numeric(check: NumericCheck, facts: Facts) -> list[Verdict]:
    involved: list[Fact] = []
    try:
        left, left_name = _operand(check.left, facts, involved)
        right, right_name = _operand(check.right, facts, involved)
    except _Unusable as unusable:
        return [missing("FC406", unusable.item)]
    truth = compare(left, check.relation, right)
    relation = _WORDS[check.relation]
    facts_involved = tuple(involved)
    if truth is Truth.TRUE:
        return [holds("FC406", facts_involved)]
    if truth is Truth.FALSE:
        message = (
            f"{left_name} must be {relation} {right_name} "
            f"(possible values {left.describe()} and {right.describe()})"
        )
        return [Verdict(truth, "FC406", message, facts_involved, ("relation",))]
    message = (
        f"cannot tell whether {left_name} is {relation} {right_name}: their possible values "
        f"{left.describe()} and {right.describe()} overlap"
    )
    return [Verdict(truth, "FC406", message, facts_involved, ("relation",))]


def same_value(a: Fact, b: Fact, facts: Facts) -> Truth:
    """Whether two facts state the same value (dates and numbers at their precision)."""
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        return date_equal(a.value, b.value)
    if isinstance(a.value, NumberValue) and isinstance(b.value, NumberValue):
        tol = facts.tolerances
        return compare(number_span(a.value, tol), "equal", number_span(b.value, tol))
    if isinstance(a.value, str) and isinstance(b.value, str):
        return Truth.of(
            normalize_phrase(a.value).casefold() == normalize_phrase(b.value).casefold(), True
        )
    return Truth.of(a.value == b.value, True)


def equal(check: EqualCheck, facts: Facts) -> list[Verdict]:
    first = facts.get(check.items[0])
    if first is None:
        return [missing("FC407", check.items[0], "items")]
    verdicts = []
    for position, item in enumerate(check.items[1:], start=1):
        key = ("items", position)
        other = facts.get(item)
        if other is None:
            verdicts.append(missing("FC407", item, "items"))
            continue
        truth = same_value(first, other, facts)
        if truth is Truth.TRUE:
            verdicts.append(holds("FC407", (first, other)))
        elif truth is Truth.FALSE:
            verdicts.append(
                Verdict(
                    truth,
                    "FC407",
                    f"{other.label()} must equal {first.label()}",
                    (first, other),
                    key,
                )
            )
        else:
            verdicts.append(
                Verdict(
                    truth,
                    "FC407",
                    f"cannot tell whether {other.label()} equals {first.label()} at the "
                    "precision given",
                    (first, other),
                    key,
                )
            )
    return verdicts
