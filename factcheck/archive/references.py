"""Checks that name another file's claim: `FILE#claim-id` as a check item.

"The May 16 round (dated in the June 2 article) comes before this article's June 27": a
chronology may list `2025-06-02-istanbul-second-round.yaml#round-1-date`. FILE is relative
to the claims file, as `article.path` is. The named claim's value joins this file's facts
under that name (without its claim: it is another file's, checked there), so every check
kind reads it like a claim of its own file; a name that leads nowhere is FC108 at the item.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from functools import cache
from pathlib import Path

from factcheck.consistency.facts import Fact, Facts
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimsFile
from factcheck.paths import real_path
from factcheck.safe_paths import ReadPolicy, Refused

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
    facts: Facts, loaded: LoadedClaims, model: ClaimsFile, policy: ReadPolicy
) -> list[Finding]:
    """Put every referenced claim's value into `facts`; FC108 for those that cannot be."""
    from factcheck.check.values import claimed_value

    findings = []
    read: dict[str, LoadedClaims | str] = {}  # resolved file → the loaded file, or why not
    positions: dict[str, dict[str, int]] = {}  # resolved file → claim id → its index
    for path, reference in external_items(model):
        if reference in facts.by_id:
            continue
        file, _, claim_id = reference.rpartition(SEPARATOR)
        target = Path(os.path.dirname(loaded.path)) / file
        key = real_path(target)
        if key not in read:
            read[key] = _read(target, loaded, policy)
        other = read[key]
        problem = other if isinstance(other, str) else None
        if isinstance(other, LoadedClaims) and other.model is not None:
            claims = other.model.claims
            if key not in positions:  # once per file: a chronology may name hundreds of ids
                positions[key] = {}
                for i, c in enumerate(claims):
                    positions[key].setdefault(c.id, i)  # the first, as a scan would find
            index = positions[key].get(claim_id)
            if index is None:
                problem = f"{file} has no claim `{claim_id}`"
            else:
                claim = claims[index]
                try:
                    value = claimed_value(claim)
                except ValueError:
                    problem = f"`{claim_id}` in {file} has no usable value"
                else:
                    line = other.position_of("claims", index).line
                    facts.by_id[reference] = Fact(reference, None, value, line, None)
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


def _read(target: Path, loaded: LoadedClaims, policy: ReadPolicy) -> LoadedClaims | str:
    """The other file, loaded and valid, or why it cannot be had."""
    from factcheck.load.claims_loader import load_claims_file
    from factcheck.paths import display_path

    try:
        policy.resolve(target)
    except Refused as refused:
        return refused.message
    if not target.is_file():
        return f"{target.name} does not exist (relative to this claims file)"
    if real_path(target) == real_path(loaded.path):
        return "that is this file: name its claims by id alone"
    other = load_claims_file(target, display_path(target), policy)
    if other.model is None:
        return f"{display_path(target)} is not a valid claims file (`factcheck validate` it)"
    return other
