"""Sentences of normalized article text, and word-level differences between two of them.

A claim is verified against a sentence, not just its few words: "took place on June 2 in
Istanbul" becoming "… in Ankara" keeps the words "June 2" but changes what was verified.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factcheck.article.normalize import paragraph_bounds

# A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a
# capital, a digit or an opening quote.
_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
# Not an end: initials and abbreviations news style uses before a capital ("U.S. President").
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Pres|St|"
    r"Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|vs|etc|Inc|Corp|Ltd)\.)$"
)
_LONGEST_ABBREVIATION = 8  # characters an _ABBREVIATION match can span, with room to spare


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
    ends: list[int] = []
    starts: list[int] = []
    stops: list[int] = []
    start = paragraph_start
    for match in _END.finditer(text, paragraph_start, paragraph_end):
        # An abbreviation is at most 6 characters ("U.S.A."): look no further back than that
        # (\b still sees the character before the window).
        dot = match.start() + 1
        if _ABBREVIATION.search(text, max(paragraph_start, dot - _LONGEST_ABBREVIATION), dot):
            continue
        ends.append(match.end())
        starts.append(start)
        stops.append(match.start() + len(match.group().rstrip()))
        start = match.end()
    _memo[paragraph_start, paragraph_end] = ends, starts, stops
    return ends, starts, stops


def sentence_at(text: str, index: int) -> str:
    """The sentence holding `index`."""
    start, end = sentence_bounds(text, index)
    return text[start:end].strip()


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
