"""Sentences of normalized article text, and word-level differences between two of them.

A claim is verified against a sentence, not just its few words: "took place on June 2 in
Istanbul" becoming "… in Ankara" keeps the words "June 2" but changes what was verified.
"""

from __future__ import annotations

import difflib
import re

from factcheck.article.normalize import PARAGRAPH_BREAK

# A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a
# capital, a digit or an opening quote.
_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
# Not an end: initials and abbreviations news style uses before a capital ("U.S. President").
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Pres|St|"
    r"Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|vs|etc|Inc|Corp|Ltd)\.)$"
)


def sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """Start and end of the sentence of `text` (normalized article text) holding `index`."""
    paragraph_start = text.rfind(PARAGRAPH_BREAK, 0, index) + 1
    paragraph_end = text.find(PARAGRAPH_BREAK, index)
    if paragraph_end == -1:
        paragraph_end = len(text)
    start = paragraph_start
    for match in _END.finditer(text, paragraph_start, paragraph_end):
        if _ABBREVIATION.search(text, paragraph_start, match.start() + 1):
            continue
        if match.end() > index:
            return start, match.start() + len(match.group().rstrip())
        start = match.end()
    return start, paragraph_end


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
