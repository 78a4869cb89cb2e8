"""Checks on dates and times: chronology, the time between two dates or two clock times, a date
inside a stretch of time."""

from __future__ import annotations

import datetime as dt
import math
from itertools import pairwise

from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import (
    Span,
    Truth,
    date_before,
    duration_minutes,
    duration_span,
    elapsed_days,
    minutes_text,
    time_before,
    time_spans,
)
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import ChronologyCheck, ContainmentCheck, DurationCheck, Window
from factcheck.values import DateValue, DurationValue, TimeValue


def _moment(facts: Facts, item: str) -> tuple[DateValue | TimeValue, Fact] | None:
    """A date or a clock time the check can order, with its fact."""
    fact = facts.get(item)
    if fact is None or not isinstance(fact.value, DateValue | TimeValue):
        return None
    return fact.value, fact


def _before(a: DateValue | TimeValue, b: DateValue | TimeValue, strict: bool) -> Truth | None:
    """Whether a comes before b; None when one is a date and the other a time of day."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return date_before(a, b, strict)
    if isinstance(a, TimeValue) and isinstance(b, TimeValue):
        return time_before(a, b, strict)
    return None


# Said when a strict chronology fails only because two dates may be the same day (June 2
# before a June 2 dateline): the runner's hint then names the setting that allows it.
SAME_DAY_REFUSED = "a chronology is strict by default"


def chronology(check: ChronologyCheck, facts: Facts) -> list[Verdict]:
    """Each item before the next (or at the same time, when not strict): dates, or times of
    day ("the talks began at 2:44 p.m. and ended at 3:58 p.m."), converted between offsets
    when both give one."""
    verdicts = []
    word = "before" if check.strict else "on or before"
    for position, (first, second) in enumerate(pairwise(check.items)):
        key = ("items", position + 1)
        a, b = _moment(facts, first), _moment(facts, second)
        if a is None or b is None:
            verdicts.append(missing("FC401", first if a is None else second, "items"))
            continue
        (value_a, fact_a), (value_b, fact_b) = a, b
        pair = (fact_a, fact_b)
        truth = _before(value_a, value_b, check.strict)
        if truth is None:
            verdicts.append(
                Verdict(
                    Truth.FALSE,
                    "FC411",
                    f"{fact_a.label()} and {fact_b.label()} are a date and a time of day: a "
                    "chronology orders dates, or times (a time with its date orders with times)",
                    (),
                    key,
                )
            )
        elif truth is Truth.TRUE:
            verdicts.append(holds("FC401", pair))
        elif truth is Truth.FALSE:
            message = f"{fact_a.label()} must come {word} {fact_b.label()}"
            if check.strict and _before(value_a, value_b, strict=False) is not Truth.FALSE:
                same = "day" if isinstance(value_a, DateValue) else "time"
                message += f"; they can fall on the same {same}, and {SAME_DAY_REFUSED}"
            verdicts.append(Verdict(truth, "FC401", message, pair, key))
        else:
            verdicts.append(
                Verdict(
                    truth,
                    "FC401",
                    f"cannot tell whether {fact_a.label()} comes {word} {fact_b.label()}: "
                    "at the precision given, they overlap",
                    pair,
                    key,
                )
            )
    return verdicts


def _days(span: Span) -> str:
    if span.low == span.high:
        return f"{span.low:,.0f} days"
    high = "no limit" if math.isinf(span.high) else f"{span.high:,.0f}"
    return f"{span.low:,.0f} to {high} days"


def duration(check: DurationCheck, facts: Facts) -> list[Verdict]:
    """The time from `start` to `end` is what the duration claim says, honouring its qualifier.

    `start` and `end` are dates, or clock times (a time interval, "from 2:44 p.m. to 3:58
    p.m.", may be both: its start and its end)."""
    stated = facts.get(check.duration)
    if stated is None or not isinstance(stated.value, DurationValue):
        return [missing("FC405", check.duration, "duration")]
    first, last = _moment(facts, check.start), _moment(facts, check.end)
    if first is None or last is None:
        return [missing("FC405", check.start if first is None else check.end)]
    if isinstance(first[0], TimeValue) and isinstance(last[0], TimeValue):
        return _clock_duration(first, last, stated, facts)  # type: ignore[arg-type]
    start, end = facts.date(check.start), facts.date(check.end)
    if start is None or end is None:
        return [
            Verdict(
                Truth.FALSE,
                "FC411",
                f"{first[1].label()} and {last[1].label()} are a date and a time of day: a "
                "duration runs between two dates or two times",
            )
        ]
    (start_date, start_fact), (end_date, end_fact) = start, end
    elapsed = elapsed_days(start_date, end_date, check.inclusive)
    allowed = duration_span(stated.value, facts.tolerances)
    involved = (start_fact, end_fact, stated)
    between = f"from {start_fact.label()} to {end_fact.label()} is {_days(elapsed)}"
    said = f"{stated.label()} allows {_days(allowed)}"
    if elapsed.inside(allowed):
        return [holds("FC405", involved)]
    if elapsed.disjoint(allowed):
        return [Verdict(Truth.FALSE, "FC405", f"{between}, but {said}", involved)]
    return [
        Verdict(
            Truth.UNKNOWN,
            "FC405",
            f"cannot tell: {between}, and {said}; only part of that range agrees",
            involved,
        )
    ]


def _clock_duration(
    first: tuple[TimeValue, Fact], last: tuple[TimeValue, Fact], stated: Fact, facts: Facts
) -> list[Verdict]:
    """Minutes from one clock time to another (past midnight if the end is earlier)."""
    (start, start_fact), (end, end_fact) = first, last
    start_span, end_span = time_spans(start, end)
    begin, finish = start_span.low, end_span.high
    if finish < begin and end.day is None:
        finish += 1440  # "from 11:30 p.m. to 1:10 a.m."
    elapsed = finish - begin
    allowed = duration_minutes(stated.value, facts.tolerances)  # type: ignore[arg-type]
    involved = (
        (start_fact, end_fact, stated) if start_fact is not end_fact else (start_fact, stated)
    )
    where = (
        f"{start_fact.label()}"
        if start_fact is end_fact
        else f"from {start_fact.label()} to {end_fact.label()}"
    )
    between = f"{where} is {minutes_text(elapsed)}"
    low, high = minutes_text(allowed.low), minutes_text(allowed.high)
    said = f"{stated.label()} allows {low}" + ("" if low == high else f" to {high}")
    if Span(elapsed, elapsed).inside(allowed):
        return [holds("FC405", involved)]
    return [Verdict(Truth.FALSE, "FC405", f"{between}, but {said}", involved)]


def date_containment(check: ContainmentCheck, facts: Facts) -> list[Verdict]:
    """A date inside another date's interval, or inside a window of time."""
    item = facts.date(check.item)
    if item is None:
        return [missing("FC408", check.item, "item")]
    value, fact = item
    if isinstance(check.within, str):
        outer = facts.date(check.within)
        if outer is None:
            return [missing("FC408", check.within, "within")]
        outer_value, outer_fact = outer
        truth = Truth.of(
            outer_value.start <= value.start and value.end <= outer_value.end,
            value.end < outer_value.start or outer_value.end < value.start,
        )
        return [_contained(truth, fact, f"inside {outer_fact.label()}", (fact, outer_fact))]
    return [_in_window(check.within, value, fact, facts)]


def _in_window(window: Window, value: DateValue, fact, facts: Facts) -> Verdict:  # type: ignore[no-untyped-def]
    """Earliest and latest possible bounds of the window, each date at its precision."""
    involved = [fact]
    # (latest possible start, earliest possible start): TRUE needs value after the first,
    # FALSE needs value entirely before the second. Likewise for the end.
    start_sure, start_maybe = dt.date.min, dt.date.min
    end_sure, end_maybe = dt.date.max, dt.date.max
    words = []
    for key in ("after", "before", "start", "end"):
        item = getattr(window, key)
        if item is None:
            continue
        bound = facts.date(item)
        if bound is None:
            return missing("FC408", item, "within")
        bound_value, bound_fact = bound
        involved.append(bound_fact)
        words.append(f"{key} {bound_fact.label()}")
        one_day = dt.timedelta(days=1)
        if key == "after":
            start_sure, start_maybe = bound_value.end + one_day, bound_value.start + one_day
        elif key == "before":
            end_sure, end_maybe = bound_value.start - one_day, bound_value.end - one_day
        elif key == "start":
            start_sure, start_maybe = bound_value.end, bound_value.start
        else:
            end_sure, end_maybe = bound_value.start, bound_value.end
    if window.duration is not None:
        stated = facts.get(window.duration)
        if stated is None or not isinstance(stated.value, DurationValue):
            return missing("FC408", window.duration, "within")
        involved.append(stated)
        words.append(f"lasting {stated.label()}")
        span = duration_span(stated.value, facts.tolerances)
        shortest = max(math.floor(span.low), 1) - 1
        longest = math.ceil(span.high) - 1 if math.isfinite(span.high) else math.inf  # "over"
        if window.end is not None:
            start_sure, start_maybe = _moved(end_maybe, -shortest), _moved(end_sure, -longest)
        elif window.start is not None:
            end_sure, end_maybe = _moved(start_maybe, shortest), _moved(start_sure, longest)
    truth = Truth.of(
        start_sure <= value.start and value.end <= end_sure,
        value.end < start_maybe or value.start > end_maybe,
    )
    return _contained(truth, fact, "within the window " + ", ".join(words), tuple(involved))


def _moved(day: dt.date, days: float) -> dt.date:
    """`day` moved by a window's length, stopping at the calendar's ends.

    Stopping there is exact for a window's far end: a window that ends after 9999-12-31 (or
    never, for "over 30 days") holds every date up to 9999-12-31, as one that ends on it does.
    """
    if not math.isfinite(days) or abs(days) > (dt.date.max - dt.date.min).days:
        return dt.date.max if days > 0 else dt.date.min
    try:
        return day + dt.timedelta(days=int(days))
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _contained(truth: Truth, fact, where: str, involved: tuple) -> Verdict:  # type: ignore[no-untyped-def]
    if truth is Truth.TRUE:
        return holds("FC408", involved)
    if truth is Truth.FALSE:
        return Verdict(truth, "FC408", f"{fact.label()} must lie {where}", involved, ("within",))
    return Verdict(
        truth,
        "FC408",
        f"cannot tell whether {fact.label()} lies {where}: the dates overlap",
        involved,
        ("within",),
    )
