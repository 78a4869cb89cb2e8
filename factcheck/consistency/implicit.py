"""Checks that run with no YAML rule: what every claims file must satisfy.

One subject and property never carries two values that cannot both be true; past events
are not dated after the dateline; a date counted from another ("a day earlier") has one; a
weekday named beside a date agrees with it; a claim's verdict shows in the result (false
fails, unverified and disputed warn); a verified claim names its source; a place subject's
declared `within:` agrees with GeoNames."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.consistency.compatibility import compatible
from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import Truth
from factcheck.values import DateValue, weekday_named

_NOT_SINGLE_VALUED = ("quote", "text")
_WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W{0,3}$"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class ImplicitFinding:
    """A finding on one claim (`key` of it) or on a subject (`subject`, `key`)."""

    code: str
    message: str
    claim: str | None = None
    subject: str | None = None
    key: str = "value"
    hint: str = ""
    other: Fact | None = None


def implicit_checks(facts: Facts, before_text: dict[str, str]) -> list[ImplicitFinding]:
    """All implicit checks; `before_text` holds, per claim id, the article words before it."""
    return [
        *_single_valued(facts),
        *_after_dateline(facts),
        *_weekdays(facts, before_text),
        *_statuses(facts),
        *_declared_places(facts),
        *_unresolved_offsets(facts),
    ]


def _unresolved_offsets(facts: Facts) -> list[ImplicitFinding]:
    """FC430: a date counted from another ("a day earlier") whose reference has no date."""
    return [
        ImplicitFinding(
            "FC430",
            f"`{claim_id}` is counted from another date, but {reason}",
            claim=claim_id,
            hint="Name a date claim in `relative_to:` (or `published`), or write the date.",
        )
        for claim_id, reason in facts.unresolved.items()
    ]


def _single_valued(facts: Facts) -> list[ImplicitFinding]:
    first: dict[tuple[str, str], Fact] = {}
    findings = []
    for fact in facts.by_id.values():
        claim = fact.claim
        if claim is None or claim.type in _NOT_SINGLE_VALUED:  # type: ignore[attr-defined]
            continue
        key = (claim.subject, claim.property)
        if key not in first:
            first[key] = fact
            continue
        earlier = first[key]
        if compatible(earlier, fact, facts) is Truth.FALSE:
            findings.append(
                ImplicitFinding(
                    "FC421",
                    f"{fact.label()} gives `{claim.subject}` {claim.property} a value that "
                    f"cannot be true together with {earlier.label()}",
                    claim=fact.id,
                    hint="One of them is wrong; if they are different things, give them "
                    "different subjects or properties.",
                    other=earlier,
                )
            )
    return findings


def _after_dateline(facts: Facts) -> list[ImplicitFinding]:
    if facts.dateline is None:
        return []
    findings = []
    for fact in facts.by_id.values():
        if fact.claim is None or not isinstance(fact.value, DateValue):
            continue
        subject = facts.subjects.get(fact.claim.subject)
        if subject is not None and subject.planned:
            continue
        if fact.value.start > facts.dateline.end:
            findings.append(
                ImplicitFinding(
                    "FC422",
                    f"{fact.label()} is after the dateline {facts.dateline.edtf()}",
                    claim=fact.id,
                    hint="Check the year. If the event is still to come, set `planned: true` "
                    "on its subject.",
                )
            )
    return findings


def _weekdays(facts: Facts, before_text: dict[str, str]) -> list[ImplicitFinding]:
    findings = []
    for fact in facts.by_id.values():
        if fact.claim is None or not isinstance(fact.value, DateValue):
            continue
        if fact.value.precision != "day":
            continue
        named = weekday_named(fact.claim.text)
        if named is None:
            match = _WEEKDAY_BEFORE.search(before_text.get(fact.id, ""))
            named = _WEEKDAYS.index(match.group(1)) if match else None
        actual = fact.value.start.weekday()
        if named is not None and named != actual:
            findings.append(
                ImplicitFinding(
                    "FC423",
                    f"the article names {_WEEKDAYS[named]} beside {fact.label()}, which is a "
                    f"{_WEEKDAYS[actual]}",
                    claim=fact.id,
                    key="text",
                    hint="The weekday or the date is wrong in the article or the claim.",
                )
            )
    return findings


def _statuses(facts: Facts) -> list[ImplicitFinding]:
    findings = []
    for fact in facts.by_id.values():
        claim = fact.claim
        if claim is None:
            continue
        if claim.status == "false":
            findings.append(
                ImplicitFinding(
                    "FC424",
                    f"`{claim.id}` is marked false: the article states something untrue",
                    claim=claim.id,
                    key="status",
                    hint="Correct the article, then re-check the claim.",
                )
            )
        elif claim.status in ("unverified", "disputed"):
            code = "FC425" if claim.status == "unverified" else "FC426"
            findings.append(
                ImplicitFinding(
                    code,
                    f"`{claim.id}` is {claim.status}",
                    claim=claim.id,
                    key="status",
                    hint=claim.note or "Verify it against a source, then set `status: verified`.",
                )
            )
        elif claim.status == "verified" and not claim.sources:
            findings.append(
                ImplicitFinding(
                    "FC427",
                    f"`{claim.id}` is verified but names no source",
                    claim=claim.id,
                    key="status",
                    hint="Add `sources:` so the next fact-checker can see what it rests on.",
                )
            )
    return findings


def _declared_places(facts: Facts) -> list[ImplicitFinding]:
    """A place subject declared `within:` another must agree with GeoNames, where it knows."""
    from factcheck.consistency.place_checks import place_names, place_within

    findings = []
    for subject_id, subject in facts.subjects.items():
        if subject.kind != "place" or not subject.within or subject.within not in facts.subjects:
            continue
        outer = facts.subjects[subject.within]
        names = place_names(subject) or [subject_id]
        outer_names = place_names(outer) or [subject.within]
        # Judge the pair on GeoNames alone: the declaration itself is what is being checked.
        truth, why = place_within({}, names, None, outer_names, None)
        if truth is Truth.FALSE:
            findings.append(
                ImplicitFinding(
                    "FC408",
                    f"`{subject_id}` is declared within `{subject.within}`, but {why}",
                    subject=subject_id,
                    key="within",
                    hint="Correct `within:` (or the place's name).",
                )
            )
    return findings
