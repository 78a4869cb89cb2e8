"""Sentences of normalized article text, and word-level differences between two of them.

The sentences are those the mention finder reads (``factcheck.article.sentences``, one
splitter for both), so a quote's speaker and a claim's pinned sentence see the same words.

A claim is verified against a sentence, not just its few words: "took place on June 2 in
Istanbul" becoming "… in Ankara" keeps the words "June 2" but changes what was verified.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.article.normalize import PARAGRAPH_BREAK, paragraph_bounds
from factcheck.article.sentences import sentence_spans


def sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """Start and end of the sentence of `text` (normalized article text) holding `index`."""
    paragraph_start, paragraph_end = paragraph_bounds(text, index)
    ends, starts, stops = _paragraph_sentences(text, paragraph_start, paragraph_end)
    which = bisect_right(ends, index)  # the first sentence whose end (and spaces) pass `index`
    if which < len(ends):
        return starts[which], stops[which]
    return (ends[-1] if ends else paragraph_start), paragraph_end


# The sentences of the paragraphs asked about, for one text at a time. A verify asks for the
# sentence of every grounded claim and of every uncovered mention (about a hundred questions
# an article, most of them in paragraphs already asked about); each question used to scan its
# paragraph again. Keyed by the text itself, so one article's answers never serve another,
# and only the latest text is kept.
_memo_text: str | None = None
_memo: dict[tuple[int, int], tuple[list[int], list[int], list[int]]] = {}


def _paragraph_sentences(
    text: str, paragraph_start: int, paragraph_end: int
) -> tuple[list[int], list[int], list[int]]:
    """The paragraph's sentence breaks: where each break's spaces end, and each sentence's
    start and end (the last sentence, which runs to the paragraph's end, has no break)."""
    global _memo_text
    if text != _memo_text:
        _memo.clear()
        _memo_text = text
    known = _memo.get((paragraph_start, paragraph_end))
    if known is not None:
        return known
    spans = sentence_spans(text, paragraph_start, paragraph_end)
    # Every sentence but the last ends at a break: where its marks end (stop), and where the
    # spaces after them end (the next sentence's start).
    starts = [start for start, _ in spans[:-1]]
    stops = [stop for _, stop in spans[:-1]]
    ends = [start for start, _ in spans[1:]]
    _memo[paragraph_start, paragraph_end] = ends, starts, stops
    return ends, starts, stops


def sentence_at(text: str, index: int) -> str:
    """The sentence holding `index`."""
    start, end = sentence_bounds(text, index)
    return text[start:end].strip()


def article_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every sentence of `text` (normalized article text), in order,
    without the spaces around it."""
    paragraph_start = 0
    while paragraph_start <= len(text):
        paragraph_end = text.find(PARAGRAPH_BREAK, paragraph_start)
        if paragraph_end < 0:
            paragraph_end = len(text)
        ends, starts, stops = _paragraph_sentences(text, paragraph_start, paragraph_end)
        last = ends[-1] if ends else paragraph_start
        for start, stop in [*zip(starts, stops, strict=True), (last, paragraph_end)]:
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if start < stop:
                yield start, stop
        paragraph_start = paragraph_end + 1


def word_diff(old: str, new: str) -> str:
    """`old` → `new` word by word, removals as [-…-] and additions as {+…+}."""
    import difflib  # only for a changed sentence: a clean run never loads difflib

    old_words, new_words = old.split(), new.split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            parts.extend(old_words[a1:a2])
            continue
        if a2 > a1:
            parts.append("[-" + " ".join(old_words[a1:a2]) + "-]")
        if b2 > b1:
            parts.append("{+" + " ".join(new_words[b1:b2]) + "+}")
    return " ".join(parts)


# difflib's SequenceMatcher takes time quadratic in the words compared in the worst case
# (many repeated words), and the lock file's sentence comes from whoever can edit the
# repository. Past this many words a side, the common first and last words are kept and what
# lies between is one changed stretch, found in linear time.
MAX_ALIGNED_WORDS = 400


def changed_stretches(old: list[str], new: list[str]) -> list[tuple[int, int, int, int]]:
    """The stretches where word lists `old` and `new` differ, as (a1, a2, b1, b2): words
    old[a1:a2] became new[b1:b2] (one side empty for a removal or an addition), in order."""
    if len(old) <= MAX_ALIGNED_WORDS and len(new) <= MAX_ALIGNED_WORDS:
        import difflib  # only when a pinned sentence changed

        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        return [(a1, a2, b1, b2) for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal"]
    shorter = min(len(old), len(new))
    head = 0
    while head < shorter and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shorter - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if head == len(old) == len(new):
        return []
    return [(head, len(old) - tail, head, len(new) - tail)]


def map_range(stretches: list[tuple[int, int, int, int]], a1: int, a2: int) -> tuple[int, int]:
    """The words of `new` that stand where old[a1:a2] stood, given the `stretches` between
    them: equal words map one to one, a changed stretch to the whole of what replaced it."""
    return _map_point(stretches, a1, start=True), _map_point(stretches, a2, start=False)


def _map_point(stretches: list[tuple[int, int, int, int]], at: int, start: bool) -> int:
    """Where word boundary `at` of `old` falls in `new`: a range's start excludes the words
    added just before it, its end those added just after it."""
    shift = 0
    for a1, a2, b1, b2 in stretches:
        if start:
            if a1 <= at < a2:
                return b1
            if a2 > at:
                break
        else:
            if a1 < at <= a2:
                return b2
            if a2 >= at:
                break
        shift = b2 - a2
    return at + shift


# Punctuation that belongs to the sentence rather than to the changed words.
EDGE_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?"


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the punctuation at its edges that belongs to the sentence."""
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end


def sentence_changes(old: str, text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """What changed from sentence `old` to the sentence text[start:end], word by word:
    (old words, new words, start, end of the new words in `text`) for each changed stretch,
    without the punctuation at its edges (removed words: an empty stretch where they were).
    Words differing only in the punctuation at their edges are the same word."""
    old_words = old.split()
    new_spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    new_words = [text[start + s : start + e] for s, e in new_spans]
    out = []
    bare_old = [w.strip(EDGE_PUNCTUATION) for w in old_words]
    bare_new = [w.strip(EDGE_PUNCTUATION) for w in new_words]
    for a1, a2, b1, b2 in changed_stretches(bare_old, bare_new):
        if b1 < b2:
            first, last = trim_edges(text, start + new_spans[b1][0], start + new_spans[b2 - 1][1])
        else:
            first = last = start + new_spans[b1][0] if b1 < len(new_spans) else end
        was = " ".join(old_words[a1:a2]).strip(EDGE_PUNCTUATION)
        out.append((was, text[first:last], first, last))
    return out
