"""Checks that name another file's claim: `FILE#claim-id` as a check item.

"The May 16 round (dated in the June 2 article) comes before this article's June 27": a
chronology may list `2025-06-02-istanbul-second-round.yaml#round-1-date`. FILE is relative
to the claims file, as `article.path` is. The named claim's value joins this file's facts
under that name (without its claim: it is another file's, checked there), so every check
kind reads it like a claim of its own file; a name that leads nowhere is FC108 at the item.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from functools import cache

from factcheck.archive import referenced
from factcheck.archive.referenced import Referenced, ReferencedFiles
from factcheck.consistency.facts import Fact, Facts
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimsFile

SEPARATOR = "#"


PAIR_SIDES = (".left", ".right")


def operand_reference(operand: str) -> tuple[str, str]:
    """A numeric check's operand naming another file's claim, `FILE#ID` or `FILE#ID.left`:
    the reference to its claim (`FILE#ID`) and the pair side named, if any."""
    for side in PAIR_SIDES:
        if operand.endswith(side):
            return operand.removesuffix(side), side[1:]
    return operand, ""


def external_items(model: ClaimsFile) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(path in the file, reference) for every check item naming another file's claim; a
    numeric operand's pair side is not part of the reference."""
    for index, check in enumerate(model.checks):
        for path, reference in _walk(check, ("checks", index)):
            if getattr(check, "kind", None) == "numeric" and path[2] in ("left", "right"):
                reference = operand_reference(reference)[0]
            yield path, reference


def _walk(
    value: object, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        if SEPARATOR in value:
            yield path, value
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from _walk(item, (*path, position))
    elif is_dataclass(value) and not isinstance(value, type):
        for name in _walked_fields(type(value)):
            yield from _walk(getattr(value, name), (*path, name))


@cache
def _walked_fields(kind: type) -> tuple[str, ...]:
    """The fields of a check's dataclass that may name another file's claim, found once a
    class (`dataclasses.fields` builds its answer at each call: every check of every file)."""
    return tuple(f.name for f in fields(kind) if f.name not in ("id", "description", "ignore"))


def add_external_facts(
    facts: Facts, loaded: LoadedClaims, model: ClaimsFile, others: ReferencedFiles
) -> list[Finding]:
    """Put every referenced claim's value into `facts`; FC108 for those that cannot be.
    `others` finds and loads the files named (shared with the file's corrections)."""
    from factcheck.check.values import claimed_value

    findings = []
    for path, reference in external_items(model):
        if reference in facts.by_id:
            continue
        file, _, claim_id = reference.rpartition(SEPARATOR)
        other = others.get(file)
        problem = _problem(other, file)
        if other.loaded is not None and other.loaded.model is not None and not problem:
            index = other.positions.get(claim_id)
            if index is None:
                problem = f"{file} has no claim `{claim_id}`"
            else:
                claim = other.loaded.model.claims[index]
                try:
                    value = claimed_value(claim)
                except ValueError:
                    problem = f"`{claim_id}` in {file} has no usable value"
                else:
                    line = other.loaded.position_of("claims", index).line
                    fact = Fact(reference, None, value, line, None, file=other.display)
                    facts.by_id[reference] = fact
        if problem:
            position = loaded.position_of(*path)
            findings.append(
                Finding(
                    "FC108",
                    "error",
                    f"`{reference}` names another file's claim, but {problem}",
                    loaded.display,
                    position.line,
                    position.column,
                    "Write FILE#claim-id, FILE relative to this claims file (as "
                    "`article.path` is), naming a claim of a valid claims file.",
                )
            )
    return findings


def _problem(other: Referenced, file: str) -> str:
    """Why the named file gives no claim, as FC108 says it; empty when it can."""
    if other.problem == referenced.REFUSED:
        return other.refusal
    if other.problem == referenced.MISSING:
        return f"{other.path.name} does not exist (relative to this claims file)"
    if other.problem == referenced.ITSELF:
        return "that is this file: name its claims by id alone"
    if other.problem == referenced.INVALID:
        return f"{other.display} is not a valid claims file (`factcheck validate` it)"
    return ""
