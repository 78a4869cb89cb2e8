"""The numbered events of a series: consecutive, in date order, none after the latest.

"Russia is ready to hold a third round": a third round needs a first and a second, held
before it; the "latest" round is the last one held; an ordinal claim about an event must be
that event's place in its series.
"""

from __future__ import annotations

from itertools import pairwise

from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import Truth, date_before
from factcheck.consistency.verdict import Verdict, holds
from factcheck.model.checks import SequenceCheck
from factcheck.values import DateValue, OrdinalValue


def _event_date(facts: Facts, subject: str) -> tuple[DateValue, Fact] | None:
    for fact in facts.claims_about(subject, "date"):
        if isinstance(fact.value, DateValue):
            return fact.value, fact
    return None


def sequence(check: SequenceCheck, facts: Facts) -> list[Verdict]:
    events = {
        name: subject
        for name, subject in facts.subjects.items()
        if subject.part_of == check.series and subject.ordinal is not None
    }
    by_ordinal: dict[int, list[str]] = {}
    for name, subject in events.items():
        by_ordinal.setdefault(subject.ordinal, []).append(name)  # type: ignore[arg-type]
    verdicts: list[Verdict] = []
    highest = max(by_ordinal, default=0)
    gaps = [n for n in range(1, highest + 1) if n not in by_ordinal]
    if gaps:
        verdicts.append(
            Verdict(
                Truth.FALSE,
                "FC402",
                f"series `{check.series}` has events up to number {highest} but none numbered "
                f"{_numbers(gaps)}: add the missing events to `subjects:`",
                key=("series",),
            )
        )
    for ordinal, names in sorted(by_ordinal.items()):
        if len(names) > 1:
            verdicts.append(
                Verdict(
                    Truth.FALSE,
                    "FC402",
                    f"events {', '.join(f'`{n}`' for n in names)} are all number {ordinal} of "
                    f"`{check.series}`",
                    key=("series",),
                )
            )
    verdicts.extend(_date_order(check, facts, by_ordinal))
    verdicts.extend(_latest(check, facts, events))
    verdicts.extend(_ordinal_claims(check, facts, events, by_ordinal))
    return verdicts or [holds("FC403")]


def _date_order(check: SequenceCheck, facts: Facts, by_ordinal: dict[int, list[str]]) -> list:
    dated = [
        (ordinal, date)
        for ordinal, names in sorted(by_ordinal.items())
        if (date := _event_date(facts, names[0])) is not None
    ]
    verdicts = []
    for (n1, (d1, f1)), (n2, (d2, f2)) in pairwise(dated):
        truth = date_before(d1, d2)
        if truth is Truth.TRUE:
            verdicts.append(holds("FC403", (f1, f2)))
        else:
            verdicts.append(
                Verdict(
                    truth,
                    "FC403",
                    f"event {n1} of `{check.series}` is dated {f1.label()} and event {n2} "
                    f"{f2.label()}: number {n1} must come before number {n2}",
                    (f1, f2),
                )
            )
    return verdicts


def _latest(check: SequenceCheck, facts: Facts, events: dict) -> list[Verdict]:  # type: ignore[type-arg]
    """No event numbered after the latest has happened by the dateline."""
    if check.latest is None or check.latest not in events:
        return []
    latest_ordinal = events[check.latest].ordinal
    latest_date = _event_date(facts, check.latest)
    verdicts = []
    for name, subject in events.items():
        if subject.ordinal <= latest_ordinal:
            continue
        date = _event_date(facts, name)
        if date is None:
            continue
        value, fact = date
        after_latest = date_before(latest_date[0], value) if latest_date else Truth.TRUE
        after_dateline = (
            date_before(facts.dateline, value) if facts.dateline is not None else Truth.TRUE
        )
        truth = after_latest & after_dateline
        if truth is not Truth.TRUE:
            verdicts.append(
                Verdict(
                    Truth.FALSE if truth is Truth.FALSE else truth,
                    "FC403",
                    f"`{check.latest}` is the latest event of `{check.series}`, but `{name}` "
                    f"(number {subject.ordinal}) is dated {fact.label()}, which is not after it "
                    "and after the dateline",
                    (fact,),
                )
            )
    return verdicts


def _ordinal_claims(
    check: SequenceCheck,
    facts: Facts,
    events: dict,
    by_ordinal: dict[int, list[str]],  # type: ignore[type-arg]
) -> list[Verdict]:
    """'third round': the event's number is 3, and events 1 and 2 came before it."""
    verdicts = []
    for claim_id in check.ordinals:
        fact = facts.get(claim_id)
        if fact is None or not isinstance(fact.value, OrdinalValue) or fact.claim is None:
            continue
        claimed = fact.value.n
        subject = events.get(fact.claim.subject)
        if subject is None:
            verdicts.append(
                Verdict(
                    Truth.FALSE,
                    "FC404",
                    f"{fact.label()} is about `{fact.claim.subject}`, which is not a numbered "
                    f"event of `{check.series}`",
                    (fact,),
                    key=("ordinals",),
                )
            )
            continue
        if subject.ordinal != claimed:
            verdicts.append(
                Verdict(
                    Truth.FALSE,
                    "FC404",
                    f"{fact.label()} calls `{fact.claim.subject}` number {claimed}, but it is "
                    f"number {subject.ordinal} of `{check.series}`",
                    (fact,),
                    key=("ordinals",),
                )
            )
            continue
        when = _event_date(facts, fact.claim.subject)
        limit = when[0] if when else facts.dateline
        for earlier in range(1, claimed):
            names = by_ordinal.get(earlier)
            if not names:
                verdicts.append(
                    Verdict(
                        Truth.FALSE,
                        "FC402",
                        f"{fact.label()} needs an event number {earlier} of `{check.series}` "
                        "before it, and there is none",
                        (fact,),
                        key=("ordinals",),
                    )
                )
                continue
            held = _event_date(facts, names[0])
            if held is None or limit is None:
                continue
            truth = date_before(held[0], limit)
            if truth is not Truth.TRUE:
                verdicts.append(
                    Verdict(
                        truth,
                        "FC402",
                        f"{fact.label()} needs event number {earlier} before it, but "
                        f"{held[1].label()} is not before "
                        f"{'its date' if when else 'the dateline'}",
                        (fact, held[1]),
                        key=("ordinals",),
                    )
                )
    return verdicts


def _numbers(gaps: list[int], most: int = 8) -> str:
    """Missing numbers as runs ("1–3, 5"), the first `most` of them: an ordinal of 10,000
    must not make a message of 9,999 numbers."""
    runs: list[list[int]] = []
    for number in gaps:
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    shown = [f"{low}" if low == high else f"{low}–{high}" for low, high in runs[:most]]
    if len(runs) > most:
        shown.append(f"and {len(runs) - most:,} more runs")
    return ", ".join(shown)
