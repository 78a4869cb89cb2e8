"""Sentences of normalized article text, and word-level differences between two of them.

The sentences are those the mention finder reads (``factcheck.article.sentences``, one
splitter for both), so a quote's speaker and a claim's pinned sentence see the same words.

A claim is verified against a sentence, not just its few words: "took place on June 2 in
Istanbul" becoming "… in Ankara" keeps the words "June 2" but changes what was verified.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right

from factcheck.article.normalize import paragraph_bounds
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


def word_diff(old: str, new: str) -> str:
    """`old` → `new` word by word, removals as [-…-] and additions as {+…+}."""
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
