"""Where a failing report's article changed: the words to mark, and word diffs as markup.

An editor opening a failing report wants to see what changed in the article, not only that a
claim failed. The findings carry it as data (`Finding.changes`, `factcheck.findings.WordChange`),
where the words stand in the article's normalized text:

- FC207 (an edit under a claim's words, `factcheck.grouping`) and FC205 (a verified claim's
  pinned sentence changed): the new words, and the old words they replaced.
- FC201 and FC203 (a claim's words or context not found): the nearest passage the article has
  now; its words that differ from the claim's, aligned word by word, are the changed ones.
- FC501 (a fact no claim covers): the mention's words, where the finder found them (a change
  of kind "mention", `factcheck.coverage`), marked as uncovered; nothing reads the message.

A change whose place no longer fits the text marks nothing rather than the wrong words.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from factcheck.findings import Finding, WordChange
from factcheck.pin.sentences import trim_edges
from factcheck.report.escape import html_text

# `word_diff`'s markers: removals and additions, each a run of whole words.
_DIFF_PART = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)
_REPLACED = re.compile(r"\[-(.*?)-\] \{\+(.*?)\+\}", re.S)
_REMOVED = re.compile(r"\[-(.*?)-\]", re.S)
_ADDED = re.compile(r"\{\+(.*?)\+\}", re.S)
_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"\w+")
# A claim's text of at most this many words is a value: marked whole where it changed.
SHORT_VALUE = 4
DIFF_CODES = frozenset({"FC205"})


@dataclass
class Change:
    """A stretch of the article to mark: `kind` is "changed" (words that are new) or
    "passage" (where a claim's missing words were)."""

    start: int
    end: int
    kind: str
    now: str
    was: str = ""
    claims: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def diff_html(message: str) -> str:
    """`message` escaped for the page, its `[-…-]` as `<del>` and its `{+…+}` as `<ins>`."""
    out, last = [], 0
    for match in _DIFF_PART.finditer(message):
        out.append(html_text(message[last : match.start()]))
        removed, added = match.group(1), match.group(2)
        if removed is not None:
            out.append(f"<del>{html_text(removed)}</del>")
        else:
            out.append(f"<ins>{html_text(added)}</ins>")
        last = match.end()
    out.append(html_text(message[last:]))
    return "".join(out)


def plain_diff(message: str) -> str:
    """`message` for plain text (a tooltip): `[-2-] {+3+}` as `2 → 3`, a lone removal as
    `(removed: …)` and a lone addition as `(added: …)`."""
    message = _REPLACED.sub(r"\1 → \2", message)
    message = _REMOVED.sub(r"(removed: \1)", message)
    return _ADDED.sub(r"(added: \1)", message)


def article_changes(text: str, findings: list[Finding]) -> list[Change]:
    """Every stretch the findings point to in `text`, one per place and kind, in text order.

    Kinds: "changed" (words that are new), "passage" (where a claim's missing words were),
    "uncovered" (a fact no claim covers). Each change keeps the findings it comes from.
    """
    found: dict[tuple[int, int, str], Change] = {}
    for finding in findings:
        if not finding.changes:
            continue
        changes = []
        for word in finding.changes:
            for change in _from_structured(text, word):
                change.claims = list(word.claims)
                changes.append(change)
        for change in changes:
            kept = found.setdefault((change.start, change.end, change.kind), change)
            for claim in [finding.claim] if finding.claim else []:
                if claim not in kept.claims:
                    kept.claims.append(claim)
            if finding.code not in kept.codes:
                kept.codes.append(finding.code)
            kept.findings.append(finding)
    return sorted(found.values(), key=lambda c: (c.start, -c.end, c.kind))


def _from_structured(text: str, word: WordChange) -> list[Change]:
    """The marks of one structured change (`Finding.changes`), if it still fits `text`: the
    new words; for a nearest passage, the passage and its words unlike the claim's."""
    if not 0 <= word.start <= word.end <= len(text):
        return []
    if word.kind == "passage":
        return _from_passage(text, word.start, word.end, word.old)
    if word.kind == "mention":
        if text[word.start : word.end] != word.new:
            return []  # not the words the finding names: mark nothing rather than others
        return [Change(word.start, word.end, "uncovered", word.new)]
    if word.start == word.end:
        return []  # words removed: nothing stands there to mark
    return _trimmed(text, word.start, word.end, word.old)


def _from_passage(text: str, start: int, end: int, claimed: str) -> list[Change]:
    """The nearest passage text[start:end], and its words that differ from the claim's."""
    passage = text[start:end]
    if not passage.strip():
        return []
    changes = [Change(start, start + len(passage), "passage", passage, claimed)]
    old = [m.group().casefold() for m in _TOKEN.finditer(claimed)]
    new = list(_TOKEN.finditer(passage))
    matcher = difflib.SequenceMatcher(None, old, [m.group().casefold() for m in new], False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return changes
    # The passage's words that stand where the claim's stood: aligned on the first and last
    # words they share, and as many on either side as the claim has there.
    low = max(0, blocks[0].b - blocks[0].a)
    high = min(len(new), blocks[-1].b + blocks[-1].size + len(old) - blocks[-1].a - blocks[-1].size)
    same_new = {b.b + i for b in blocks for i in range(b.size)}
    same_old = {b.a + i for b in blocks for i in range(b.size)}
    differ = [new[i] for i in range(low, high) if i not in same_new]
    if not differ or low >= high:
        return changes
    gone = [t for i, t in enumerate(_TOKEN.finditer(claimed)) if i not in same_old]
    was = " ".join(
        w.group()
        for w in _WORD.finditer(claimed)
        if any(w.start() <= t.start() < w.end() for t in gone)
    )
    if len(claimed.split()) <= SHORT_VALUE:
        # A value ("June 2", "up to 1,200"): its words as they read now, whole.
        return changes + _trimmed(
            text, start + new[low].start(), start + new[high - 1].end(), claimed
        )
    for word in _WORD.finditer(passage):
        if any(word.start() <= t.start() < word.end() for t in differ):
            changes += _trimmed(text, start + word.start(), start + word.end(), was)
    return changes


def _trimmed(text: str, start: int, end: int, was: str) -> list[Change]:
    """A changed stretch without the sentence's punctuation at its edges (none if empty)."""
    start, end = trim_edges(text, start, end)
    return [Change(start, end, "changed", text[start:end], was)] if start < end else []
