"""Numeric relations (equal, less, at most, sums, the sides of an exchange) and equality.

Durations and clock times take part too, each compared with its own kind: "the talks
lasted over an hour" is a duration at least 60 minutes; 14:44 plus that duration is a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.article.normalize import normalize_phrase
from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import (
    Span,
    Truth,
    clock,
    compare,
    date_equal,
    duration_minutes,
    minutes_text,
    number_span,
    point,
    qualified,
    time_span,
)
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import EqualCheck, NumericCheck, Sum
from factcheck.values import DateValue, DurationValue, NumberValue, PairValue, TimeValue

_WORDS = {
    "equal": "equal to",
    "not-equal": "different from",
    "less": "less than",
    "at-most": "at most",
    "greater": "more than",
    "at-least": "at least",
}


class _Unusable(Exception):
    def __init__(self, item: str, misuse: str = "") -> None:
        self.item = item
        self.misuse = misuse


#: What an operand measures. Numbers, lengths of time (in minutes) and clock times (minutes
#: on one scale) can each be compared only with their own kind; a duration added to a time
#: is a time ("14:44 plus about 1 h 15" ends the meeting).
_NUMBER, _LENGTH, _CLOCK = "number", "duration", "time"


@dataclass(frozen=True, slots=True)
class _Operand:
    span: Span
    name: str
    measures: str


def _times_of(value: object, facts: Facts) -> list[TimeValue]:
    """The clock times a check's operands name, to put them on one scale."""
    if isinstance(value, Sum):
        return [time for part in value.sum for time in _times_of(part, facts)]
    fact = facts.get(_claim_and_side(value)[0]) if isinstance(value, str) else None
    return [fact.value] if fact is not None and isinstance(fact.value, TimeValue) else []


def _claim_and_side(operand: str) -> tuple[str, str]:
    """The fact an operand names and the pair side it picks: `ID.left` in this file, or
    another file's claim, `FILE#ID` or `FILE#ID.left` (whose id may hold dots)."""
    if "#" in operand:
        from factcheck.archive.references import operand_reference

        return operand_reference(operand)
    claim_id, _, side = operand.partition(".")
    return claim_id, side


def _operand(
    value: object, facts: Facts, involved: list[Fact], scale: tuple[bool, bool]
) -> _Operand:
    """The possible values of an operand, how to name it in a message and what it measures."""
    if isinstance(value, Sum):
        parts = [_operand(part, facts, involved, scale) for part in value.sum]
        total, measures = parts[0].span, parts[0].measures
        for part in parts[1:]:
            total = total + part.span
            measures = _sum_of(measures, part.measures, str(value.sum))
        return _Operand(total, "the sum of " + " and ".join(p.name for p in parts), measures)
    if isinstance(value, int | float):
        return _Operand(point(value), f"{value:,}", _NUMBER)
    claim_id, side = _claim_and_side(str(value))
    fact = facts.get(claim_id)
    if fact is None:
        raise _Unusable(claim_id)
    involved.append(fact)
    if side and "#" in str(value) and not isinstance(fact.value, PairValue):
        # (in this file, FC411 says so when it is loaded)
        raise _Unusable(str(value), f"only a pair claim has sides; {fact.label()} is not one")
    if isinstance(fact.value, NumberValue):
        return _Operand(number_span(fact.value, facts.tolerances), fact.label(), _NUMBER)
    if isinstance(fact.value, PairValue) and side in ("left", "right"):
        amount = float(getattr(fact.value, side))
        span = qualified(amount, amount, fact.value.qualifier, facts.tolerances)
        return _Operand(span, f"the {side} side of {fact.label()}", _NUMBER)
    if isinstance(fact.value, DurationValue):
        return _Operand(duration_minutes(fact.value, facts.tolerances), fact.label(), _LENGTH)
    if isinstance(fact.value, TimeValue):
        return _Operand(time_span(fact.value, *scale), fact.label(), _CLOCK)
    raise _Unusable(str(value), f"{fact.label()} is not a number, duration or time")


def _sum_of(first: str, second: str, what: str) -> str:
    """What a sum measures: like with like, or a time moved by a duration."""
    if first == second and first != _CLOCK:
        return first
    if {first, second} == {_CLOCK, _LENGTH}:
        return _CLOCK
    raise _Unusable(what, f"a {first} cannot be added to a {second}")


def _describe(operand: _Operand) -> str:
    span = operand.span
    if operand.measures == _CLOCK:
        if span.low == span.high:
            return clock(span.low)
        return f"{clock(span.low)} to {clock(span.high)}"
    if operand.measures == _LENGTH:
        if span.low == span.high:
            return minutes_text(span.low)
        return f"{minutes_text(span.low)} to {minutes_text(span.high)}"
    return span.describe()


def numeric(check: NumericCheck, facts: Facts) -> list[Verdict]:
    involved: list[Fact] = []
    times = _times_of(check.left, facts) + _times_of(check.right, facts)
    scale = (
        all(time.offset is not None for time in times),
        all(time.day is not None for time in times),
    )
    try:
        left = _operand(check.left, facts, involved, scale)
        right = _operand(check.right, facts, involved, scale)
    except _Unusable as unusable:
        if unusable.misuse:
            return [
                Verdict(
                    Truth.FALSE,
                    "FC411",
                    f"{unusable.misuse}: `numeric` compares "
                    "numbers with numbers, durations with durations and times with "
                    "times (a time plus a duration is a time)",
                )
            ]
        return [missing("FC406", unusable.item)]
    facts_involved = tuple(involved)
    if left.measures != right.measures:
        message = (
            f"{left.name} is a {left.measures} and {right.name} a {right.measures}: `numeric` "
            "compares like with like (a time plus a duration is a time)"
        )
        return [Verdict(Truth.FALSE, "FC411", message, (), ("relation",))]
    truth = compare(left.span, check.relation, right.span)
    relation = _WORDS[check.relation]
    if truth is Truth.TRUE:
        return [holds("FC406", facts_involved)]
    if truth is Truth.FALSE:
        message = (
            f"{left.name} must be {relation} {right.name} "
            f"(possible values {_describe(left)} and {_describe(right)})"
        )
        return [Verdict(truth, "FC406", message, facts_involved, ("relation",))]
    message = (
        f"cannot tell whether {left.name} is {relation} {right.name}: their possible values "
        f"{_describe(left)} and {_describe(right)} overlap"
    )
    return [Verdict(truth, "FC406", message, facts_involved, ("relation",))]


def same_value(a: Fact, b: Fact, facts: Facts) -> Truth:
    """Whether two facts state the same value (dates and numbers at their precision)."""
    if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
        return date_equal(a.value, b.value)
    if isinstance(a.value, NumberValue) and isinstance(b.value, NumberValue):
        tol = facts.tolerances
        return compare(number_span(a.value, tol), "equal", number_span(b.value, tol))
    if isinstance(a.value, DurationValue | TimeValue) and type(a.value) is type(b.value):
        if a.value == b.value:
            return Truth.TRUE
        from factcheck.consistency.compatibility import possible_values

        spans = possible_values(a.value, b.value, facts.tolerances)
        return compare(spans[0], "equal", spans[1]) if spans else Truth.FALSE
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
