"""`factcheck accept`: pin the sentences verified claims were checked against.

Accepting is the person's explicit act after re-checking: only claims that are verified and
pass their checks now are accepted; others are named with the reason and left out. A claim
whose sentence and words are what its pin already holds keeps its pin and its `accepted`
date, so accepting after one edit changes the lock's lines for that edit only (stamping
every claim again made a 116-line diff of an untouched lock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.pin.lock import LockProblem, Pin, lock_path, read_lock, write_lock
from factcheck.report.output import check_writable
from factcheck.result import FileResult
from factcheck.safe_paths import ReadPolicy


class AcceptRefused(Exception):
    """The lock file may not be read or replaced (a link, a folder, a device): exit 2."""


@dataclass
class Acceptance:
    """What one `accept` did to one claims file's lock."""

    lock: Path
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)  # pinned already, as they are now


def accept(
    claims_path: Path,
    result: FileResult,
    wanted: set[str] | None,
    today: dt.date,
    policy: ReadPolicy | None = None,
) -> Acceptance:
    """Pin the sentences of `wanted` claims (all verified ones when None) of one file.

    Raises `AcceptRefused` when the lock path breaks the read rule (it is never replaced),
    and OSError when it cannot be written.
    """
    path = lock_path(claims_path)
    outcome = Acceptance(path)
    try:
        pins = read_lock(path, policy)
    except LockProblem as problem:
        if problem.refused:
            raise AcceptRefused(f"{path}: {problem.message}; not replaced") from None
        pins = {}  # a damaged lock is rebuilt from the claims accepted now
    # A lock accept could not replace (a link, a device) is refused even when nothing in it
    # would change: it says so now rather than at the first edit.
    check_writable(path)
    blocking = {f.claim for f in result.findings if f.severity == "error" and f.code != "FC205"}
    for claim in result.claims:
        if wanted is not None and claim.id not in wanted:
            continue
        if claim.status != "verified":
            if wanted is not None:
                outcome.refused[claim.id] = f"it is {claim.status}, not verified"
            continue
        if claim.id in blocking or claim.sentence is None:
            outcome.refused[claim.id] = "it has errors: run `factcheck verify` and fix them first"
            continue
        pinned = pins.get(claim.id)
        if pinned is not None and (pinned.sentence, pinned.text) == (claim.sentence, claim.text):
            outcome.unchanged.append(claim.id)
            continue
        pins[claim.id] = Pin(claim.sentence, claim.text, today.isoformat())
        outcome.accepted.append(claim.id)
    if outcome.accepted:
        write_lock(path, result.claims_file, result.article_file or "", pins)
    return outcome
