"""FC205: a verified claim whose accepted sentence has changed; FC206: an unreadable lock."""

from __future__ import annotations

import re

from factcheck.article.model import Article
from factcheck.findings import Finding, WordChange
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimsFile
from factcheck.pin.lock import LockProblem, Pin, lock_display, lock_path, read_lock
from factcheck.pin.sentences import (
    MAX_ALIGNED_WORDS,
    changed_stretches,
    sentence_bounds,
    sentence_changes,
)
from factcheck.result import ClaimResult
from factcheck.safe_paths import ReadPolicy


def read_pins(
    loaded: LoadedClaims, policy: ReadPolicy | None = None
) -> tuple[dict[str, Pin], list[Finding]]:
    """The pins of the claims file's lock ({} when it has none), or FC206 when it cannot be
    read."""
    path = lock_path(loaded.path)
    try:
        return read_lock(path, policy), []
    except LockProblem as problem:
        return {}, [
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


def pinned_findings(
    loaded: LoadedClaims,
    model: ClaimsFile,
    claims: list[ClaimResult],
    article_file: str,
    policy: ReadPolicy | None = None,
    *,
    pins: dict[str, Pin] | None = None,
    article: Article | None = None,
) -> list[Finding]:
    """Compare each verified, located claim's sentence with the one in the lock file
    (`pins`, read here when not given). With the `article`, each FC205 carries the changed
    words (`Finding.changes`) where they stand in its text."""
    if pins is None:
        pins, problems = read_pins(loaded, policy)
        if problems:
            return problems
    index = {claim.id: i for i, claim in enumerate(model.claims)}
    findings = []
    for result in claims:
        pin = pins.get(result.id)
        if pin is None or result.status != "verified" or result.sentence is None:
            continue
        if _canonical(result.sentence) == _canonical(pin.sentence):
            continue
        position = loaded.position_of("claims", index[result.id])
        changes = _changes(pin.sentence, result, article) if article is not None else ()
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
                changes=changes,
            )
        )
    return findings


def _changes(old: str, result: ClaimResult, article: Article) -> tuple[WordChange, ...]:
    """The words of the claim's sentence now that differ from its pinned sentence."""
    if result.span is None:
        return ()
    text = article.text.text
    start, end = sentence_bounds(text, result.span[0])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    changes = []
    for was, now, first, last in sentence_changes(old, text, start, end):
        line, column = article.text.line_column(first)
        changes.append(WordChange(was, now, first, last, line, column, "replaced", (result.id,)))
    return tuple(changes)


# A real sentence has a few dozen words; one of 100,000 from a hostile lock file is shown as
# its common first and last words around one changed middle (`changed_stretches`' bound).
MAX_DIFF_WORDS = MAX_ALIGNED_WORDS


def sentence_diff(old: str, new: str) -> str:
    """`old` → `new` word by word (`word_diff`'s markers), in time linear in their words.

    Up to `MAX_DIFF_WORDS` words a side, exactly `word_diff`; beyond, the words both
    sentences start and end with are kept and what lies between is shown as one removal
    and one addition (the stretches `changed_stretches` finds).
    """
    old_words, new_words = old.split(), new.split()
    parts: list[str] = []
    at = 0
    for a1, a2, b1, b2 in changed_stretches(old_words, new_words):
        parts.extend(old_words[at:a1])
        if a2 > a1:
            parts.append("[-" + " ".join(old_words[a1:a2]) + "-]")
        if b2 > b1:
            parts.append("{+" + " ".join(new_words[b1:b2]) + "+}")
        at = a2
    parts.extend(old_words[at:])
    return " ".join(parts)


def _canonical(sentence: str) -> tuple[str, ...]:
    """The sentence's words: what a re-edit that changes no fact leaves alone.

    Quotation marks, dash spacing, commas and letter case vary with house style; a changed,
    added or removed word is what makes the verified sentence another sentence.
    """
    return tuple(re.findall(r"\w+", sentence.casefold()))
