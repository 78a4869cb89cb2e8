"""Where a failing report's article changed: the words to mark, and word diffs as markup.

An editor opening a failing report wants to see what changed in the article, not only that a
claim failed. The findings know it in two ways:

- FC205 (a verified claim's pinned sentence changed) carries a word diff of the sentence as
  it was verified against the sentence as it is, `June [-2-] {+3+} in Istanbul`
  (`factcheck.pin.sentences.word_diff`). The new sentence stands in the article; its
  `{+…+}` words are the changed words, and the `[-…-]` just before them what they replaced.
- FC201 and FC203 (a claim's words or context not found) carry the nearest passage the
  article has now (`nearest passage: “…”`). That passage is where the claim's words were;
  its words that differ from the claim's `text`, aligned word by word, are the changed ones.
- FC501 (a fact no claim covers) quotes the article's words (`“June 3” (a date, …)`); they
  are marked where they stand outside every claim's words, if they stand there once.

Both are read from the findings' own text, so a message cut short by the report's cap, or a
passage the article no longer holds, marks nothing rather than the wrong words.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from factcheck.findings import Finding
from factcheck.report.escape import html_text
from factcheck.result import ClaimResult

# `word_diff`'s markers: removals and additions, each a run of whole words.
_DIFF_PART = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)
_REPLACED = re.compile(r"\[-(.*?)-\] \{\+(.*?)\+\}", re.S)
_REMOVED = re.compile(r"\[-(.*?)-\]", re.S)
_ADDED = re.compile(r"\{\+(.*?)\+\}", re.S)
_DIFF_AFTER = "has changed: "
_NEAREST = re.compile(r"^nearest passage: “(.+)”$", re.S)
_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"\w+")
# Punctuation that belongs to the sentence rather than to the changed word.
_EDGE = "\"'“”‘’()[]{}.,;:!?"
# A claim's text of at most this many words is a value: marked whole where it changed.
SHORT_VALUE = 4
_QUOTED = re.compile(r"^“([^”]+)” \(")
_MOST_PLACES = 200
UNCOVERED_CODES = frozenset({"FC501"})
DIFF_CODES = frozenset({"FC205"})
NEAREST_CODES = frozenset({"FC201", "FC203"})


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


def article_changes(text: str, findings: list[Finding], claims: list[ClaimResult]) -> list[Change]:
    """Every stretch the findings point to in `text`, one per place and kind, in text order.

    Kinds: "changed" (words that are new), "passage" (where a claim's missing words were),
    "uncovered" (a fact no claim covers). Each change keeps the findings it comes from.
    """
    by_id = {c.id: c for c in claims}
    spans = [c.span for c in claims if c.span]
    found: dict[tuple[int, int, str], Change] = {}
    for finding in findings:
        if finding.code in DIFF_CODES:
            changes = _from_diff(text, finding.message)
        elif finding.code in NEAREST_CODES and finding.claim in by_id:
            changes = _from_nearest(text, finding.hint, by_id[finding.claim].text)
        elif finding.code in UNCOVERED_CODES and not finding.claim:
            changes = _from_uncovered(text, finding.message, spans)
        else:
            continue
        for change in changes:
            kept = found.setdefault((change.start, change.end, change.kind), change)
            if finding.claim and finding.claim not in kept.claims:
                kept.claims.append(finding.claim)
            if finding.code not in kept.codes:
                kept.codes.append(finding.code)
            kept.findings.append(finding)
    return sorted(found.values(), key=lambda c: (c.start, -c.end, c.kind))


def _from_uncovered(text: str, message: str, spans: list[tuple[int, int]]) -> list[Change]:
    """The quoted words of an FC501 finding, if they stand once outside every claim's words."""
    match = _QUOTED.match(message)
    if not match:
        return []
    words = match.group(1)
    places = []
    at, looked = text.find(words), 0
    while at >= 0 and len(places) < 2 and looked < _MOST_PLACES:
        if not any(s <= at < e for s, e in spans):
            places.append(at)
        at, looked = text.find(words, at + 1), looked + 1
    if at >= 0 and looked >= _MOST_PLACES:
        return []  # words the article repeats that often cannot be told apart
    if len(places) != 1:
        return []
    return [Change(places[0], places[0] + len(words), "uncovered", words)]


def _from_diff(text: str, message: str) -> list[Change]:
    """The added words of an FC205 diff, where the new sentence stands in `text`."""
    at = message.find(_DIFF_AFTER)
    if at < 0:
        return []
    diff = message[at + len(_DIFF_AFTER) :]
    words: list[tuple[str, str | None]] = []  # each word of the new sentence, and if it is
    removed = ""  # new, what it replaced ("" for none)
    last = 0
    for match in _DIFF_PART.finditer(diff):
        words += [(w, None) for w in diff[last : match.start()].split()]
        if match.group(1) is not None:
            removed = match.group(1)
        else:
            words += [(w, removed) for w in match.group(2).split()]
            removed = ""
        last = match.end()
    words += [(w, None) for w in diff[last:].split()]
    if not any(was is not None for _, was in words):
        return []
    # The article's text has single spaces within a paragraph (`normalize`), as the diff
    # has: a plain search, which stays fast whatever the article repeats.
    pos = text.find(" ".join(w for w, _ in words))
    if pos < 0:
        return []
    changes: list[Change] = []
    run: list[tuple[int, int]] = []
    was = ""
    for word, replaced in [*words, ("", None)]:
        if word and text.startswith(" ", pos):
            pos += 1
        if replaced is not None:
            if not run:
                was = replaced
            run.append((pos, pos + len(word)))
        elif run:
            changes += _trimmed(text, run[0][0], run[-1][1], was)
            run = []
        pos += len(word)
    return changes


def _from_nearest(text: str, hint: str, claimed: str) -> list[Change]:
    """The nearest passage in `text`, and its words that differ from the claim's words."""
    match = _NEAREST.match(hint)
    if not match:
        return []
    passage = match.group(1)
    start = text.find(passage)
    if start < 0 or not passage.strip():
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
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return [Change(start, end, "changed", text[start:end], was)] if start < end else []
