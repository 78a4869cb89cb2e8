"""Where to look: regular expressions compiled when first needed, tried only where a match
can start.

Two costs this module avoids. Compiling a regular expression runs in Python and takes about
a millisecond for a few hundred characters of pattern, which a cold `factcheck verify` pays
for every pattern compiled at import; so a pattern that only some articles need (clock
times, "three days ago", phone numbers) is compiled the first time an article has the words
it needs. And ``finditer`` tries a pattern that starts with a look-behind, a word boundary or
a choice of character classes at every character of the text; so such a pattern is tried
only where a cheap search (``str.find``, a one-class pattern) says a match can start.

What counts as a cheap search: a pattern whose first element is a character, a character
class or a choice of single characters lets the regex engine skip in C to where it can
match. A repeat is not such an element, so ``[0-9]+`` is tried at every character and
``[0-9][0-9]*``, which finds the same, skips to the digits: a third of the instructions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from factcheck.first_letters import from_first_letters

_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # not [0-9]+: see above


def anchored(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` finds, when ``starts`` holds every index at
    which the pattern can match: it is tried only there, in order, and, as in finditer, a
    match hides the ones that would start inside it."""
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(set(starts)):
        if start < reached:
            continue
        match = pattern.match(text, start)
        if match:
            found.append(match)
            reached = match.end()
    return found


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Every index at which one of ``needles`` starts (found with str.find, which is fast)."""
    found = []
    for needle in needles:
        index = text.find(needle)
        while index != -1:
            found.append(index)
            index = text.find(needle, index + 1)
    return found


def any_word_of(words: str) -> re.Pattern[str]:
    r"""A pattern whose ``search`` finds whether a text holds one of the space-separated
    ``words`` as a whole word: what ``\b(?:word|word...)\b`` finds, written from the words'
    first letters (`factcheck.first_letters`): the plain pattern is tried at every character
    of the text (0.4 ms on an article of 900 words that holds none of the words), this one
    only at the letters the words start with, a tenth of the time."""
    return re.compile(from_first_letters(map(re.escape, words.split())) + r"\b")


@functools.lru_cache(maxsize=2)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of ASCII digits. A pattern that starts with a digit not
    preceded by a letter or digit can only match at the start of one. (Kept for the article
    at hand: times, dates and numbers all ask.)"""
    return tuple(match.span() for match in _DIGIT_RUN.finditer(text))
