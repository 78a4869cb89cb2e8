"""The hedge words news puts before a figure, reduced to six meanings.

"More than 300" and "over 300" claim the same thing; a claim file should not fail because the
fact-checker wrote one and the article the other. Each synonym maps to one canonical qualifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from factcheck.values._tokens import Token, match_words, normalize_text, text_at

Qualifier = Literal["over", "under", "up to", "at least", "nearly", "about"]

QUALIFIERS: tuple[Qualifier, ...] = ("over", "under", "up to", "at least", "nearly", "about")

_SYNONYMS: dict[str, Qualifier] = {
    "over": "over",
    "more than": "over",
    "above": "over",
    "in excess of": "over",
    "upwards of": "over",
    "upward of": "over",
    "just over": "over",
    "well over": "over",
    "a little over": "over",
    "a little more than": "over",
    "slightly more than": "over",
    "slightly over": "over",
    # A verb that says the figure is passed states a lower bound, as "more than" does
    # ("deaths could surpass 1,000"). "top" is left out: "the top 10" ranks, it bounds nothing.
    "surpass": "over",
    "surpasses": "over",
    "surpassed": "over",
    "surpassing": "over",
    "exceed": "over",
    "exceeds": "over",
    "exceeded": "over",
    "exceeding": "over",
    "topped": "over",
    "topping": "over",
    # "the toll passed 20,000" as "topped" (tests/gold/README.md); the mention finder puts
    # "passed" in a figure's span only where the figure counts nothing after it ("passed two
    # bills" passed exactly two).
    "passed": "over",
    "passes": "over",
    "passing": "over",
    "under": "under",
    "fewer than": "under",
    "less than": "under",
    "below": "under",
    "well under": "under",
    "up to": "up to",
    "at most": "up to",
    "no more than": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "a maximum of": "up to",
    # A ceiling stated by its height or by a negated "exceed": "returns as high as 800
    # percent", "not exceeding 750", "not to exceed $5,000", "not more than 20".
    "as high as": "up to",
    "not exceeding": "up to",
    "not to exceed": "up to",
    "not more than": "up to",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "a little under": "nearly",
    "a little less than": "nearly",
    "slightly less than": "nearly",
    "slightly under": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
}

# Longest first, so "just under" wins over "under" and "no more than" over "more than".
_BY_LENGTH: tuple[tuple[tuple[str, ...], Qualifier], ...] = tuple(
    sorted(
        ((tuple(phrase.split()), qualifier) for phrase, qualifier in _SYNONYMS.items()),
        key=lambda item: -len(item[0]),
    )
)


def normalize_qualifier(word: str) -> Qualifier | None:
    """The canonical qualifier for a hedge word or phrase ("more than" -> "over"), else None."""
    if not isinstance(word, str):
        return None
    return _SYNONYMS.get(normalize_text(word).lower())


# The same, by first word: only the synonyms a phrase's word starts need trying (every value
# parser reads a qualifier first, and most phrases start with none).
_BY_FIRST_WORD: dict[str, tuple[tuple[tuple[str, ...], Qualifier], ...]] = {}
for _words, _qualifier in _BY_LENGTH:
    _BY_FIRST_WORD[_words[0]] = (*_BY_FIRST_WORD.get(_words[0], ()), (_words, _qualifier))


def read_qualifier(tokens: Sequence[Token], index: int) -> tuple[Qualifier | None, int]:
    """Read a qualifier at ``index``; returns it (or None) and the index after it."""
    for words, qualifier in _BY_FIRST_WORD.get(text_at(tokens, index), ()):
        end = match_words(tokens, index, words)
        if end is not None:
            return qualifier, end
    return None, index
