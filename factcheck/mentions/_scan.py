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
    """Every index at which one of ``needles`` starts: each needle's places in turn, in text
    order (overlapping ones too), as a ``str.find`` from one past the last would find them.

    The finders ask for some 120 needle words an article, in forty questions, each a scan of
    the whole text (a ninth of finding its mentions). So in a text of `INDEX_FROM` characters
    or more, the needles asked about earlier texts are found in one pass (an Aho–Corasick
    automaton of them, pyahocorasick) and kept for the text. A needle asked for the first
    time is found by a scan of its own and joins the automaton for the next text: a single
    article (a cold `verify`) pays exactly what it did, an archive one pass an article.
    """
    needles = tuple(needles)
    if len(text) < INDEX_FROM:
        return _found_each(text, needles)
    covered, places = _index_of(text)
    if all(needle in covered for needle in needles):
        return [index for needle in needles for index in places.get(needle, ())]
    if "" not in needles and len(_asked) + len(needles) <= MOST_NEEDLES:
        _asked.update(dict.fromkeys(needles))  # for the next text
        _automaton.clear()
        _learning[:] = [text]
    return _found_each(text, needles)


def _found_each(text: str, needles: Iterable[str]) -> list[int]:
    """`occurrences` by a ``str.find`` scan of the text for each needle."""
    found = []
    for needle in needles:
        index = text.find(needle)
        while index != -1:
            found.append(index)
            index = text.find(needle, index + 1)
    return found


# From this many characters on, a text's needles are found in one pass: below it (a sentence,
# a test's few words) a scan for each costs less than the pass.
INDEX_FROM = 1000
# The needle words are the finders' own constants (about 120); past this many, something asks
# for words made from the text, and those are searched one by one.
MOST_NEEDLES = 1024
_asked: dict[str, None] = {}  # every needle asked for, in the order first asked
# The automaton of `_asked` and the needles it holds, once built (emptied when one is added).
_automaton: list[tuple[object, frozenset[str]]] = []
# (text, the needles looked for, needle -> its places) for the last two long texts (the
# duration finder asks about a copy of the text with headline units in lower case).
_indexed: list[tuple[str, frozenset[str], dict[str, list[int]]]] = []
# The text whose questions last brought new needles: it is not indexed after the fact (its
# other questions are scanned for as they come), so a single article never pays for a pass.
_learning: list[str] = []


def _index_of(text: str) -> tuple[frozenset[str], dict[str, list[int]]]:
    """The needles looked for in ``text`` and where each starts, found in one pass with the
    needles asked so far when the text is first asked about, then kept."""
    for known, covered, places in _indexed:
        if known is text:
            return covered, places
    if not _asked or (_learning and _learning[0] is text):
        return frozenset(), {}  # the first text: its needles are being learnt
    if not _automaton:
        import ahocorasick  # (the second long text of a run)

        automaton = ahocorasick.Automaton()
        for needle in _asked:
            automaton.add_word(needle, needle)
        automaton.make_automaton()
        _automaton.append((automaton, frozenset(_asked)))
    automaton, covered = _automaton[0]
    places: dict[str, list[int]] = {}
    for end, needle in automaton.iter(text):  # type: ignore[attr-defined]
        found = places.get(needle)
        if found is None:
            found = places[needle] = []
        found.append(end + 1 - len(needle))
    _indexed.insert(0, (text, covered, places))
    del _indexed[2:]
    return covered, places


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
