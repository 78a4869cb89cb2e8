"""Run a claims file's checks and the implicit ones; turn verdicts into located findings."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.consistency.compatibility import compatible_check
from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.implicit import ImplicitFinding, implicit_checks
from factcheck.consistency.number_checks import equal, numeric
from factcheck.consistency.place_checks import place_containment
from factcheck.consistency.sequence_check import sequence
from factcheck.consistency.time_checks import (
    SAME_DAY_REFUSED,
    chronology,
    date_containment,
    duration,
)
from factcheck.consistency.truth import Truth
from factcheck.consistency.validity_check import validity
from factcheck.consistency.verdict import Verdict
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model import checks as c
from factcheck.result import CheckResult
from factcheck.values import DateValue

CheckFunction = Callable[[object, Facts], list[Verdict]]


def _containment(check: c.ContainmentCheck, facts: Facts) -> list[Verdict]:
    item = facts.get(check.item)
    if item is not None and isinstance(item.value, DateValue):
        return date_containment(check, facts)
    return place_containment(check, facts)


CHECKS: dict[type, CheckFunction] = {
    c.ChronologyCheck: chronology,  # type: ignore[dict-item]
    c.SequenceCheck: sequence,  # type: ignore[dict-item]
    c.DurationCheck: duration,  # type: ignore[dict-item]
    c.NumericCheck: numeric,  # type: ignore[dict-item]
    c.EqualCheck: equal,  # type: ignore[dict-item]
    c.CompatibleCheck: compatible_check,  # type: ignore[dict-item]
    c.ContainmentCheck: _containment,  # type: ignore[dict-item]
    c.ValidityCheck: validity,  # type: ignore[dict-item]
}
_OUTCOME = {Truth.TRUE: "pass", Truth.FALSE: "fail", Truth.UNKNOWN: "cannot-tell"}


def run_checks(
    facts: Facts, loaded: LoadedClaims, article_file: str | None
) -> tuple[list[CheckResult], list[Finding]]:
    """Every check of the file: a result per check and a finding per false or open verdict."""
    results: list[CheckResult] = []
    findings: list[Finding] = []
    misused = {f.check for f in loaded.findings if f.code == "FC411"}
    for index, check in enumerate(facts.model.checks):
        line = loaded.position_of("checks", index).line
        if check.id in misused:
            # Named the wrong type of claim: the loader's FC411 says where. This check fails;
            # the rest of the file is checked as usual.
            results.append(CheckResult(check.id, check.kind, check.description, "fail", line))
            continue
        verdicts = _verdicts(check, facts)
        truth = Truth.TRUE
        for verdict in verdicts:
            truth = truth & verdict.truth
            if verdict.truth is Truth.TRUE:
                continue
            path = ("checks", index, *verdict.key)
            findings.append(_finding(verdict, loaded, path, check.id, article_file))
        results.append(CheckResult(check.id, check.kind, check.description, _OUTCOME[truth], line))
    return results, findings


def _verdicts(check: object, facts: Facts) -> list[Verdict]:
    """The check's verdicts; cannot-tell where its date arithmetic leaves the calendar.

    The model keeps every value inside the ranges the checks compute with, so this is a
    second line of defence: a dateline from an article's front matter is not the model's,
    and `after 9999-12-31` has no first day. Python's dates end at years 1 and 9999.
    """
    try:
        return CHECKS[type(check)](check, facts)
    except OverflowError:
        return [
            Verdict(
                Truth.UNKNOWN,
                "FC410",
                "cannot tell: the dates this check compares reach beyond the calendar factcheck "
                "computes with (years 1 to 9999)",
            )
        ]


def _finding(
    verdict: Verdict,
    loaded: LoadedClaims,
    path: tuple,
    check_id: str,
    article_file: str | None,  # type: ignore[type-arg]
) -> Finding:
    position = loaded.position_of(*path)
    claims = [f for f in verdict.facts if f.claim is not None]
    located = next((f for f in claims if f.article_line), None)
    code = verdict.code if verdict.truth is Truth.FALSE else "FC410"
    return Finding(
        code,
        "error" if code != "FC410" else "info",
        verdict.message,
        loaded.display,
        position.line,
        position.column,
        _hint(verdict, code),
        claim=claims[0].id if claims else None,
        check=check_id,
        article_file=article_file if located else None,
        article_line=located.article_line if located else None,
        article_column=located.article_column if located else None,
    )


def _hint(verdict: Verdict, code: str) -> str:
    if code == "FC401" and SAME_DAY_REFUSED in verdict.message:
        return (
            "If the same day is allowed, add `strict: false` to the check (each item on or "
            "before the next); otherwise check each claim named against the article."
        )
    if code == "FC410" and "beyond the calendar" in verdict.message:
        return "Check the dates and the dateline this check names: each lies in years 1 to 9999."
    if code == "FC410":
        return "A more precise value, or a source with the exact date, would decide it."
    return "Check each claim named against the article and its sources."


def implicit_findings(
    facts: Facts, loaded: LoadedClaims, before_text: dict[str, str], article_file: str | None
) -> list[Finding]:
    """Findings of the implicit checks, on the claim (or subject) concerned."""
    index = {claim.id: i for i, claim in enumerate(facts.model.claims)}
    out = []
    for found in implicit_checks(facts, before_text):
        out.append(_implicit_finding(found, facts, loaded, index, article_file))
    return out


def _implicit_finding(
    found: ImplicitFinding,
    facts: Facts,
    loaded: LoadedClaims,
    index: dict[str, int],
    article_file: str | None,
) -> Finding:
    if found.subject is not None:
        position = loaded.position_of("subjects", found.subject, found.key)
        fact: Fact | None = None
    else:
        position = loaded.position_of("claims", index[found.claim or ""], found.key)
        fact = facts.get(found.claim or "")
    return Finding(
        found.code,
        "error",
        found.message,
        loaded.display,
        position.line,
        position.column,
        found.hint,
        claim=found.claim,
        article_file=article_file if fact and fact.article_line else None,
        article_line=fact.article_line if fact else None,
        article_column=fact.article_column if fact else None,
    )
