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
                f"changed: {sentence_diff(pin.sentence, result.sentence)}",
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


# difflib's SequenceMatcher takes time quadratic in the words compared in the worst case
# (many repeated words), and the lock file's sentence comes from whoever can edit the
# repository: a sentence of 100,000 words would hold a CI check for hours. A real sentence has
# a few dozen words; longer ones are shown as their common first and last words around one
# changed middle, found in linear time.
MAX_DIFF_WORDS = 400


def sentence_diff(old: str, new: str) -> str:
    """`old` → `new` word by word (`word_diff`'s markers), in time linear in their words.

    Up to `MAX_DIFF_WORDS` words a side, exactly `word_diff`; beyond, the words both
    sentences start and end with are kept and what lies between is shown as one removal
    and one addition.
    """
    old_words, new_words = old.split(), new.split()
    if len(old_words) <= MAX_DIFF_WORDS and len(new_words) <= MAX_DIFF_WORDS:
        return word_diff(old, new)
    shorter = min(len(old_words), len(new_words))
    head = 0
    while head < shorter and old_words[head] == new_words[head]:
        head += 1
    tail = 0
    while tail < shorter - head and old_words[-1 - tail] == new_words[-1 - tail]:
        tail += 1
    removed = old_words[head : len(old_words) - tail]
    added = new_words[head : len(new_words) - tail]
    parts = old_words[:head]
    if removed:
        parts.append("[-" + " ".join(removed) + "-]")
    if added:
        parts.append("{+" + " ".join(added) + "+}")
    parts.extend(old_words[len(old_words) - tail :])
    return " ".join(parts)


def _canonical(sentence: str) -> tuple[str, ...]:
    """The sentence's words: what a re-edit that changes no fact leaves alone.

    Quotation marks, dash spacing, commas and letter case vary with house style; a changed,
    added or removed word is what makes the verified sentence another sentence.
    """
    return tuple(re.findall(r"\w+", sentence.casefold()))
