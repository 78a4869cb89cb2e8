"""FC205: a verified claim whose accepted sentence has changed; FC206: an unreadable lock."""

from __future__ import annotations

import re

from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimsFile
from factcheck.pin.lock import LockProblem, lock_display, lock_path, read_lock
from factcheck.pin.sentences import word_diff
from factcheck.result import ClaimResult
from factcheck.safe_paths import ReadPolicy


def pinned_findings(
    loaded: LoadedClaims,
    model: ClaimsFile,
    claims: list[ClaimResult],
    article_file: str,
    policy: ReadPolicy | None = None,
) -> list[Finding]:
    """Compare each verified, located claim's sentence with the one in the lock file."""
    path = lock_path(loaded.path)
    try:
        pins = read_lock(path, policy)
    except LockProblem as problem:
        return [
            Finding(
                "FC206",
                "error",
                problem.message,
                lock_display(loaded.display),
                problem.line,
                problem.column,
                "Restore it from version control, or run `factcheck accept` again.",
            )
        ]
    index = {claim.id: i for i, claim in enumerate(model.claims)}
    findings = []
    for result in claims:
        pin = pins.get(result.id)
        if pin is None or result.status != "verified" or result.sentence is None:
            continue
        if _canonical(result.sentence) == _canonical(pin.sentence):
            continue
        position = loaded.position_of("claims", index[result.id])
        findings.append(
            Finding(
                "FC205",
                "error",
                f"the sentence `{result.id}` was verified against (accepted {pin.accepted}) has "
                f"changed: {word_diff(pin.sentence, result.sentence)}",
                loaded.display,
                position.line,
                position.column,
                f"Re-check the claim against the article, then run `factcheck accept {result.id}`.",
                claim=result.id,
                article_file=article_file,
                article_line=result.article_line,
                article_column=result.article_column,
            )
        )
    return findings


def _canonical(sentence: str) -> tuple[str, ...]:
    """The sentence's words: what a re-edit that changes no fact leaves alone.

    Quotation marks, dash spacing, commas and letter case vary with house style; a changed,
    added or removed word is what makes the verified sentence another sentence.
    """
    return tuple(re.findall(r"\w+", sentence.casefold()))
